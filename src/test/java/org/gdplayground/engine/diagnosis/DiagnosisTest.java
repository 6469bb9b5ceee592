package org.gdplayground.engine.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gdplayground.engine.diagnosis.Diagnosis.Code;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.optimizer.Momentum;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Sgd;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.RunResult;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.Status;
import org.junit.jupiter.api.Test;

/** Every diagnosis code on the built-in surfaces, with scenarios that really produce it. */
class DiagnosisTest {

    private static Objective fn(String id) {
        return Objectives.builtin(id).orElseThrow();
    }

    private static Run run(String fn, Optimizer opt, int steps, double... start) {
        Run run = Scenario.of(fn(fn), opt).withStart(start).withSteps(steps).start();
        run.runToEnd(() -> false);
        return run;
    }

    @Test
    void sphereLr11IsDivergingFromTheFirstSteps() {
        Run run = Scenario.of(fn("sphere"), new Sgd(1.1)).withStart(-3, 4).withSteps(100).start();
        int foundAt = -1;
        for (int k = 1; k <= 100; k++) {
            run.step();
            if (run.diagnosis().code() == Code.DIVERGING) {
                foundAt = k;
                break;
            }
        }
        // the loss grows ×1.44 a step: ×10 after 7 increases
        assertThat(foundAt).isEqualTo(7);
        run.runToEnd(() -> false);
        assertThat(run.status()).isEqualTo(Status.MAX_STEPS); // the run itself goes on, as torch would
        RunResult result = run.result();
        Diagnosis d = result.diagnosis();
        assertThat(d.code()).isEqualTo(Code.DIVERGING);
        assertThat(d.sinceStep()).isEqualTo(1);
        assertThat(d.ended()).isTrue();
        Diagnosis.Diverging details = (Diagnosis.Diverging) d.details();
        assertThat(details.detectedAt()).isEqualTo(7);
        assertThat(details.overSteps()).isEqualTo(7);
        assertThat(details.lossRatio()).isCloseTo(Math.pow(1.44, 7), within(1e-9));
        assertThat(details.lr()).isEqualTo(1.1);
        assertThat(details.twoOverL()).isCloseTo(1.0, within(1e-6)); // L = 2 on x² + y²
        assertThat(details.nonFinite()).isFalse();
    }

    @Test
    void aRunThatOverflowsIsDivergingWithTheEarlierStart() {
        Run run = run("sphere", new Sgd(1e6), 1000, -3, 4);
        assertThat(run.status()).isEqualTo(Status.DIVERGED);
        Diagnosis d = run.diagnosis();
        assertThat(d.code()).isEqualTo(Code.DIVERGING);
        Diagnosis.Diverging details = (Diagnosis.Diverging) d.details();
        assertThat(details.nonFinite()).isTrue();
        assertThat(details.nonFiniteStep()).isEqualTo(run.stepsTaken());
        assertThat(d.sinceStep()).isEqualTo(1);
        assertThat(details.detectedAt()).isLessThan(run.stepsTaken());
    }

    @Test
    void sphereLr095ZigzagsButConvergesSoItEndsInTheGlobalMinimum() {
        Run run = Scenario.of(fn("sphere"), new Sgd(0.95)).withStart(-3, 4).withSteps(100).start();
        for (int k = 1; k <= 100; k++) {
            run.step();
            Code c = run.diagnosis().code();
            assertThat(c).as("step %d", k).isNotIn(Code.DIVERGING, Code.OSCILLATING);
        }
        Diagnosis d = run.result().diagnosis();
        assertThat(d.code()).isEqualTo(Code.GLOBAL_MINIMUM);
        Diagnosis.AtMinimum m = (Diagnosis.AtMinimum) d.details();
        assertThat(m.minimum().point()).containsExactly(0, 0);
        assertThat(m.global()).isNull();
        assertThat(m.catalogued()).isTrue();
        assertThat(d.sinceStep()).isBetween(1, 100);
    }

    @Test
    void sphereLr1FlipsForeverAndIsOscillating() {
        Run run = run("sphere", new Sgd(1.0), 100, -3, 4);
        Diagnosis d = run.diagnosis();
        assertThat(d.code()).isEqualTo(Code.OSCILLATING);
        Diagnosis.Oscillating o = (Diagnosis.Oscillating) d.details();
        assertThat(o.reversals()).isEqualTo(DiagnosisTracker.WINDOW);
        assertThat(o.lossRatio()).isCloseTo(1.0, within(1e-12));
        assertThat(d.sinceStep()).isEqualTo(2);
    }

    @Test
    void twoMinimaRightStartEndsInTheLocalMinimumAndNamesTheGlobalOne() {
        Run run = run("two-minima", new Sgd(0.05), 200, 1.8, 1);
        Diagnosis d = run.diagnosis();
        assertThat(d.code()).isEqualTo(Code.LOCAL_MINIMUM);
        Diagnosis.AtMinimum m = (Diagnosis.AtMinimum) d.details();
        assertThat(m.catalogued()).isTrue();
        assertThat(m.minimum().point()[0]).isCloseTo(0.96, within(0.01));
        assertThat(m.minimum().value()).isCloseTo(0.294, within(0.001));
        assertThat(m.global()).isNotNull();
        assertThat(m.global().point()[0]).isCloseTo(-1.04, within(0.01));
        assertThat(m.global().value()).isCloseTo(-0.305, within(0.001));
        assertThat(m.distance()).isLessThan(0.1);
    }

    @Test
    void twoMinimaLeftStartEndsInTheGlobalMinimum() {
        Run run = run("two-minima", new Sgd(0.05), 200, -1.8, 1);
        Diagnosis d = run.diagnosis();
        assertThat(d.code()).isEqualTo(Code.GLOBAL_MINIMUM);
        Diagnosis.AtMinimum m = (Diagnosis.AtMinimum) d.details();
        assertThat(m.minimum().point()[0]).isCloseTo(-1.0356, within(1e-4));
        assertThat(m.global()).isNull();
    }

    @Test
    void momentumCarriesTheRightStartOverTheHumpIntoTheGlobalMinimum() {
        Run run = run("two-minima", new Momentum(0.01, 0.9, 0, 0), 500, 1.8, 1);
        assertThat(run.diagnosis().code()).isEqualTo(Code.GLOBAL_MINIMUM);
    }

    @Test
    void saddleFromTheRidgeStopsAtTheSaddle() {
        Run run = run("saddle", new Sgd(0.1), 100, -2, 0);
        Diagnosis d = run.diagnosis();
        assertThat(d.code()).isEqualTo(Code.SADDLE);
        Diagnosis.Flat f = (Diagnosis.Flat) d.details();
        assertThat(f.eigenvalues().get(0)).isCloseTo(-2, within(1e-6));
        assertThat(f.eigenvalues().get(1)).isCloseTo(2, within(1e-6));
        assertThat(f.gradNorm()).isLessThan(1e-3);
        // ‖g‖ = 4·0.8^k ≤ 1e-3 from k = 38 on
        assertThat(d.sinceStep()).isBetween(35, 40);
    }

    @Test
    void plateauFarOutIsAPlateau() {
        Run run = run("plateau", Sgd.defaults(), 100, 3.5, 3.5);
        Diagnosis d = run.diagnosis();
        assertThat(d.code()).isEqualTo(Code.PLATEAU);
        Diagnosis.Flat f = (Diagnosis.Flat) d.details();
        assertThat(f.point().get(0)).isCloseTo(3.5, within(1e-6));
        assertThat(f.loss()).isCloseTo(1, within(1e-9));
        assertThat(d.sinceStep()).isZero();
    }

    @Test
    void aRunStillOnItsWayIsNone() {
        Run run = run("sphere", new Sgd(0.01), 100, -3, 4);
        Diagnosis d = run.diagnosis();
        assertThat(d.code()).isEqualTo(Code.NONE);
        assertThat(d.sinceStep()).isEqualTo(Diagnosis.NO_STEP);
        assertThat(run.result().diagnosis()).isEqualTo(d);
    }

    @Test
    void aMinimumTheCatalogDoesNotListIsALocalMinimumNotCatalogued() {
        Run run = Scenario.of(Objectives.custom("(x-1)^2 + (y+2)^2",
                org.gdplayground.engine.function.ExpressionLimits.defaults()), new Sgd(0.1)).withSteps(200).start();
        run.runToEnd(() -> false);
        Diagnosis d = run.diagnosis();
        assertThat(d.code()).isEqualTo(Code.LOCAL_MINIMUM);
        Diagnosis.AtMinimum m = (Diagnosis.AtMinimum) d.details();
        assertThat(m.catalogued()).isFalse();
        assertThat(m.global()).isNull();
        assertThat(m.minimum().point()[0]).isCloseTo(1, within(1e-6));
    }

    @Test
    void theAnswerIsCachedUntilTheNextStep() {
        Run run = Scenario.of(fn("sphere"), new Sgd(0.1)).start();
        run.step();
        assertThat(run.diagnosis()).isSameAs(run.diagnosis());
    }

    @Test
    void hessianEigenvaluesOfASaddleInThreeDimensionsAreFound() {
        double[] e = DiagnosisTracker.eigenvalues(new double[][] {{2, 0, 0}, {0, -1, 0}, {0, 0, 3}});
        assertThat(e).containsExactly(new double[] {-1, 2, 3}, within(1e-12));
    }
}
