package org.gdplayground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gdplayground.engine.run.StepRecord;
import org.junit.jupiter.api.Test;

/** One arrow key is one step; on a thinned run it is the next kept record in the direction of the move. */
class StepSliderTest {

    private static List<StepRecord> records(int... ks) {
        List<StepRecord> out = new ArrayList<>();
        for (int k : ks) {
            out.add(new StepRecord(k, 0, new double[2], 1.0, Double.NaN, new double[2], new double[2], 0.1, List.of()));
        }
        return out;
    }

    @Test
    void everyStepKept() {
        List<StepRecord> r = records(0, 1, 2, 3, 4, 5);
        assertThat(StepSlider.recordIndex("3", r, 2)).isEqualTo(3);
        assertThat(StepSlider.recordIndex("1", r, 2)).isEqualTo(1);
        assertThat(StepSlider.recordIndex("99", r, 2)).as("beyond the last record").isEqualTo(5);
        assertThat(StepSlider.recordIndex("x", r, 2)).isEqualTo(2);
    }

    @Test
    void everyFourthStepKept() {
        List<StepRecord> r = records(0, 4, 8, 12, 13);
        assertThat(StepSlider.recordIndex("5", r, 1)).as("right arrow from k = 4").isEqualTo(2);
        assertThat(StepSlider.recordIndex("7", r, 2)).as("left arrow from k = 8").isEqualTo(1);
        assertThat(StepSlider.recordIndex("12", r, 0)).isEqualTo(3);
    }
}
