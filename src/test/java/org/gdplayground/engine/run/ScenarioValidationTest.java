package org.gdplayground.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.RegressionProblem;
import org.gdplayground.engine.function.Sphere;
import org.gdplayground.engine.optimizer.Sgd;
import org.junit.jupiter.api.Test;

class ScenarioValidationTest {

    private static final Scenario SPHERE = Scenario.of(new Sphere(), new Sgd(0.1));
    private static final RegressionProblem STUDY = new RegressionProblem("study-hours-w", "w·x",
            new double[][] {{1}, {2}, {3}}, new double[] {2, 4, 6}, false, new Bounds(-1, 5, 0, 30),
            new double[] {0});

    private static void rejects(Runnable r, String field, String message) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void steps() {
        rejects(() -> SPHERE.withSteps(0), "steps", "steps must be whole number in [1, 1000000000], got 0");
        assertThat(SPHERE.withSteps(1).steps()).isEqualTo(1);
    }

    @Test
    void maxRecords() {
        rejects(() -> SPHERE.withMaxRecords(1), "maxRecords", "maxRecords must be whole number in [2, 10000000], got 1");
    }

    @Test
    void initArity() {
        rejects(() -> SPHERE.withStart(1, 2, 3), "init",
                "init must be 2 numbers (one per parameter of sphere), got 3 numbers");
        rejects(() -> Scenario.of(STUDY, new Sgd(0.1)).withStart(1, 2), "init",
                "init must be 1 number (one per parameter of study-hours-w), got 2 numbers");
        rejects(() -> SPHERE.withStart(1, Double.NaN), "init", "init must be finite numbers, got NaN");
    }

    @Test
    void fanBasedInitIsForDataProblems() {
        rejects(() -> SPHERE.withInit(new Init.He()), "initMode",
                "initMode must be given, zeros or uniform for a surface (lecun, xavier and he are for data problems), "
                        + "got he");
        rejects(() -> SPHERE.withInit(new Init.LeCun()), "initMode",
                "initMode must be given, zeros or uniform for a surface (lecun, xavier and he are for data problems), "
                        + "got lecun");
        assertThat(Scenario.of(STUDY, new Sgd(0.1)).withInit(new Init.Xavier()).init()).isEqualTo(new Init.Xavier());
        rejects(() -> Init.of("glorot"), "initMode",
                "initMode must be one of zeros, uniform, lecun, xavier, he (or given start values), got glorot");
    }

    @Test
    void batchSize() {
        rejects(() -> new Batching.MiniBatch(0, false), "batch", "batch must be whole number in [1, 1000000], got 0");
        rejects(() -> SPHERE.withBatching(new Batching.MiniBatch(2, true)), "batch",
                "batch must be full for a surface (mini-batches need a data problem), got 2");
    }

    @Test
    void tolerances() {
        rejects(() -> SPHERE.withTol(0), "tol", "tol must be in (0, ∞), got 0");
        rejects(() -> SPHERE.withLossTol(-1e-9), "lossTol", "lossTol must be in (0, ∞), got -1.0E-9");
    }

    @Test
    void withTolReplacesTheEarlierRule() {
        Scenario s = SPHERE.withTol(1e-3).withLossTol(1e-9).withTol(1e-6);
        assertThat(s.stopRules()).containsExactly(new StopRule.LossChange(1e-9), new StopRule.GradientNorm(1e-6));
    }

    @Test
    void defaults() {
        assertThat(SPHERE.steps()).isEqualTo(100);
        assertThat(SPHERE.maxRecords()).isEqualTo(1000);
        assertThat(SPHERE.init()).isEqualTo(new Init.Given(new double[] {-3, 4}));
        assertThat(SPHERE.batching()).isEqualTo(new Batching.Full());
        assertThat(SPHERE.seed()).isEqualTo(42);
        assertThat(SPHERE.stopRules()).isEmpty();
    }
}
