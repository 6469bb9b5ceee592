package org.gdplayground.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.engine.function.Sphere;
import org.gdplayground.engine.optimizer.Adam;
import org.gdplayground.engine.optimizer.Sgd;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepObserver;
import org.junit.jupiter.api.Test;

class TraceTest {

    private static final Bounds BOX = new Bounds(-2, 2, -1, 3);

    @Test
    void aDrainHoldsOnlyWhatIsNewAndAlwaysTheNewestStep() {
        Trace t = new Trace(2, BOX);
        t.step(0, new double[] {-1.5, 2}, 12.5);
        Trace.Delta first = t.drain();
        assertThat(first.path()).containsExactly(-1.5, 2);
        assertThat(first.loss()).containsExactly(0, 12.5);
        Trace.Delta empty = t.drain();
        assertThat(empty.path()).isEmpty();
        assertThat(empty.loss()).isEmpty();
        t.step(1, new double[] {-1.4, 2}, 10);
        t.step(2, new double[] {-1.3, 2}, 9);
        Trace.Delta next = t.drain();
        assertThat(next.path()).containsExactly(-1.4, 2, -1.3, 2);
        assertThat(next.loss()).containsExactly(1, 10, 2, 9);
    }

    /** Every step left out of the drawn path lies within the tolerance of the vertex drawn before it. */
    @Test
    void aMillionStepRosenbrockPathIsThinnedByPixelAndNeverCutsACorner() {
        Scenario s = Scenario.of(new Rosenbrock(), new Adam(0.01)).withStart(-1.5, 2).withSteps(1_000_000)
                .withMaxRecords(2);
        Run run = new Run(s);
        Trace trace = new Trace(2, new Rosenbrock().bounds());
        double tolX = 4 * Trace.PATH_TOLERANCE;
        double tolY = 4 * Trace.PATH_TOLERANCE;
        List<double[]> drawn = new ArrayList<>();
        double[] worst = {0};
        double[] anchor = {-1.5, 2};
        trace.step(0, anchor.clone(), run.latest().loss());
        StepObserver check = (k, theta, loss) -> {
            trace.step(k, theta, loss);
            double[] d = trace.drainPathForTest();
            for (int i = 0; i < d.length; i += 2) {
                anchor[0] = d[i];
                anchor[1] = d[i + 1];
                drawn.add(new double[] {d[i], d[i + 1]});
            }
            worst[0] = Math.max(worst[0], Math.max(Math.abs(theta[0] - anchor[0]) / tolX,
                    Math.abs(theta[1] - anchor[1]) / tolY));
        };
        run.advance(1_000_000, check);
        assertThat(run.finished()).isTrue();
        assertThat(worst[0]).isLessThanOrEqualTo(1.0);
        // far fewer points than steps: the path crawls along the valley in sub-pixel steps
        assertThat(drawn.size()).isLessThan(50_000).isGreaterThan(100);
    }

    @Test
    void lossBucketsKeepPeaksAndDipsAndGrowWithK() {
        Trace t = new Trace(1, BOX);
        int n = 200_000;
        for (int k = 0; k <= n; k++) {
            double loss = k == 150_000 ? 1e6 : (k == 150_001 ? -5 : 1.0 / (1 + k));
            t.step(k, new double[] {0}, loss);
        }
        double[] loss = t.drain().loss();
        assertThat(loss.length / 2).isLessThan(20_000);
        boolean peak = false;
        boolean dip = false;
        double lastK = -1;
        for (int i = 0; i < loss.length; i += 2) {
            assertThat(loss[i]).isGreaterThan(lastK);
            lastK = loss[i];
            peak |= loss[i] == 150_000 && loss[i + 1] == 1e6;
            dip |= loss[i] == 150_001 && loss[i + 1] == -5;
        }
        assertThat(peak).isTrue();
        assertThat(dip).isTrue();
        assertThat(lastK).isEqualTo(n);
    }

    /** x² + y² with lr 1.1 from (−3, 4): every point lies on y = −4/3·x, the path keeps them all. */
    @Test
    void aDivergingPathIsKeptExactlyWhereThePointsAre() {
        Scenario s = Scenario.of(new Sphere(), new Sgd(1.1)).withStart(-3, 4).withSteps(100);
        Run run = new Run(s);
        Trace trace = new Trace(2, new Sphere().bounds());
        trace.step(0, new double[] {-3, 4}, 25);
        run.advance(100, trace);
        double[] path = trace.drain().path();
        assertThat(path.length / 2).isEqualTo(101);
        for (int i = 0; i < path.length; i += 2) {
            assertThat(path[i + 1]).isCloseTo(-4.0 / 3 * path[i], org.assertj.core.api.Assertions.within(
                    1e-9 * Math.max(1, Math.abs(path[i]))));
        }
    }
}
