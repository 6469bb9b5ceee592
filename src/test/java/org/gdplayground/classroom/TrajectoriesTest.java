package org.gdplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gdplayground.engine.run.StepRecord;
import org.junit.jupiter.api.Test;

class TrajectoriesTest {

    private static StepRecord rec(int k, double x, double y) {
        return new StepRecord(k, k, new double[] {x, y}, x * x + y * y, Double.NaN, new double[2], new double[2],
                0.1, List.of());
    }

    @Test
    void thinsToAtMost200PointsKeepingFirstAndLast() {
        List<StepRecord> r = new ArrayList<>();
        for (int k = 0; k <= 1000; k++) {
            r.add(rec(k, -3 + k * 0.003, 4 - k * 0.004));
        }
        double[] p = Trajectories.parse(Trajectories.thin(r));
        assertThat(p.length / 2).isEqualTo(Trajectories.MAX_POINTS);
        assertThat(p[0]).isEqualTo(-3.0);
        assertThat(p[1]).isEqualTo(4.0);
        assertThat(p[p.length - 2]).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Trajectories.thin(List.of(rec(0, 1.5, -2)))).isEqualTo("[[1.5,-2]]");
    }

    @Test
    void malformedTextGivesNoPoints() {
        assertThat(Trajectories.parse("")).isEmpty();
        assertThat(Trajectories.parse("[[1,2],[3]]")).isEmpty();
        assertThat(Trajectories.parse("[[a,b]]")).isEmpty();
    }
}
