package org.gdplayground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.optimizer.Sgd;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.system.Messages;
import org.junit.jupiter.api.Test;

/** The summary's cells say a truthful value where one exists, not a dash. */
class SummaryGridTest {

    private static final Messages MESSAGES = new Messages();

    private static SummaryGrid grid() {
        SummaryGrid g = new SummaryGrid(() -> false);
        g.localize((key, args) -> MESSAGES.getTranslation(key, java.util.Locale.ENGLISH, args));
        return g;
    }

    private static SummaryRow row(Run run, Objective o) {
        StepRecord last = run.latest();
        StepRecord finite = SummaryRow.lastFinite(run.records(), last);
        return new SummaryRow(0, "1 · SGD", "#000000", 0.1, run.status(), run.stopReason(), last.k(), last.loss(),
                SummaryRow.bestLoss(run.records(), last), true, null, SummaryRow.distance(last.theta(), o.minima()),
                1, run.diagnosis(), 1, 1e-6, last.gradNorm(), finite,
                finite == null ? Double.NaN : SummaryRow.farDistance(finite.theta(), o.minima()));
    }

    @Test
    void aRunThatBlewUpShowsTheDistanceItHadNotADash() {
        Objective sphere = Objectives.builtin("sphere").orElseThrow();
        Run run = Scenario.of(sphere, new Sgd(1e6)).withStart(-3, 4).withSteps(1000).start();
        run.runToEnd(() -> false);
        SummaryRow r = row(run, sphere);
        // θ_k is finite but so far out that ‖θ_k‖² overflows: the plain distance is none, the scaled one is θ_k's
        assertThat(r.distance()).isNaN();
        assertThat(r.lastFinite()).isNotNull();
        assertThat(r.lastFiniteDistance()).isFinite().isGreaterThan(1e150);
        assertThat(grid().distanceCell(r)).isEqualTo(org.gdplayground.ui.common.Formats.num(r.lastFiniteDistance()));
        // a θ_k that is no longer finite: the distance at the last finite step, with that step
        StepRecord earlier = run.records().get(5);
        SummaryRow overflowed = new SummaryRow(0, "1 · SGD", "#000000", 0.1, r.status(), r.reason(), r.k(),
                r.finalLoss(), r.bestLoss(), true, null, Double.NaN, 1, r.diagnosis(), 1, 1e-6, r.lastGradNorm(),
                earlier, SummaryRow.farDistance(earlier.theta(), sphere.minima()));
        assertThat(grid().distanceCell(overflowed)).isEqualTo(
                org.gdplayground.ui.common.Formats.num(overflowed.lastFiniteDistance()) + " at step " + earlier.k());
    }

    @Test
    void aFiniteRunShowsItsDistanceAndAnUnflaggedRunSaysWhereItIs() {
        Objective sphere = Objectives.builtin("sphere").orElseThrow();
        Run run = Scenario.of(sphere, new Sgd(0.01)).withStart(-3, 4).withSteps(3).start();
        run.runToEnd(() -> false);
        SummaryRow r = row(run, sphere);
        assertThat(grid().distanceCell(r)).isEqualTo(org.gdplayground.ui.common.Formats.num(r.distance()));
        SummaryRow nothing = new SummaryRow(0, "1 · SGD", "#000000", 0.1, r.status(), r.reason(), r.k(),
                r.finalLoss(), r.bestLoss(), true, null, r.distance(), 1, Diagnosis.none(true), 1, 1e-6,
                r.lastGradNorm(), r.lastFinite(), r.lastFiniteDistance());
        assertThat(grid().whereCell(nothing)).startsWith("θ = (−2.824, 3.765) at step 3")
                .endsWith("nothing to flag");
    }
}
