package org.gdplayground.api;

import java.util.ArrayList;
import java.util.List;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.RunResult;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepRecord;
import org.jspecify.annotations.Nullable;

/**
 * Runs an engine scenario for an API request on the calling thread, keeping exactly the records to return: for a
 * run that ends at step n and at most P points, the records k = round(i·n/(P − 1)), i = 0 … P − 1 (every step when
 * n + 1 ≤ P) — evenly spaced, first and last included. The work is bounded by the parser's limits (steps, expression
 * size); memory by P.
 *
 * <p>n is known in advance only when the run takes all its steps. When a stop rule or divergence ends it earlier,
 * the run is replayed (the engine is deterministic, bit for bit) to pick the records evenly over [0, n]; that costs
 * at most the time of the first run, and {@code engineNanos} reports the first run only.
 */
final class Runner {

    /** Records the engine itself keeps: the fewest it allows (the runner picks its own). */
    static final int ENGINE_RECORDS = 2;

    /**
     * A finished run.
     *
     * @param result   the engine's result (status, reason, steps, last record, engine time)
     * @param records  the records to return, evenly spaced, at most the requested points
     * @param bestLoss the lowest finite full loss over every step taken (NaN if none), when tracked
     */
    record Outcome(RunResult result, List<StepRecord> records, double bestLoss) {

        StepRecord last() {
            return result.last();
        }
    }

    private Runner() {
    }

    /**
     * Runs {@code scenario} to its end. With {@code trackBest} it steps one at a time to see every step's loss (for
     * {@link Outcome#bestLoss()}; each step then builds a record, outside the engine's timing); otherwise it advances
     * the engine from one kept step to the next, building only the records it keeps.
     */
    static Outcome run(Scenario scenario, int points, boolean trackBest) {
        int steps = scenario.steps();
        int p = count(steps, points);
        Run run = scenario.start();
        List<StepRecord> kept = new ArrayList<>(p);
        StepRecord start = run.latest();
        kept.add(start);
        double best = better(Double.NaN, start.loss());
        int i = 1;
        if (trackBest) {
            while (!run.finished()) {
                StepRecord r = run.step();
                best = better(best, r.loss());
                if (i < p && r.k() == target(i, steps, p)) {
                    kept.add(r);
                    i++;
                }
            }
        } else {
            while (!run.finished() && i < p) {
                int t = target(i, steps, p);
                run.advance(t - run.stepsTaken());
                if (run.stepsTaken() == t) {
                    kept.add(run.latest());
                    i++;
                }
            }
        }
        RunResult result = run.result();
        int n = result.steps();
        if (n < steps) {
            kept = replay(scenario, n, points);
        }
        return new Outcome(result, List.copyOf(kept), best);
    }

    /** The records of a run that ends at step n, evenly over [0, n], by running it again. */
    private static List<StepRecord> replay(Scenario scenario, int n, int points) {
        int p = count(n, points);
        Run run = scenario.start();
        List<StepRecord> kept = new ArrayList<>(p);
        kept.add(run.latest());
        for (int i = 1; i < p; i++) {
            int t = target(i, n, p);
            run.advance(t - run.stepsTaken());
            if (run.stepsTaken() != t) {
                throw new IllegalStateException("a replayed run ended at step " + run.stepsTaken()
                        + ", the first at " + n + ": the engine is not deterministic for " + scenario);
            }
            kept.add(run.latest());
        }
        return kept;
    }

    /** How many records a run of n steps returns: n + 1 (k = 0 … n), at most {@code points}. */
    static int count(int n, int points) {
        return (int) Math.min(n + 1L, Math.max(1, points));
    }

    /** The i-th of p evenly spaced steps in [0, n] (p − 1 ≤ n, so they are distinct): round(i·n/(p − 1)). */
    static int target(int i, int n, int p) {
        long parts = p - 1L;
        return (int) ((i * (long) n + parts / 2) / parts);
    }

    /** Euclidean distance from θ to the nearest known minimum of {@code objective}; null when it knows none. */
    static @Nullable Double distanceToNearestMinimum(Objective objective, double[] theta) {
        List<Minimum> minima = objective.minima();
        if (minima.isEmpty()) {
            return null;
        }
        double nearest = Double.POSITIVE_INFINITY;
        for (Minimum m : minima) {
            double[] point = m.point();
            double s = 0;
            for (int j = 0; j < point.length; j++) {
                double d = theta[j] - point[j];
                s += d * d;
            }
            nearest = Math.min(nearest, Math.sqrt(s));
        }
        return nearest;
    }

    private static double better(double best, double loss) {
        if (!Double.isFinite(loss)) {
            return best;
        }
        return Double.isNaN(best) || loss < best ? loss : best;
    }
}
