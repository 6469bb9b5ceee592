package org.gdplayground.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdplayground.engine.Close.rel;
import static org.gdplayground.engine.Close.significant;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.GradientMode;
import org.gdplayground.engine.function.RegressionProblem;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.engine.function.Sphere;
import org.gdplayground.engine.optimizer.Adam;
import org.gdplayground.engine.optimizer.Sgd;
import org.junit.jupiter.api.Test;

class RunTest {

    private static final Scenario SPHERE_SGD = Scenario.of(new Sphere(), new Sgd(0.1)).withStart(-3, 4);

    private static Run runToEnd(Scenario s) {
        Run run = s.start();
        run.runToEnd(() -> false);
        return run;
    }

    // --- the seed's classics: central differences (h = 1e-4), sgd, sphere from (−3, 4), 100 steps ---------------

    private static double[] seedClassic(double lr) {
        Run run = runToEnd(SPHERE_SGD.withOptimizer(new Sgd(lr)).withGradient(new GradientMode.Central(1e-4))
                .withSteps(100));
        assertThat(run.status()).isEqualTo(Status.MAX_STEPS);
        assertThat(run.stepsTaken()).isEqualTo(100);
        return run.latest().theta();
    }

    @Test
    void seedClassicLr01() {
        double[] t = seedClassic(0.1); // ≈ 0.8¹⁰⁰·(−3, 4)
        significant(t[0], "-6.1e-10");
        significant(t[1], "8.1e-10");
        // Exact descent would give 0.8¹⁰⁰·(−3, 4) = (−6.1111079290035e-10, 8.1481439053379e-10); central
        // differences of x² are exact up to rounding of f, which grows relative to 4xh as θ shrinks.
        rel(t[0], -6.1111079290035e-10, 1e-8);
        rel(t[1], 8.1481439053379e-10, 1e-8);
    }

    @Test
    void seedClassicLr10() {
        double[] t = seedClassic(10); // blows up, then stalls where f(x ± h) cancels (the seed printed truncated digits)
        significant(t[0], "-2.58e13");
        significant(t[1], "-1.29e12");
    }

    @Test
    void seedClassicLr1em10() {
        double[] t = seedClassic(1e-10); // (1 − 2e-10)¹⁰⁰·(−3, 4)
        significant(t[0], "-2.99999994");
        significant(t[1], "3.99999992");
        // (1 − 2e-10)¹⁰⁰ = 1 − 2e-8 + 1.98e-16 − …: (−2.999999940000000594, 3.999999920000000792).
        rel(t[0], -2.999999940000000594);
        rel(t[1], 3.999999920000000792);
    }

    // --- records -----------------------------------------------------------------------------------------------

    @Test
    void recordZeroIsTheStart() {
        Run run = SPHERE_SGD.start();
        StepRecord r0 = run.latest();
        assertThat(r0.k()).isZero();
        assertThat(r0.epoch()).isZero();
        assertThat(r0.theta()).containsExactly(-3, 4);
        assertThat(r0.loss()).isEqualTo(25);
        assertThat(r0.batchLoss()).isNaN();
        assertThat(r0.grad()).containsExactly(-6, 8);
        assertThat(r0.update()).containsExactly(0, 0);
        assertThat(r0.lr()).isEqualTo(0.1);
        assertThat(r0.state()).isEmpty();
        assertThat(run.status()).isEqualTo(Status.RUNNING);
        assertThat(run.stopReason()).isNull();
    }

    @Test
    void recordKDescribesStepK() {
        Run run = SPHERE_SGD.withOptimizer(new Adam(0.1)).start();
        StepRecord r1 = run.step();
        StepRecord r2 = run.step();
        assertThat(r1.k()).isEqualTo(1);
        assertThat(r1.epoch()).isEqualTo(1);
        assertThat(r2.epoch()).isEqualTo(2);
        assertThat(r2.grad()).containsExactly(2 * r1.theta(0), 2 * r1.theta(1)); // g used at step 2 is at θ₁
        assertThat(r2.update()).containsExactly(r2.theta(0) - r1.theta(0), r2.theta(1) - r1.theta(1));
        assertThat(r2.loss()).isEqualTo(r2.theta(0) * r2.theta(0) + r2.theta(1) * r2.theta(1));
        assertThat(r2.batchLoss()).isNaN();
        assertThat(run.records()).containsExactly(run.records().get(0), r1, r2);
    }

    @Test
    void recordsAreImmutable() {
        Run run = SPHERE_SGD.start();
        StepRecord r = run.step();
        double[] theta = r.theta();
        theta[0] = 123;
        assertThat(r.theta(0)).isEqualTo(-2.4);
        run.step();
        assertThat(r.theta(0)).isEqualTo(-2.4); // the run's arrays moved on, the record did not
        assertThatThrownBy(() -> run.records().add(r)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void cannotStepAFinishedRun() {
        Run run = runToEnd(SPHERE_SGD.withSteps(3));
        assertThat(run.finished()).isTrue();
        assertThat(run.result().status()).isEqualTo(Status.MAX_STEPS);
        assertThat(run.result().reason()).isEqualTo(new StopReason.MaxSteps(3));
        assertThatThrownBy(run::step).isInstanceOf(IllegalStateException.class);
        run.advance(10);
        assertThat(run.stepsTaken()).isEqualTo(3);
    }

    // --- divergence ----------------------------------------------------------------------------------------------

    @Test
    void divergesWhenTheLossOverflows() {
        // lr 1.1: θ ← θ − 1.1·2θ = −1.2·θ, so θ_k = (−1.2)^k·(−3, 4) and loss_k = 25·1.44^k.
        // Overflow past Double.MAX_VALUE = 1.7977e308: k > ln(1.7977e308/25)/ln 1.44 = 706.564/0.364643 = 1937.69.
        // loss₁₉₃₇ = 25·1.44¹⁹³⁷ = 1.39986835839509e308 (finite), loss₁₉₃₈ = 2.0158e308 → +∞ at step 1938,
        // while θ₁₉₃₈ = 1.2¹⁹³⁸·(−3, 4) = (−8.51875435138209e153, 1.13583391351761e154) is still finite.
        // (The products drift from exact powers by ~1938 rounding errors and 1.1's binary excess: ≪ 1e-10.)
        Run run = runToEnd(SPHERE_SGD.withOptimizer(new Sgd(1.1)).withSteps(5000));
        assertThat(run.status()).isEqualTo(Status.DIVERGED);
        assertThat(run.stepsTaken()).isEqualTo(1938);
        StopReason.Diverged d = (StopReason.Diverged) run.stopReason();
        assertThat(d.kind()).isEqualTo(StopReason.Kind.NON_FINITE_LOSS);
        assertThat(d.value()).isEqualTo(Double.POSITIVE_INFINITY);
        rel(d.lastFiniteLoss(), 1.39986835839509e308, 1e-10);
        StepRecord last = run.latest();
        assertThat(last.k()).isEqualTo(1938);
        assertThat(last.loss()).isEqualTo(Double.POSITIVE_INFINITY);
        rel(last.theta(0), -8.51875435138209e153, 1e-10);
        rel(last.theta(1), 1.13583391351761e154, 1e-10);
        List<StepRecord> records = run.records();
        assertThat(records.getLast()).isEqualTo(last);
        assertThat(records.get(records.size() - 2).loss()).isFinite();
    }

    @Test
    void divergesOnNonFiniteParameters() {
        // sgd lr 1e308 from (1, 1): g₀ = (2, 2), γ·g = 2e308 > Double.MAX_VALUE, so θ₁ = (−∞, −∞) at step 1 while the
        // gradient used was finite: the reason is the parameters, the last finite loss is loss₀ = 2.
        Run run = runToEnd(SPHERE_SGD.withOptimizer(new Sgd(1e308)).withStart(1, 1));
        assertThat(run.stepsTaken()).isEqualTo(1);
        assertThat(run.stopReason()).isEqualTo(
                new StopReason.Diverged(StopReason.Kind.NON_FINITE_PARAMS, 2, Double.NEGATIVE_INFINITY));
        assertThat(run.latest().theta()).containsExactly(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);
        assertThat(run.latest().grad()).containsExactly(2, 2);
    }

    @Test
    void divergesAtTheStartOnANonFiniteGradient() {
        // One row x = 1e250, y = 0, w₀ = 1e-150: e = w·x − y = 1e100, loss = e² = 1e200 (finite), but the gradient
        // 2·e·x = 2e350 overflows to +∞. Nothing is stepped: the run ends at record 0.
        RegressionProblem huge = new RegressionProblem("huge", "w·x", new double[][] {{1e250}}, new double[] {0},
                false, new Bounds(-1, 1, -1, 1), new double[] {1e-150});
        Run run = Scenario.of(huge, new Sgd(0.1)).start();
        assertThat(run.status()).isEqualTo(Status.DIVERGED);
        assertThat(run.stepsTaken()).isZero();
        StopReason.Diverged d = (StopReason.Diverged) run.stopReason();
        assertThat(d.kind()).isEqualTo(StopReason.Kind.NON_FINITE_GRADIENT);
        assertThat(d.value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(d.lastFiniteLoss()).isNaN();
        rel(run.latest().loss(), 1e200);
        assertThat(run.records()).hasSize(1);
    }

    @Test
    void rosenbrockWithTooLargeAnLrOverflowsTheLoss() {
        // sgd lr 0.01 from (−1.5, 2): g₀ = (−155, −50), θ₁ = (0.05, 2.5), then the steep walls (curvature ~ 1000)
        // throw θ further each step; 100·(y − x²)² overflows within a few steps, before the gradient does.
        Run run = runToEnd(Scenario.of(new Rosenbrock(), new Sgd(0.01)).withSteps(1000));
        rel(run.records().get(1).theta(), 0.05, 2.5);
        assertThat(run.status()).isEqualTo(Status.DIVERGED);
        assertThat(((StopReason.Diverged) run.stopReason()).kind()).isEqualTo(StopReason.Kind.NON_FINITE_LOSS);
        assertThat(run.stepsTaken()).isLessThan(20);
        assertThat(run.records().getLast().k()).isEqualTo(run.stepsTaken());
        assertThat(run.records().getLast().loss()).isInfinite();
    }

    // --- stop rules ---------------------------------------------------------------------------------------------

    @Test
    void convergesOnTheGradientNorm() {
        // lr 0.1 on the sphere: θ_k = 0.8^k·(−3, 4), ‖∇f(θ_k)‖ = 2·5·0.8^k.
        // k = 41: 10·0.8⁴¹ = 1.0634e-3 ≥ 1e-3;  k = 42: 10·0.8⁴² = 8.50705917302346e-4 < 1e-3 → converged at 42.
        Run run = runToEnd(SPHERE_SGD.withSteps(1000).withTol(1e-3));
        assertThat(run.status()).isEqualTo(Status.CONVERGED);
        assertThat(run.stepsTaken()).isEqualTo(42);
        StopReason.GradientNormBelow r = (StopReason.GradientNormBelow) run.stopReason();
        assertThat(r.tol()).isEqualTo(1e-3);
        rel(r.norm(), 8.50705917302346e-4, 1e-12);
    }

    @Test
    void convergesOnTheLossChange() {
        // loss_k = 25·0.64^k; |loss_k − loss_{k−1}| = 25·0.64^(k−1)·0.36 = 9·0.64^(k−1).
        // k = 36: 9·0.64³⁵ = 1.481e-6 ≥ 1e-6;  k = 37: 9·0.64³⁶ = 9.47810625017015e-7 < 1e-6 → converged at 37.
        Run run = runToEnd(SPHERE_SGD.withSteps(1000).withLossTol(1e-6));
        assertThat(run.status()).isEqualTo(Status.CONVERGED);
        assertThat(run.stepsTaken()).isEqualTo(37);
        StopReason.LossChangeBelow r = (StopReason.LossChangeBelow) run.stopReason();
        assertThat(r.tol()).isEqualTo(1e-6);
        rel(r.change(), 9.47810625017015e-7, 1e-11);
    }

    @Test
    void alreadyConvergedAtTheStart() {
        Run run = SPHERE_SGD.withStart(0, 0).withTol(1e-6).start();
        assertThat(run.status()).isEqualTo(Status.CONVERGED);
        assertThat(run.stepsTaken()).isZero();
        assertThat(run.records()).hasSize(1);
    }

    @Test
    void stepLimitWhenNothingElseStops() {
        Run run = runToEnd(SPHERE_SGD.withSteps(20).withTol(1e-3));
        assertThat(run.status()).isEqualTo(Status.MAX_STEPS);
        assertThat(run.stopReason()).isEqualTo(new StopReason.MaxSteps(20));
    }

    // --- cancellation ---------------------------------------------------------------------------------------------

    @Test
    void cancellationIsCheckedEvery1024Steps() {
        AtomicInteger asked = new AtomicInteger();
        Run run = SPHERE_SGD.withOptimizer(new Sgd(1e-6)).withSteps(100_000).start();
        run.runToEnd(() -> asked.incrementAndGet() > 2);
        assertThat(run.status()).isEqualTo(Status.CANCELLED);
        assertThat(run.stepsTaken()).isEqualTo(2 * Run.CHECK_EVERY);
        assertThat(run.stopReason()).isEqualTo(new StopReason.Cancelled(2048));
        assertThat(run.records().getLast().k()).isEqualTo(2048);
    }

    // --- thinning --------------------------------------------------------------------------------------------------

    @Test
    void thinsToMaxRecordsEvenlyKeepingFirstAndLast() {
        Run run = runToEnd(SPHERE_SGD.withOptimizer(new Sgd(1e-4)).withSteps(1000).withMaxRecords(11));
        List<StepRecord> records = run.records();
        List<Integer> ks = records.stream().map(StepRecord::k).toList();
        // Stride doubling with 10 slots on the grid + the last: k = 0, 128, …, 896, then 1000.
        assertThat(ks).containsExactly(0, 128, 256, 384, 512, 640, 768, 896, 1000);
        assertThat(records.size()).isLessThanOrEqualTo(11);
        assertThat(run.result().records()).isEqualTo(records);
    }

    @Test
    void thinningKeepsRecordsEvenWhileRunning() {
        Run run = SPHERE_SGD.withOptimizer(new Sgd(1e-4)).withSteps(1000).withMaxRecords(11).start();
        run.advance(100);
        List<Integer> ks = run.records().stream().map(StepRecord::k).toList();
        assertThat(ks).containsExactly(0, 16, 32, 48, 64, 80, 96, 100);
        Run two = runToEnd(SPHERE_SGD.withSteps(50).withMaxRecords(2));
        assertThat(two.records()).extracting(StepRecord::k).containsExactly(0, 50);
    }

    @Test
    void thinningUtility() {
        // index round(i·999/10): 99.9 → 100, 499.5 → 500, 599.4 → 599, …, 999.
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        assertThat(Thinning.evenly(items, 11)).containsExactly(0, 100, 200, 300, 400, 500, 599, 699, 799, 899, 999);
        assertThat(Thinning.evenly(items, 2)).containsExactly(0, 999);
        assertThat(Thinning.evenly(List.of(1, 2, 3), 5)).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> Thinning.evenly(items, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- determinism and allocation ------------------------------------------------------------------------------

    @Test
    void sameScenarioSameBitsOnASurface() {
        Scenario s = Scenario.of(new Rosenbrock(), new Adam(0.01)).withInit(new Init.Uniform()).withSeed(5)
                .withSteps(3000).withMaxRecords(50);
        assertThat(bits(runToEnd(s))).isEqualTo(bits(runToEnd(s)));
        assertThat(bits(runToEnd(s))).isNotEqualTo(bits(runToEnd(s.withSeed(6))));
    }

    static List<Long> bits(Run run) {
        List<Long> out = new ArrayList<>();
        for (StepRecord r : run.records()) {
            out.add((long) r.k());
            for (double v : r.theta()) {
                out.add(Double.doubleToRawLongBits(v));
            }
            for (double v : r.grad()) {
                out.add(Double.doubleToRawLongBits(v));
            }
            out.add(Double.doubleToRawLongBits(r.loss()));
            out.add(Double.doubleToRawLongBits(r.batchLoss()));
        }
        return out;
    }

    @Test
    void theLoopAllocatesNothingPerStep() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Run run = Scenario.of(new Rosenbrock(), new Adam(0.01)).withSteps(400_000).withMaxRecords(2).withTol(1e-300)
                .start();
        run.advance(100_000); // warm up
        long before = mx.getCurrentThreadAllocatedBytes();
        run.advance(200_000);
        long bytes = mx.getCurrentThreadAllocatedBytes() - before;
        // A single boxed double or iterator per step would be ≥ 3.2 MB here; a record per step far more.
        assertThat(bytes).isLessThan(64 * 1024);
    }
}
