package org.gdplayground.ui.compare;

import org.gdplayground.engine.diagnosis.Diagnosis;
import java.util.List;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.Status;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.engine.run.StopReason;
import org.gdplayground.session.Frame;
import org.jspecify.annotations.Nullable;

/**
 * One run's line in the comparison summary, computed from the run's frame view only (pure, thread-safe), so a test can
 * compute the same numbers from an engine run.
 *
 * @param index      the run's position in the comparison (0-based, as in the link's {@code opt.(index+1)})
 * @param label      optimizer and lr, e.g. "2 · Adam · lr 0.03"
 * @param color      the run's colour {@code #rrggbb}
 * @param lr         its base learning rate
 * @param status     where it is
 * @param reason     why it ended (null while running)
 * @param k          the step it is at
 * @param finalLoss  loss at step k (the last step once finished)
 * @param bestLoss   the lowest finite loss among the recorded steps (every step unless the runs are longer than the
 *                   page keeps, see {@link CompareView#recordsPerRun}); NaN when there is none
 * @param tolSet     whether the comparison has a gradient tolerance
 * @param stepsToTol the first k with ‖∇f(θ_k)‖ &lt; tol (the engine's stop rule ends the run there), else null
 * @param distance   Euclidean distance from θ_k to the nearest known minimum; NaN when none is known or θ_k is not
 *                   finite
 * @param engineMs   time the engine spent on this run, in milliseconds
 * @param diagnosis  where the run is (diverging, which minimum it reached, saddle, plateau …)
 * @param rank       1 for the lowest final loss; runs that diverge or overflow come last
 * @param tol        the ‖g‖ tolerance {@code stepsToTol} is measured against (the comparison's, else
 *                   {@link #DEFAULT_TOL} when a minimum is known); NaN when none
 * @param lastGradNorm ‖g‖ of the newest recorded gradient (NaN before the first step)
 * @param lastFinite the newest recorded step whose θ is finite (the latest step unless the run blew up); null when none
 * @param lastFiniteDistance {@code distance} measured at {@code lastFinite}'s θ (NaN when none is known): what the
 *                   summary shows, with its step, for a run whose θ_k is no longer finite
 */
record SummaryRow(int index, String label, String color, double lr, Status status, @Nullable StopReason reason,
        int k, double finalLoss, double bestLoss, boolean tolSet, @Nullable Integer stepsToTol, double distance,
        double engineMs, Diagnosis diagnosis, int rank, double tol, double lastGradNorm,
        @Nullable StepRecord lastFinite, double lastFiniteDistance) {

    /** The summary of one run as a frame shows it. */
    static SummaryRow of(int index, String label, String color, double lr, Frame.RunView run, Objective objective,
            @Nullable Double tol) {
        StepRecord last = run.latest();
        StopReason reason = run.reason();
        Integer toTol = reason instanceof StopReason.GradientNormBelow ? last.k() : null;
        boolean known = !objective.minima().isEmpty();
        if (tol == null && known) {
            // No tolerance set but a minimum is known: say when ‖g‖ first fell below the default one.
            toTol = firstBelow(run.records(), DEFAULT_TOL);
        }
        double tolUsed = tol != null ? tol : known ? DEFAULT_TOL : Double.NaN;
        StepRecord finite = lastFinite(run.records(), last);
        return new SummaryRow(index, label, color, lr, run.status(), reason, last.k(), last.loss(),
                bestLoss(run.records(), last), tol != null || known, toTol, distance(last.theta(), objective.minima()),
                run.engineNanos() / 1e6, run.diagnosis(), 0, tolUsed, last.k() == 0 ? Double.NaN : last.gradNorm(),
                finite, finite == null ? Double.NaN : farDistance(finite.theta(), objective.minima()));
    }

    /** The latest record if its θ is finite, else the newest recorded one whose θ is; null when none is. */
    static @Nullable StepRecord lastFinite(List<StepRecord> records, StepRecord latest) {
        if (finiteTheta(latest)) {
            return latest;
        }
        for (int i = records.size() - 1; i >= 0; i--) {
            if (finiteTheta(records.get(i))) {
                return records.get(i);
            }
        }
        return null;
    }

    private static boolean finiteTheta(StepRecord r) {
        for (double x : r.theta()) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the run blew up or is blowing up (ranked last, drawn as ✕ on the sweep). */
    boolean diverging() {
        return org.gdplayground.ui.page.RunOutcome.diverging(status, diagnosis, finalLoss);
    }

    /**
     * Whether the engine places this finished run at a minimum although ‖g‖ never fell below the tolerance the
     * summary measures: then "where it ended" says near the minimum, with that ‖g‖, beside "not reached".
     */
    boolean nearMinimumOnly() {
        return org.gdplayground.ui.page.RunOutcome.nearMinimumOnly(diagnosis, finished(), tolSet, stepsToTol != null);
    }

    /** The rows ranked: lowest final loss first, diverging runs after every other, ties by run number. */
    static List<SummaryRow> ranked(List<SummaryRow> rows) {
        List<SummaryRow> order = new java.util.ArrayList<>(rows);
        order.sort(java.util.Comparator.comparing(SummaryRow::diverging)
                .thenComparingDouble(r -> Double.isFinite(r.finalLoss()) ? r.finalLoss() : Double.MAX_VALUE)
                .thenComparingInt(SummaryRow::index));
        SummaryRow[] out = new SummaryRow[rows.size()];
        for (int i = 0; i < order.size(); i++) {
            SummaryRow r = order.get(i);
            out[rows.indexOf(r)] = new SummaryRow(r.index, r.label, r.color, r.lr, r.status, r.reason, r.k,
                    r.finalLoss, r.bestLoss, r.tolSet, r.stepsToTol, r.distance, r.engineMs, r.diagnosis, i + 1, r.tol,
                    r.lastGradNorm, r.lastFinite, r.lastFiniteDistance);
        }
        return List.of(out);
    }

    /** The gradient-norm tolerance the summary uses when the comparison sets none and a minimum is known. */
    static final double DEFAULT_TOL = 1e-6;

    /**
     * The first step k whose θ_k had ‖∇f‖ &lt; tol, read from the recorded gradients (record k + 1 holds the gradient
     * taken at θ_k); null when none did.
     */
    static @Nullable Integer firstBelow(List<StepRecord> records, double tol) {
        for (int i = 1; i < records.size(); i++) {
            StepRecord r = records.get(i);
            if (r.gradNorm() < tol) {
                return r.k() - 1;
            }
        }
        return null;
    }

    /** The lowest finite loss of the records and the latest record; NaN when none is finite. */
    static double bestLoss(List<StepRecord> records, StepRecord latest) {
        double best = Double.NaN;
        for (StepRecord r : records) {
            best = lower(best, r.loss());
        }
        return lower(best, latest.loss());
    }

    private static double lower(double best, double v) {
        if (!Double.isFinite(v)) {
            return best;
        }
        return Double.isNaN(best) || v < best ? v : best;
    }

    /** Distance from θ to the nearest of the minima; NaN when there is none or θ is not finite. */
    static double distance(double[] theta, List<Minimum> minima) {
        double best = Double.NaN;
        for (Minimum m : minima) {
            double[] p = m.point();
            if (p.length != theta.length) {
                continue;
            }
            double s = 0;
            for (int i = 0; i < p.length; i++) {
                double d = theta[i] - p[i];
                s += d * d;
            }
            double d = Math.sqrt(s);
            if (Double.isFinite(d) && (Double.isNaN(best) || d < best)) {
                best = d;
            }
        }
        return best;
    }

    /**
     * {@link #distance} that also measures a finite θ so far out that the sum of squares overflows (θ = 1e200 after a
     * blow-up): the differences are scaled by the largest before squaring. NaN when no minimum is known.
     */
    static double farDistance(double[] theta, List<Minimum> minima) {
        double best = Double.NaN;
        for (Minimum m : minima) {
            double[] p = m.point();
            if (p.length != theta.length) {
                continue;
            }
            double scale = 0;
            for (int i = 0; i < p.length; i++) {
                scale = Math.max(scale, Math.abs(theta[i] - p[i]));
            }
            if (!Double.isFinite(scale)) {
                continue;
            }
            double s = 0;
            for (int i = 0; scale > 0 && i < p.length; i++) {
                double d = (theta[i] - p[i]) / scale;
                s += d * d;
            }
            double d = scale * Math.sqrt(s);
            if (Double.isFinite(d) && (Double.isNaN(best) || d < best)) {
                best = d;
            }
        }
        return best;
    }

    boolean finished() {
        return status != Status.RUNNING;
    }
}
