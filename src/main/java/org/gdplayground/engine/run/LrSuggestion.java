package org.gdplayground.engine.run;

import java.util.HashMap;
import java.util.Map;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Optimizers;

/**
 * A learning rate the engine has checked: it re-runs the same scenario (surface, start, optimizer and its other
 * hyper-parameters, schedule, steps, batching, seed, stop rules) with candidate rates and keeps one only when that
 * run does what the suggestion promises.
 *
 * <ul>
 *   <li>For a {@link Diagnosis.Code#DIVERGING diverging} run: the "nice" rates below its lr (5, 2, 1 × 10ᵉ, largest
 *       first, at most {@value #TRIES} of them); the first whose run neither diverges (no non-finite value, not
 *       diagnosed diverging or unbounded) nor ends above its starting loss.</li>
 *   <li>For a {@link Diagnosis.Code#TOO_SLOW crawling} run, or one that ended on a
 *       {@link Diagnosis.Code#PLATEAU plateau}: the powers of ten above its lr (at most
 *       {@value #TRIES}); the first whose run ends in a minimum, else the one that ends lowest among those that
 *       halved the loss gap; the search stops at the first candidate that diverges.</li>
 * </ul>
 * No suggestion (NaN) when none passes, and none for runs longer than {@value #BUDGET} steps in all (the check
 * would cost more than the run). Deterministic: runs are bit-for-bit reproducible.
 */
public final class LrSuggestion {

    /** Candidates tried at most. */
    static final int TRIES = 12;
    /** Steps the check may take in all (candidates × steps). */
    static final long BUDGET = 400_000;

    private LrSuggestion() {
    }

    /** The checked suggestion for {@code scenario}, whose run was diagnosed {@code d}; NaN when none. */
    public static double find(Scenario scenario, Diagnosis d) {
        double lr = scenario.optimizer().lr();
        int tries = (int) Math.min(TRIES, BUDGET / Math.max(1, scenario.steps()));
        if (!(lr > 0) || !Double.isFinite(lr) || tries < 3) {
            return Double.NaN;
        }
        return switch (d.code()) {
            case DIVERGING -> smaller(scenario, lr, tries);
            case TOO_SLOW, PLATEAU -> larger(scenario, lr, tries);
            default -> Double.NaN;
        };
    }

    private static double smaller(Scenario scenario, double lr, int tries) {
        double c = niceBelow(lr);
        for (int i = 0; i < tries && c > 0; i++, c = niceBelow(c)) {
            Outcome o = run(scenario, c);
            if (o != null && o.stable() && !o.oscillating() && o.endLoss() < o.startLoss()) {
                return c;
            }
        }
        return Double.NaN;
    }

    private static double larger(Scenario scenario, double lr, int tries) {
        double c = Math.pow(10, Math.floor(Math.log10(lr) + 1e-9) + 1);
        double best = Double.NaN;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int i = 0; i < tries; i++, c *= 10) {
            c = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.0e", c)); // exactly 1e−k, not 1.0000001e−k
            Outcome o = run(scenario, c);
            if (o == null || !o.stable()) {
                break;
            }
            if (o.atMinimum()) {
                return c;
            }
            if (o.halved() && o.endLoss() < bestLoss) {
                bestLoss = o.endLoss();
                best = c;
            }
        }
        return best;
    }

    /** The largest of 5, 2, 1 × 10ᵉ strictly below {@code v}. */
    static double niceBelow(double v) {
        double e = Math.floor(Math.log10(v));
        for (int k = 0; k < 3; k++, e--) {
            for (int m : new int[] {5, 2, 1}) {
                double c = Double.parseDouble(m + "e" + (int) e);
                if (c < v * (1 - 1e-12)) {
                    return c;
                }
            }
        }
        return 0;
    }

    private record Outcome(boolean stable, boolean oscillating, double startLoss, double endLoss, boolean atMinimum, boolean halved) {
    }

    private static Outcome run(Scenario scenario, double lr) {
        Optimizer o;
        try {
            Map<String, Double> values = new HashMap<>(scenario.optimizer().values());
            values.put("lr", lr);
            o = Optimizers.create(scenario.optimizer().key(), values);
        } catch (RuntimeException e) {
            return null; // outside the optimizer's lr range
        }
        Run run = scenario.withOptimizer(o).withMaxRecords(2).start();
        run.runToEnd(() -> false);
        Diagnosis d = run.plainDiagnosis();
        double start = run.records().getFirst().loss();
        double end = run.latest().loss();
        boolean stable = run.status() != Status.DIVERGED && d.code() != Diagnosis.Code.DIVERGING
                && d.code() != Diagnosis.Code.UNBOUNDED;
        boolean atMin = d.code() == Diagnosis.Code.GLOBAL_MINIMUM || d.code() == Diagnosis.Code.LOCAL_MINIMUM;
        double floor = scenario.objective().minima().isEmpty() ? Math.min(0, start)
                : scenario.objective().minima().getFirst().value();
        boolean halved = end - floor <= 0.5 * (start - floor);
        return new Outcome(stable, d.code() == Diagnosis.Code.OSCILLATING, start, end, atMin, halved);
    }
}
