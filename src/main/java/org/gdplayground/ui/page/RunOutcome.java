package org.gdplayground.ui.page;

import java.util.List;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.engine.run.Status;
import org.gdplayground.session.Frame;

/**
 * How a run ended, decided once from the engine's facts (status, diagnosis, latest loss) for every sentence a page says
 * about it: the status line's counts, the summary's rows and rank, the loss axis. Plain rules, no Vaadin.
 */
public final class RunOutcome {

    private RunOutcome() {
    }

    /** Whether a run blew up or is blowing up: stopped as diverged, diagnosed diverging, or its loss is not finite. */
    public static boolean diverging(Status status, Diagnosis diagnosis, double loss) {
        return status == Status.DIVERGED || diagnosis.code() == Diagnosis.Code.DIVERGING || !Double.isFinite(loss);
    }

    public static boolean diverging(Frame.RunView run) {
        return diverging(run.status(), run.diagnosis(), run.latest().loss());
    }

    /**
     * Whether the loss axis should be logarithmic: a run whose loss grows spans many decades, and only a log axis
     * shows it (and the other runs beside it).
     */
    public static boolean wantsLogAxis(List<Frame.RunView> runs) {
        return runs.stream().anyMatch(RunOutcome::diverging);
    }

    /**
     * The runs counted by how they ended, each exactly once and as its row says: a diverging run counts as diverged
     * even when it took every step.
     *
     * @param runs      every run
     * @param going     runs still going
     * @param allSteps  finished after every step, not diverging
     * @param tolerance stopped by a tolerance, not diverging
     * @param diverged  diverging or diverged (finished)
     * @param cancelled stopped otherwise
     */
    public record Tally(int runs, int going, int allSteps, int tolerance, int diverged, int cancelled) {
    }

    public static Tally tally(List<Frame.RunView> runs) {
        int going = 0;
        int all = 0;
        int tol = 0;
        int div = 0;
        int cancelled = 0;
        for (Frame.RunView r : runs) {
            if (!r.finished()) {
                going++;
            } else if (diverging(r)) {
                div++;
            } else if (r.status() == Status.MAX_STEPS) {
                all++;
            } else if (r.status() == Status.CONVERGED) {
                tol++;
            } else {
                cancelled++;
            }
        }
        return new Tally(runs.size(), going, all, tol, div, cancelled);
    }

    /**
     * Whether the engine places a finished run at a minimum while its gradient never fell below the ‖g‖ tolerance the
     * summary uses: then the page says "near" the minimum with that ‖g‖, not "in" it beside "tolerance not reached".
     */
    public static boolean nearMinimumOnly(Diagnosis d, boolean finished, boolean tolSet, boolean tolReached) {
        return finished && tolSet && !tolReached && d.details() instanceof Diagnosis.AtMinimum
                && (d.code() == Diagnosis.Code.GLOBAL_MINIMUM || d.code() == Diagnosis.Code.LOCAL_MINIMUM);
    }
}
