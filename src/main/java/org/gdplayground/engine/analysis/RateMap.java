package org.gdplayground.engine.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;

/**
 * The convergence-rate map of momentum over (learning rate γ, momentum μ), as Distill's "Why Momentum Really Works"
 * draws it: how much the distance to the minimum shrinks per step.
 *
 * <p><b>Exact</b> on quadratic objectives (the quadratic surfaces and the full-batch linear-regression problems):
 * along a Hessian eigendirection with eigenvalue λ, the error x = θ − θ* and the momentum buffer b move by a 2×2
 * linear map, and the rate is that map's spectral radius, the largest over the eigenvalues:
 * <ul>
 *   <li>heavy ball as torch writes it (b ← μ·b + (1 − τ)·g, θ ← θ − γ·b): [[1 − γk, −γμ], [k, μ]], k = (1 − τ)·λ;</li>
 *   <li>Nesterov as torch writes it (b ← μ·b + g, θ ← θ − γ·(g + μ·b)): [[1 − γλ(1 + μ), −γμ²], [λ, μ]].</li>
 * </ul>
 * L2 weight decay w adds w to every λ. The rate is below 1 exactly where the run converges (for any start), and
 * ρᵗ is how fast. The map ignores the schedule (it is the rate at a constant lr).
 *
 * <p><b>Measured</b> elsewhere: the run (from the scenario's start, its steps) at every (γ, μ), and the rate
 * (‖θ_n − θ*‖ / ‖θ₀ − θ*‖)^(1/n) with θ* the known minimum nearest to where the run ended; +∞ when the run diverged.
 */
public final class RateMap {

    /** Exact or measured. */
    public enum Kind {
        EXACT("exact"), MEASURED("measured");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * A computed map.
     *
     * @param lrs         the learning rates, log-spaced, both ends included
     * @param betas       the momentum values, linear, both ends included
     * @param rates       rates[j][i] for β = betas[j], lr = lrs[i]
     * @param kind        exact (spectral radius) or measured (contraction of ‖θ − θ*‖ per step)
     * @param eigenvalues the Hessian's eigenvalues used (exact maps; empty when measured)
     */
    public record Result(double[] lrs, double[] betas, double[][] rates, Kind kind, double[] eigenvalues) {
    }

    private RateMap() {
    }

    /** True when the objective is quadratic, so the exact map applies (with full batches). */
    public static boolean isQuadratic(Objective f) {
        return f.quadratic();
    }

    /** Log-spaced values from {@code min} to {@code max}, both included ({@code n} ≥ 2). */
    public static double[] logSpaced(double min, double max, int n) {
        double[] v = new double[n];
        double a = Math.log(min);
        double b = Math.log(max);
        for (int i = 0; i < n; i++) {
            v[i] = i == 0 ? min : i == n - 1 ? max : Math.exp(a + (b - a) * i / (n - 1));
        }
        return v;
    }

    /** Linear values from {@code min} to {@code max}, both included ({@code n} ≥ 2). */
    public static double[] linear(double min, double max, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i == n - 1 ? max : min + (max - min) * i / (n - 1);
        }
        return v;
    }

    /**
     * The exact map for Hessian eigenvalues {@code eigenvalues}.
     *
     * @param nesterov    Nesterov (true) or heavy ball
     * @param dampening   τ (heavy ball only; 0 for Nesterov)
     * @param weightDecay L2 weight decay w
     */
    public static Result exact(double[] eigenvalues, boolean nesterov, double dampening, double weightDecay,
            double[] lrs, double[] betas) {
        double[][] rates = new double[betas.length][lrs.length];
        for (int j = 0; j < betas.length; j++) {
            for (int i = 0; i < lrs.length; i++) {
                double worst = 0;
                for (double lambda : eigenvalues) {
                    worst = Math.max(worst, radius(lambda + weightDecay, nesterov, dampening, lrs[i], betas[j]));
                }
                rates[j][i] = worst;
            }
        }
        return new Result(lrs.clone(), betas.clone(), rates, Kind.EXACT, eigenvalues.clone());
    }

    /** The exact map of a quadratic objective (its Hessian is the same everywhere). */
    public static Result exact(Objective f, boolean nesterov, double dampening, double weightDecay, double[] lrs,
            double[] betas) {
        double[] eigenvalues = Eigen.symmetric(Hessians.at(f, f.defaultStart()));
        return exact(eigenvalues, nesterov, dampening, weightDecay, lrs, betas);
    }

    /** The spectral radius of the 2×2 iteration matrix along one eigendirection with eigenvalue λ. */
    public static double radius(double lambda, boolean nesterov, double dampening, double lr, double mu) {
        double a;
        double b;
        double c;
        double d = mu;
        if (nesterov) {
            a = 1 - lr * lambda * (1 + mu);
            b = -lr * mu * mu;
            c = lambda;
        } else {
            double k = (1 - dampening) * lambda;
            a = 1 - lr * k;
            b = -lr * mu;
            c = k;
        }
        double half = (a + d) / 2;
        double det = a * d - b * c;
        double disc = half * half - det;
        if (disc >= 0) {
            return Math.abs(half) + Math.sqrt(disc);
        }
        return Math.sqrt(det);
    }

    /**
     * The measured map: {@code base} (its objective, start, steps, gradient mode, batching and seed) run with
     * {@code opt} (momentum or nesterov, its other hyper-parameters in {@code hyper}) at every (lr, μ).
     */
    public static Result measured(Scenario base, String opt, Map<String, Double> hyper, double[] lrs,
            double[] betas) {
        Objective f = base.objective();
        List<Minimum> minima = f.minima();
        if (minima.isEmpty()) {
            throw new IllegalArgumentException("a measured rate needs a known minimum of " + f.id());
        }
        double[][] rates = new double[betas.length][lrs.length];
        Map<String, Double> values = new HashMap<>(hyper);
        for (int j = 0; j < betas.length; j++) {
            for (int i = 0; i < lrs.length; i++) {
                values.put("lr", lrs[i]);
                values.put("momentum", betas[j]);
                Scenario s = base.withOptimizer(Optimizers.create(opt, values)).withStopRules(List.of())
                        .withMaxRecords(2);
                Run run = s.start();
                double[] start = run.latest().theta();
                run.runToEnd(() -> false);
                double[] end = run.latest().theta();
                int n = run.stepsTaken();
                rates[j][i] = contraction(start, end, n, minima, run.status().name().equals("DIVERGED"));
            }
        }
        return new Result(lrs.clone(), betas.clone(), rates, Kind.MEASURED, new double[0]);
    }

    private static double contraction(double[] start, double[] end, int n, List<Minimum> minima, boolean diverged) {
        for (double v : end) {
            if (!Double.isFinite(v)) {
                return Double.POSITIVE_INFINITY;
            }
        }
        if (diverged) {
            return Double.POSITIVE_INFINITY;
        }
        double[] target = minima.getFirst().point();
        double best = Double.POSITIVE_INFINITY;
        for (Minimum m : minima) {
            double d = distance(end, m.point());
            if (d < best) {
                best = d;
                target = m.point();
            }
        }
        double d0 = distance(start, target);
        if (d0 == 0 || n == 0) {
            return 0;
        }
        if (best == 0) {
            return 0;
        }
        return Math.exp(Math.log(best / d0) / n);
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
