package org.gdplayground.engine.basin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.gdplayground.engine.function.Himmelblau;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.function.Sphere;
import org.gdplayground.engine.function.TwoMinima;
import org.gdplayground.engine.function.GradientMode;
import org.gdplayground.engine.optimizer.Adam;
import org.gdplayground.engine.optimizer.Momentum;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.optimizer.Sgd;
import org.gdplayground.engine.run.LrSchedule;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.Schedules;
import org.gdplayground.engine.run.StopRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasinMapTest {

    private static BasinMap.Worker worker(Scenario s) {
        return new BasinMap(s, 2).worker();
    }

    @Test
    void himmelblauStartsNearEachMinimumEndThere() {
        Scenario s = Scenario.of(new Himmelblau(), new Sgd(0.01)).withSteps(1000);
        BasinMap.Worker w = worker(s);
        List<Minimum> minima = new Himmelblau().minima();
        assertThat(minima).hasSize(4);
        for (int m = 0; m < 4; m++) {
            double[] p = minima.get(m).point();
            assertThat(w.label(p[0] + 0.05, p[1] - 0.05)).as("start near minimum %d", m).isEqualTo(m);
            assertThat(w.label(p[0] - 0.3, p[1] + 0.2)).as("start a little further from minimum %d", m).isEqualTo(m);
        }
    }

    @Test
    void himmelblauHugeLrDiverges() {
        // ∇f(0, 0) = (−14, −22): lr 1 throws θ to (14, 22), where the quartic's gradient explodes to infinity
        Scenario s = Scenario.of(new Himmelblau(), new Sgd(1)).withSteps(1000);
        assertThat(worker(s).label(0, 0)).isEqualTo(BasinMap.DIVERGED);
        // the same start with a small lr ends in (3, 2), the minimum listed first
        assertThat(worker(Scenario.of(new Himmelblau(), new Sgd(0.01)).withSteps(1000)).label(0, 0)).isEqualTo(0);
    }

    @Test
    void twoMinimaSplitsAtTheSaddleNotAtZero() {
        // (x² − 1)² + 0.3x + y²: minima at x ≈ −1.036 (index 0) and x ≈ 0.960 (index 1), the saddle at x ≈ 0.0754.
        // Plain descent never crosses the saddle's vertical line: left of it → 0, right of it → 1, whatever y.
        Scenario s = Scenario.of(new TwoMinima(), new Sgd(0.01)).withSteps(1000);
        BasinResult r = new BasinMap(s, 41).compute();
        assertThat(r.xs()[20]).isEqualTo(0.0);
        assertThat(r.xs()[21]).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
        for (int j = 0; j < 41; j++) {
            for (int i = 0; i < 41; i++) {
                assertThat(r.labels()[j][i]).as("start (%s, %s)", r.xs()[i], r.ys()[j])
                        .isEqualTo(r.xs()[i] < 0.0754 ? 0 : 1);
            }
        }
        assertThat(r.count(0)).isEqualTo(21 * 41);
        assertThat(r.count(1)).isEqualTo(20 * 41);
    }

    @Test
    void momentumReachesTheOtherMinimumFromTheDefaultStart() {
        Scenario gd = Scenario.of(new TwoMinima(), new Sgd(0.01)).withSteps(1000);
        Scenario mom = Scenario.of(new TwoMinima(), new Momentum(0.01, 0.9, 0, 0)).withSteps(1000);
        assertThat(worker(gd).label(1.8, 1)).isEqualTo(1);
        assertThat(worker(mom).label(1.8, 1)).isEqualTo(0);
    }

    @Test
    void runawayWithFiniteNumbersCountsAsDiverged() {
        // x² + y² with lr 1.1: θ ← −1.2·θ, the loss grows ×1.44 a step and stays finite for 100 steps
        Scenario s = Scenario.of(new Sphere(), new Sgd(1.1)).withSteps(100);
        assertThat(worker(s).label(1, 1)).isEqualTo(BasinMap.DIVERGED);
        assertThat(worker(s).end(1, 1)[0]).isFinite();
        // lr 0.1 converges to the origin
        assertThat(worker(s.withOptimizer(new Sgd(0.1))).label(1, 1)).isEqualTo(0);
    }

    @Test
    void aStartThatEndsNowhereKnownIsNone() {
        // too few steps to get within 0.1 of a minimum
        Scenario s = Scenario.of(new Himmelblau(), new Sgd(1e-5)).withSteps(3);
        assertThat(worker(s).label(0, 0)).isEqualTo(BasinMap.NONE);
        // a typed expression has no known minima
        Scenario custom = Scenario.of(Objectives.custom("(x^2-1)^2+y^2",
                new org.gdplayground.engine.function.ExpressionLimits(200, 32)), new Sgd(0.01)).withSteps(1000);
        assertThat(worker(custom).label(0.5, 0.5)).isEqualTo(BasinMap.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd", "momentum", "nesterov", "adam", "adamw", "nadam", "rmsprop", "adagrad", "adadelta",
            "amsgrad", "adamax", "radam", "rprop", "asgd", "lbfgs", "lion", "newton"})
    void endPointEqualsTheRunsFinalPointBitForBit(String key) {
        Scenario base = Scenario.of(new Himmelblau(), Optimizers.defaults(key)).withSteps(300)
                .withSchedule(new LrSchedule(Schedules.create("cosine", Map.of("tMax", 200.0)), 10));
        for (Scenario s : List.of(base, base.withGradient(new GradientMode.Central(1e-4)),
                base.withStopRules(List.of(new StopRule.GradientNorm(1e-3))))) {
            BasinMap.Worker w = worker(s);
            for (double[] start : new double[][] {{0, 0}, {-4.5, 4.5}, {2.2, -3.7}, {4.9, 4.9}}) {
                double[] end = w.end(start[0], start[1]);
                var run = s.withStart(start).withMaxRecords(2).start();
                run.runToEnd(() -> false);
                double[] expected = run.latest().theta();
                assertThat(Double.doubleToRawLongBits(end[0])).as("%s x from %s", key, start[0])
                        .isEqualTo(Double.doubleToRawLongBits(expected[0]));
                assertThat(Double.doubleToRawLongBits(end[1])).as("%s y", key)
                        .isEqualTo(Double.doubleToRawLongBits(expected[1]));
                boolean runDiverged = run.status() == org.gdplayground.engine.run.Status.DIVERGED;
                if (runDiverged) {
                    assertThat(w.label(start[0], start[1])).isEqualTo(BasinMap.DIVERGED);
                }
            }
        }
    }

    @Test
    void onAnExecutorItEqualsTheSequentialMapAndReportsProgress() throws Exception {
        Scenario s = Scenario.of(new Himmelblau(), new Adam(0.1)).withSteps(200);
        BasinMap map = new BasinMap(s, 31);
        BasinResult seq = map.compute();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            AtomicInteger rows = new AtomicInteger();
            BasinResult par = map.compute(pool, 2, d -> rows.accumulateAndGet(d, Math::max), () -> false).get();
            assertThat(par.labels()).isDeepEqualTo(seq.labels());
            assertThat(rows.get()).isEqualTo(31);
            assertThat(seq.count(BasinMap.NONE) + seq.count(BasinMap.DIVERGED) + seq.count(0) + seq.count(1)
                    + seq.count(2) + seq.count(3)).isEqualTo(31 * 31);
            assertThat(seq.count(0)).isPositive();
            assertThat(seq.count(3)).isPositive();

            var cancelled = map.compute(pool, 2, d -> { }, () -> true);
            assertThatThrownBy(cancelled::join).isInstanceOf(CancellationException.class);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void slicesHandTheThreadBackAndStillFinish() {
        // a synchronous executor: every re-submission runs inline, the result must still be whole
        Scenario s = Scenario.of(new TwoMinima(), new Sgd(0.01)).withSteps(5000);
        BasinMap map = new BasinMap(s, 21);
        BasinResult r = map.compute(Runnable::run, 2, d -> { }, () -> false).join();
        assertThat(r.labels()).isDeepEqualTo(map.compute().labels());
    }

    @Test
    void refusesWhatItCannotMap() {
        assertThatThrownBy(() -> new BasinMap(Scenario.of(Objectives.builtin("study-hours-w").orElseThrow(),
                new Sgd(0.01)), 11)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 parameters");
        assertThatThrownBy(() -> new BasinMap(Scenario.of(new Sphere(), new Sgd(0.01)), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
