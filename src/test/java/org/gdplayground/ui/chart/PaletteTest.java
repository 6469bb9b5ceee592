package org.gdplayground.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void eightDistinctHexColoursThatCycle() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < Palette.size(); i++) {
            assertThat(Palette.isHexColor(Palette.color(i))).isTrue();
            seen.add(Palette.color(i));
        }
        assertThat(seen).hasSize(8);
        assertThat(Palette.color(8)).isEqualTo(Palette.color(0));
        assertThat(Palette.color(-1)).isEqualTo(Palette.color(7));
    }

    @Test
    void viridisRunsFromDarkPurpleToYellowWithRisingLightness() {
        assertThat(Palette.viridis(0)).isEqualTo(0x440154);
        assertThat(Palette.viridis(1)).isEqualTo(0xfde725);
        double previous = -1;
        for (int i = 0; i <= 20; i++) {
            double l = luminance(Palette.viridis(i / 20.0));
            assertThat(l).isGreaterThan(previous);
            previous = l;
        }
    }

    static double luminance(int rgb) {
        return 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
    }
}
