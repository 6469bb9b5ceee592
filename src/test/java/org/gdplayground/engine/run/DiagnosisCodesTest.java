package org.gdplayground.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.engine.diagnosis.Diagnosis.Code;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.system.DiagnosisText;
import org.junit.jupiter.api.Test;

/** The codes too-slow and unbounded, the plateau from its default start, and suggestions the engine has checked. */
class DiagnosisCodesTest {

    private static Run run(String fn, String opt, double lr, double... start) {
        Scenario s = Scenario.of(Objectives.builtin(fn).orElseThrow(), Optimizers.create(opt, Map.of("lr", lr)));
        if (start.length > 0) {
            s = s.withStart(start);
        }
        Run r = s.start();
        r.runToEnd(() -> false);
        return r;
    }

    /** Re-runs {@code r}'s scenario with {@code lr}. */
    private static Run again(Run r, double lr) {
        Optimizer o = r.scenario().optimizer();
        Map<String, Double> v = new HashMap<>(o.values());
        v.put("lr", lr);
        Run again = r.scenario().withOptimizer(Optimizers.create(o.key(), v)).start();
        again.runToEnd(() -> false);
        return again;
    }

    @Test
    void lr1e10OnTheSphereIsTooSlowAndTheCheckedLargerLrReachesTheMinimum() {
        Run r = run("sphere", "sgd", 1e-10);
        Diagnosis d = r.diagnosis();
        assertThat(d.code()).isEqualTo(Code.TOO_SLOW);
        Diagnosis.Crawling c = (Diagnosis.Crawling) d.details();
        assertThat(c.closed()).isLessThan(1e-6);
        assertThat(c.gradNorm()).isGreaterThan(9);
        assertThat(d.suggestedLr()).isGreaterThan(1e-10).isLessThan(1);
        assertThat(again(r, d.suggestedLr()).diagnosis().code()).isEqualTo(Code.GLOBAL_MINIMUM);
    }

    @Test
    void theSaddleJustOffItsRidgeFallsWithoutBound() {
        Run r = run("saddle", "sgd", 0.1, -3, 0.001);
        assertThat(r.status()).isEqualTo(Status.MAX_STEPS);
        assertThat(r.latest().loss()).isLessThan(-1e9);
        Diagnosis d = r.diagnosis();
        assertThat(d.code()).isEqualTo(Code.UNBOUNDED);
        assertThat(d.hasSuggestion()).isFalse();
        // from its default start with the default lr it still crawls towards the saddle: not unbounded
        assertThat(run("saddle", "sgd", 0.01).diagnosis().code()).isNotEqualTo(Code.UNBOUNDED);
    }

    @Test
    void thePlateauIsNamedFromItsDefaultStart() {
        Run r = run("plateau", "sgd", 0.01);
        assertThat(r.diagnosis().code()).isEqualTo(Code.PLATEAU);
        Run fresh = Scenario.of(Objectives.builtin("plateau").orElseThrow(), Optimizers.defaults("sgd")).start();
        assertThat(fresh.diagnosis().code()).isEqualTo(Code.PLATEAU);
        assertThat(fresh.diagnosis().sinceStep()).isZero();
        // a checked larger lr helps
        double lr = r.diagnosis().suggestedLr();
        assertThat(lr).isGreaterThan(0.01);
        Run better = again(r, lr);
        assertThat(better.latest().loss()).isLessThan(0.5 * r.latest().loss());
    }

    /** The cases: the suggestion, re-run, does not diverge, and is never absurd. */
    @Test
    void suggestionsForDivergingRunsAreVerified() {
        Run[] runs = {run("two-minima", "sgd", 0.3, 1.8, 1), run("rosenbrock", "sgd", 0.01),
                run("sphere", "sgd", 1.1), run("ellipse", "momentum", 0.5), run("booth", "sgd", 0.2)};
        for (Run r : runs) {
            Diagnosis d = r.diagnosis();
            assertThat(d.code()).as(r.scenario().toString()).isEqualTo(Code.DIVERGING);
            double lr = d.suggestedLr();
            assertThat(lr).as(r.scenario().optimizer().toString()).isLessThan(r.scenario().optimizer().lr())
                    .isGreaterThan(r.scenario().optimizer().lr() * 1e-4);
            Run checked = again(r, lr);
            assertThat(checked.status()).isNotEqualTo(Status.DIVERGED);
            assertThat(checked.diagnosis().code()).isNotIn(Code.DIVERGING, Code.UNBOUNDED);
            assertThat(checked.latest().loss()).isLessThan(checked.records().getFirst().loss());
        }
    }

    @Test
    void noSuggestionWhenNoCandidatePasses() {
        // f = −x² − y² falls without bound for every lr: no smaller or larger lr is offered
        Scenario s = Scenario.of(Objectives.custom("-(x^2 + y^2)",
                org.gdplayground.engine.function.ExpressionLimits.defaults()), Optimizers.create("sgd",
                        Map.of("lr", 0.5)));
        Run r = s.start();
        r.runToEnd(() -> false);
        assertThat(r.diagnosis().code()).isEqualTo(Code.UNBOUNDED);
        assertThat(r.diagnosis().hasSuggestion()).isFalse();
    }

    @Test
    void niceCandidatesBelow() {
        assertThat(LrSuggestion.niceBelow(0.3)).isEqualTo(0.2);
        assertThat(LrSuggestion.niceBelow(0.2)).isEqualTo(0.1);
        assertThat(LrSuggestion.niceBelow(0.1)).isEqualTo(0.05);
        assertThat(LrSuggestion.niceBelow(1.1)).isEqualTo(1.0);
        assertThat(LrSuggestion.niceBelow(1e-3)).isEqualTo(5e-4);
    }

    @Test
    void numbersKeepTheirMagnitude() {
        assertThat(DiagnosisText.number(1.4e-13)).isEqualTo("1.4e−13");
        assertThat(DiagnosisText.number(0)).isEqualTo("0");
        assertThat(DiagnosisText.number(-6.858816903929054E9)).isEqualTo("−6.86e9");
    }
}
