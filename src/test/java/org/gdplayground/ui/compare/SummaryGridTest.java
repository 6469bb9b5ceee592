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
                finite == null ? Double.NaN : SummaryRow.distance(finite.theta(), o.minima()));
    }

    @Test
    void aRunThatBlewUpShowsTheDistanceAtItsLastFiniteStep() {
        Objective sphere = Objectives.builtin("sphere").orElseThrow();
        Run run = Scenario.of(sphere, new Sgd(1e6)).withStart(-3, 4).withSteps(1000).start();
        run.runToEnd(() -> false);
        SummaryRow r = row(run, sphere);
        assertThat(r.distance()).isNaN(); // θ_k is no longer finite
        StepRecord finite = r.lastFinite();
        assertThat(finite).isNotNull();
        assertThat(finite.k()).isLessThan(r.k());
        String cell = grid().distanceCell(r);
        assertThat(cell).isNotEqualTo("—").endsWith(" at step " + finite.k())
                .startsWith(org.gdplayground.ui.common.Formats.num(r.lastFiniteDistance()));
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
