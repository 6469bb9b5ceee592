package org.gdplayground.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void linearTicksFollowTheOneTwoFiveRule() {
        assertThat(Ticks.linear(0, 1, 5)).containsExactly(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, within(1e-12));
        assertThat(Ticks.linear(0, 100, 5)).containsExactly(0, 20, 40, 60, 80, 100);
        assertThat(Ticks.linear(-5, 5, 10)).containsExactly(-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5);
        assertThat(Ticks.linear(0, 199, 5)).containsExactly(0, 50, 100, 150);
        assertThat(Ticks.linear(0.13, 0.91, 4)).containsExactly(new double[] {0.2, 0.4, 0.6, 0.8}, within(1e-12));
        assertThat(Ticks.linear(3, 3, 5)).containsExactly(3);
        assertThat(Ticks.linear(0, Double.NaN, 5)).isEmpty();
    }

    @Test
    void logTicksAreDecades() {
        assertThat(Ticks.log(1e-6, 10, 10)).containsExactly(1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1, 10);
        assertThat(Ticks.log(1e-6, 10, 4)).containsExactly(1e-6, 1e-4, 0.01, 1);
        assertThat(Ticks.log(2, 8, 5)).contains(2, 4, 6, 8);
        assertThat(Ticks.log(0, 10, 5)).isEmpty();
    }

    @Test
    void labelsAreCompact() {
        assertThat(Ticks.format(1e-6)).isEqualTo("1e-6");
        assertThat(Ticks.format(0.5, 0.1)).isEqualTo("0.5");
        assertThat(Ticks.format(1200, 100)).isEqualTo("1200");
        assertThat(Ticks.format(0.6000000000000001, 0.2)).isEqualTo("0.6");
        assertThat(Ticks.format(3 * 0.1, 0.1)).isEqualTo("0.3");
        assertThat(Ticks.format(2.5e7)).isEqualTo("2.5e7");
        assertThat(Ticks.format(1e5)).isEqualTo("1e5");
        assertThat(Ticks.format(0.001)).isEqualTo("0.001");
        assertThat(Ticks.format(-0.25, 0.05)).isEqualTo("-0.25");
        assertThat(Ticks.format(5.551115123125783e-17, 0.2)).isEqualTo("0");
        assertThat(Ticks.format(0)).isEqualTo("0");
    }
}
