package org.gdplayground.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gdplayground.engine.Close.rel;

import java.util.ArrayList;
import java.util.List;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.RegressionProblem;
import org.gdplayground.engine.optimizer.Adam;
import org.gdplayground.engine.optimizer.Sgd;
import org.junit.jupiter.api.Test;

/** Linear regression on study-hours: x = [1, 2, 3], y = [2, 4, 6], prediction w·x, optimum w = 2. */
class StudyHoursTest {

    static final RegressionProblem STUDY = new RegressionProblem("study-hours-w", "points = w·hours",
            new double[][] {{1}, {2}, {3}}, new double[] {2, 4, 6}, false, new Bounds(-1, 5, 0, 30),
            new double[] {0});

    static final RegressionProblem STUDY_WB = new RegressionProblem("study-hours-wb", "points = w·hours + b",
            new double[][] {{1}, {2}, {3}}, new double[] {2, 4, 6}, true, new Bounds(-1, 5, -5, 5),
            new double[] {0, 0});

    private static Run runToEnd(Scenario s) {
        Run run = s.start();
        run.runToEnd(() -> false);
        return run;
    }

    @Test
    void fullBatchGradientDescentFindsW2() {
        // loss(w) = (1/3)·Σ(w·x − y)² = (14/3)(w − 2)², gradient (28/3)(w − 2).
        // Step 1 from w = 0: g = (2/3)·(−2·1 − 4·2 − 6·3) = −56/3; w₁ = 0.01·56/3 = 0.18666…
        // Each step multiplies (w − 2) by 1 − 0.01·28/3 = 0.90666…: after 500 steps |w − 2| = 2·0.9067⁵⁰⁰ ≈ 1e-21.
        Run run = runToEnd(Scenario.of(STUDY, new Sgd(0.01)).withSteps(500));
        List<StepRecord> r = run.records();
        rel(r.get(0).grad(0), -56.0 / 3);
        rel(r.get(1).theta(0), 0.56 / 3);
        rel(r.get(1).loss(), 14.0 / 3 * (2 - 0.56 / 3) * (2 - 0.56 / 3));
        assertThat(r.get(1).batchLoss()).isNaN();
        assertThat(r.get(1).epoch()).isEqualTo(1);
        assertThat(run.latest().epoch()).isEqualTo(500);
        assertThat(run.latest().theta(0)).isCloseTo(2, within(1e-12));
    }

    @Test
    void perSampleSgdFirstEpochByHand() {
        // Batch 1, no shuffle, lr 0.01, w₀ = 0; per row g = 2·(w·x − y)·x.
        // Step 1, row (1, 2): g = 2·(0 − 2)·1 = −4;          w₁ = 0.04;      batch loss (0 − 2)² = 4.
        // Step 2, row (2, 4): g = 2·(0.08 − 4)·2 = −15.68;   w₂ = 0.1968;    batch loss 3.92² = 15.3664.
        // Step 3, row (3, 6): g = 2·(0.5904 − 6)·3 = −32.4576; w₃ = 0.521376; batch loss 5.4096² = 29.26377216.
        // Step 4 starts epoch 2 with row 1 again.
        Run run = Scenario.of(STUDY, new Sgd(0.01)).withBatching(new Batching.MiniBatch(1, false)).withSteps(10)
                .start();
        StepRecord s1 = run.step();
        StepRecord s2 = run.step();
        StepRecord s3 = run.step();
        StepRecord s4 = run.step();
        rel(s1.grad(0), -4);
        rel(s1.theta(0), 0.04);
        rel(s1.batchLoss(), 4);
        rel(s2.grad(0), -15.68);
        rel(s2.theta(0), 0.1968);
        rel(s2.batchLoss(), 15.3664);
        rel(s3.grad(0), -32.4576);
        rel(s3.theta(0), 0.521376);
        rel(s3.batchLoss(), 29.26377216);
        assertThat(List.of(s1.epoch(), s2.epoch(), s3.epoch(), s4.epoch())).containsExactly(1, 1, 1, 2);
        rel(s4.grad(0), 2 * (0.521376 - 2)); // row 1 again
        // the full loss is reported beside the batch loss: (1/3)·Σ(0.04·x − y)² = (14/3)·1.96²
        rel(s1.loss(), 14.0 / 3 * 1.96 * 1.96);
    }

    @Test
    void perSampleSgdReproducesTheSeedsLoop() {
        // The seed's per-sample loop, written out: for each epoch, for each row in order, w -= lr·2(w·x − y)·x.
        double w = 0;
        double[] x = {1, 2, 3};
        double[] y = {2, 4, 6};
        List<Double> seed = new ArrayList<>();
        for (int epoch = 0; epoch < 20; epoch++) {
            for (int i = 0; i < 3; i++) {
                double grad = 2 * (w * x[i] - y[i]) * x[i];
                w -= 0.01 * grad;
                seed.add(w);
            }
        }
        Run run = runToEnd(Scenario.of(STUDY, new Sgd(0.01)).withBatching(new Batching.MiniBatch(1, false))
                .withSteps(60));
        List<StepRecord> r = run.records();
        assertThat(r).hasSize(61);
        for (int k = 1; k <= 60; k++) {
            assertThat(r.get(k).theta(0)).as("step " + k).isEqualTo(seed.get(k - 1));
            assertThat(r.get(k).epoch()).isEqualTo((k - 1) / 3 + 1);
        }
        // g = 2x²(w − 2), so each per-sample step multiplies (w − 2) by 1 − 0.02·x²: per epoch 0.98·0.92·0.82
        // = 0.739312; after 20 epochs 2 − w = 2·0.739312²⁰ = 0.004759760538470…
        rel(2 - r.get(60).theta(0), 0.00475976053847, 1e-9);
    }

    @Test
    void miniBatchesWithAPartialLastBatch() {
        // 3 rows, batch 2: epoch 1 = rows {0,1} then {2}; epoch 2 = {0,1} then {2}; …
        // At w₀ = 0 the first batch loss is (2² + 4²)/2 = 10; the second is over row 2 alone at w₁.
        Run run = Scenario.of(STUDY, new Sgd(0.01)).withBatching(new Batching.MiniBatch(2, false)).withSteps(10)
                .start();
        StepRecord s1 = run.step();
        StepRecord s2 = run.step();
        StepRecord s3 = run.step();
        StepRecord s4 = run.step();
        StepRecord s5 = run.step();
        rel(s1.batchLoss(), 10);
        rel(s1.grad(0), (2 * (-2) * 1 + 2 * (-4) * 2) / 2.0); // −10
        rel(s2.batchLoss(), (3 * 0.1 - 6) * (3 * 0.1 - 6)); // w₁ = 0.1, row (3, 6) alone
        assertThat(List.of(s1.epoch(), s2.epoch(), s3.epoch(), s4.epoch(), s5.epoch()))
                .containsExactly(1, 1, 2, 2, 3);
    }

    @Test
    void shuffledEpochsUseEveryRowOnceInAFreshOrder() {
        // With a negligible lr, w stays ≈ 0, so the batch loss names the row: y² = 4, 16, 36.
        Run run = runToEnd(Scenario.of(STUDY, new Sgd(1e-15)).withBatching(new Batching.MiniBatch(1, true))
                .withSteps(30).withSeed(2024));
        List<StepRecord> r = run.records();
        List<List<Long>> epochs = new ArrayList<>();
        for (int e = 0; e < 10; e++) {
            List<Long> rows = new ArrayList<>();
            for (int k = 3 * e + 1; k <= 3 * e + 3; k++) {
                assertThat(r.get(k).epoch()).isEqualTo(e + 1);
                rows.add(Math.round(r.get(k).batchLoss()));
            }
            assertThat(rows).containsExactlyInAnyOrder(4L, 16L, 36L);
            epochs.add(rows);
        }
        assertThat(epochs).as("not every epoch in data order").anyMatch(rows -> !rows.equals(List.of(4L, 16L, 36L)));
        assertThat(epochs.stream().distinct().count()).as("orders vary between epochs").isGreaterThan(1);
    }

    @Test
    void sameScenarioSameBitsWithShuffledMiniBatchesAndRandomInit() {
        Scenario s = Scenario.of(STUDY_WB, new Adam(0.05)).withBatching(new Batching.MiniBatch(2, true))
                .withInit(new Init.He()).withSeed(77).withSteps(2000).withMaxRecords(100);
        Run a = runToEnd(s);
        Run b = runToEnd(s);
        assertThat(RunTest.bits(a)).isEqualTo(RunTest.bits(b));
        assertThat(a.records()).isEqualTo(b.records());
        assertThat(RunTest.bits(runToEnd(s.withSeed(78)))).isNotEqualTo(RunTest.bits(a));
    }

    @Test
    void gradientNormRuleUsesTheFullGradientWithMiniBatches() {
        // Per-sample gradients never all vanish together except at the optimum w = 2 (the data is exact),
        // so the full-gradient rule still converges; its norm is (28/3)|w − 2| < 1e-8.
        Run run = runToEnd(Scenario.of(STUDY, new Sgd(0.01)).withBatching(new Batching.MiniBatch(1, false))
                .withSteps(100_000).withTol(1e-8));
        assertThat(run.status()).isEqualTo(Status.CONVERGED);
        StopReason.GradientNormBelow r = (StopReason.GradientNormBelow) run.stopReason();
        rel(r.norm(), 28.0 / 3 * Math.abs(run.latest().theta(0) - 2), 1e-6);
        assertThat(r.norm()).isLessThan(1e-8);
    }
}
