package org.gdplayground.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.run.Status;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.session.Frame;
import org.gdplayground.session.Trace;
import org.junit.jupiter.api.Test;

class RunOutcomeTest {

    private static final Diagnosis DIVERGING = new Diagnosis(Diagnosis.Code.DIVERGING, 1, true,
            new Diagnosis.Diverging(3, 7, 12.8, 2.5, 1, false, Diagnosis.NO_STEP));

    private static Frame.RunView run(Status status, double loss, Diagnosis d) {
        StepRecord r = new StepRecord(20, 0, new double[] {1, 2}, loss, loss, new double[] {0.1, 0.2},
                new double[] {0, 0}, 0.1, List.of());
        return new Frame.RunView(List.of(r), r, status, null, 0, 20, new Trace.Delta(new double[0], new double[0]),
                d);
    }

    @Test
    void aRunThatTookEveryStepWhileDivergingCountsAsDiverged() {
        List<Frame.RunView> runs = List.of(
                run(Status.MAX_STEPS, 3e25, DIVERGING),
                run(Status.MAX_STEPS, 0.5, Diagnosis.none(true)),
                run(Status.CONVERGED, 1e-9, Diagnosis.none(true)),
                run(Status.DIVERGED, Double.POSITIVE_INFINITY, Diagnosis.none(true)),
                run(Status.RUNNING, 1, Diagnosis.none(false)));
        RunOutcome.Tally t = RunOutcome.tally(runs);
        assertThat(t).isEqualTo(new RunOutcome.Tally(5, 1, 1, 1, 2, 0));
        assertThat(t.going() + t.allSteps() + t.tolerance() + t.diverged() + t.cancelled()).isEqualTo(t.runs());
    }

    @Test
    void theLossAxisTurnsLogWhenAnyRunDiverges() {
        assertThat(RunOutcome.wantsLogAxis(List.of(run(Status.MAX_STEPS, 0.5, Diagnosis.none(true))))).isFalse();
        assertThat(RunOutcome.wantsLogAxis(List.of(run(Status.MAX_STEPS, 0.5, Diagnosis.none(true)),
                run(Status.RUNNING, 3e5, DIVERGING)))).isTrue();
        assertThat(RunOutcome.diverging(Status.RUNNING, Diagnosis.none(false), Double.NaN)).isTrue();
    }

    @Test
    void atAMinimumWithoutReachingTheToleranceIsNearOnly() {
        Diagnosis global = new Diagnosis(Diagnosis.Code.GLOBAL_MINIMUM, 40, true,
                new Diagnosis.AtMinimum(new Minimum(new double[] {0, 0}, 0, true), 1e-4, null, true));
        assertThat(RunOutcome.nearMinimumOnly(global, true, true, false)).isTrue();
        assertThat(RunOutcome.nearMinimumOnly(global, true, true, true)).isFalse();
        assertThat(RunOutcome.nearMinimumOnly(global, false, true, false)).isFalse();
        assertThat(RunOutcome.nearMinimumOnly(global, true, false, false)).isFalse();
        assertThat(RunOutcome.nearMinimumOnly(DIVERGING, true, true, false)).isFalse();
    }
}
