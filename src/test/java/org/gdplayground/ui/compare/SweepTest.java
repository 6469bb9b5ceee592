package org.gdplayground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTest {

    @Test
    void decadesAreExact() {
        assertThat(Sweep.logSpaced(1e-4, 1, 5)).containsExactly(1e-4, 1e-3, 1e-2, 1e-1, 1.0);
        assertThat(Sweep.logSpaced(1, 1e-4, 5)).containsExactly(1.0, 0.1, 0.01, 0.001, 1e-4);
    }

    @Test
    void inBetweenValuesAreRoundedToThreeDigitsButStayLogSpaced() {
        List<Double> v = Sweep.logSpaced(1e-4, 1, 8);
        assertThat(v).containsExactly(1e-4, 3.73e-4, 0.00139, 0.00518, 0.0193, 0.072, 0.268, 1.0);
        for (int i = 1; i < v.size(); i++) {
            assertThat(Math.log10(v.get(i) / v.get(i - 1))).isCloseTo(4.0 / 7, within(0.005));
        }
    }

    @Test
    void aListTakesCommasOrSpacesAndRejectsWhatIsNotPositive() {
        assertThat(Sweep.parseList("0.001, 0.01 0.1;1")).containsExactly(0.001, 0.01, 0.1, 1.0);
        assertThat(Sweep.parseList("0.1, 0.1")).containsExactly(0.1);
        assertThat(Sweep.parseList("0.1, -1")).isNull();
        assertThat(Sweep.parseList("0.1, abc")).isNull();
        assertThat(Sweep.parseList("NaN")).isNull();
        assertThat(Sweep.positive("0")).isNull();
    }
}
