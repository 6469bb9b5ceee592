package org.gdplayground.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepRecord;
import org.junit.jupiter.api.Test;

/**
 * The per-eigendirection loss terms of a quadratic sum to L(θ) − L(θ*) along real runs (the run's own recorded loss),
 * to 1e−9; the decomposition behind them rebuilds the Hessian; and objectives without a unique minimum get none.
 */
class EigenLossTest {

    private static final List<String> QUADRATICS = List.of("sphere", "ellipse", "booth", "textbook-quadratic",
            "study-hours-w", "study-hours-wb", "quiz-scores");

    @Test
    void theTermsSumToTheLossAboveTheMinimumAlongRunsOfSeveralOptimizers() {
        int checked = 0;
        for (String id : QUADRATICS) {
            Objective f = Objectives.builtin(id).orElseThrow();
            EigenLoss split = EigenLoss.of(f).split().orElseThrow();
            assertThat(split.size()).isEqualTo(f.dimension());
            for (String opt : List.of("sgd", "momentum", "nesterov", "adam")) {
                Run run = Scenario.of(f, Optimizers.defaults(opt)).withSteps(60).withStopRules(List.of()).start();
                run.runToEnd(() -> false);
                for (StepRecord r : run.records()) {
                    double sum = 0;
                    for (double t : split.terms(r.theta())) {
                        assertThat(t).isGreaterThanOrEqualTo(0);
                        sum += t;
                    }
                    double gap = r.loss() - split.minLoss();
                    if (!Double.isFinite(gap)) {
                        continue;
                    }
                    assertThat(sum).as("%s %s k=%d", id, opt, r.k()).isCloseTo(gap,
                            within(1e-9 * Math.max(1, Math.abs(r.loss()))));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void theMinimumIsTheKnownOneAndTheLossThereIsItsValue() {
        for (String id : List.of("sphere", "ellipse", "booth", "textbook-quadratic")) {
            Objective f = Objectives.builtin(id).orElseThrow();
            EigenLoss split = EigenLoss.of(f).split().orElseThrow();
            double[] known = f.minima().getFirst().point();
            for (int k = 0; k < known.length; k++) {
                assertThat(split.minimum()[k]).as(id).isCloseTo(known[k], within(1e-12));
            }
            assertThat(split.minLoss()).as(id).isCloseTo(f.minima().getFirst().value(), within(1e-12));
        }
    }

    @Test
    void theDecompositionRebuildsTheHessianWithOrthonormalDirectionsInAscendingOrder() {
        for (String id : QUADRATICS) {
            Objective f = Objectives.builtin(id).orElseThrow();
            double[][] h = Hessians.at(f, f.defaultStart());
            EigenLoss split = EigenLoss.of(f).split().orElseThrow();
            int n = h.length;
            double scale = Math.abs(split.eigenvalues()[n - 1]);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    assertThat(split.eigenvalues()[i]).isGreaterThanOrEqualTo(split.eigenvalues()[i - 1]);
                }
                for (int j = 0; j < n; j++) {
                    double rebuilt = 0;
                    double dot = 0;
                    for (int k = 0; k < n; k++) {
                        rebuilt += split.directions()[k][i] * split.eigenvalues()[k] * split.directions()[k][j];
                        dot += split.directions()[i][k] * split.directions()[j][k];
                    }
                    assertThat(rebuilt).as("%s H[%d][%d]", id, i, j).isCloseTo(h[i][j], within(1e-12 * scale));
                    assertThat(dot).isCloseTo(i == j ? 1 : 0, within(1e-12));
                }
            }
            assertThat(split.eigenvalues()).containsExactly(Eigen.symmetric(h), within(1e-12 * scale));
        }
    }

    @Test
    void theNarrowBowlSplitsIntoItsAxes() {
        // x² + 10y² would have λ = 2, 20 along x and y; the ellipse surface's own numbers are read from its Hessian.
        Objective f = Objectives.builtin("ellipse").orElseThrow();
        EigenLoss split = EigenLoss.of(f).split().orElseThrow();
        double[] theta = {1.5, -0.5};
        double[] terms = split.terms(theta);
        assertThat(terms[0] + terms[1]).isCloseTo(f.value(theta) - split.minLoss(), within(1e-12));
        assertThat(split.eigenvalues()[0]).isLessThan(split.eigenvalues()[1]);
    }

    @Test
    void surfacesWithoutAUniqueMinimumHaveNoSplit() {
        assertThat(EigenLoss.of(Objectives.builtin("saddle").orElseThrow()).absent())
                .contains(EigenLoss.Absent.NO_MINIMUM);
        assertThat(EigenLoss.of(Objectives.builtin("rosenbrock").orElseThrow()).absent())
                .contains(EigenLoss.Absent.NOT_QUADRATIC);
    }

    @Test
    void aCurveKeepsItsEndsAndAtMostTheAskedNumberOfPoints() {
        Objective f = Objectives.builtin("ellipse").orElseThrow();
        EigenLoss split = EigenLoss.of(f).split().orElseThrow();
        Run run = Scenario.of(f, Optimizers.defaults("sgd")).withSteps(500).withStopRules(List.of()).start();
        run.runToEnd(() -> false);
        List<StepRecord> records = run.records();
        double[][] c = split.curve(1, records, 50);
        assertThat(c[0]).hasSize(50);
        assertThat(c[0][0]).isEqualTo(0);
        assertThat(c[0][49]).isEqualTo(records.getLast().k());
        assertThat(c[1][49]).isEqualTo(split.term(1, records.getLast().theta()));
        assertThat(split.curve(0, records.subList(0, 10), 50)[0]).hasSize(10);
    }
}
