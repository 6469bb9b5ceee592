package org.gdplayground.engine.analysis;

import java.util.List;
import java.util.Optional;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.StepRecord;

/**
 * The loss of a quadratic split along the Hessian's eigendirections, as Distill's "Why Momentum Really Works" draws
 * it. On a quadratic with Hessian H = Σ λᵢ·qᵢqᵢᵀ (λᵢ &gt; 0, qᵢ orthonormal) and minimum θ*,
 * <pre>  L(θ) − L(θ*) = Σᵢ ½·λᵢ·(qᵢᵀ(θ − θ*))²</pre>
 * exactly, and gradient descent moves each term on its own: the error along qᵢ shrinks by (1 − γλᵢ) per step, so the
 * steep directions (large λ) settle first and the flat ones (small λ) last — or, when γ &gt; 2/λᵢ, the steep ones
 * diverge. Momentum changes each direction's factor the same way ({@link RateMap#radius}).
 *
 * <p>θ* is found from the objective itself, not from its list of known minima: one Newton step from the default
 * start, θ* = θ₀ − H⁻¹∇L(θ₀), which is exact on a quadratic (up to rounding), so the terms sum to L(θ) − L(θ*) to
 * rounding for the built-in quadratics and the linear-regression data problems alike.
 *
 * @param eigenvalues λᵢ, ascending (the flattest direction first)
 * @param directions  qᵢ, unit and mutually orthogonal, in the same order
 * @param minimum     θ*
 * @param minLoss     L(θ*)
 */
public record EigenLoss(double[] eigenvalues, double[][] directions, double[] minimum, double minLoss) {

    /** Why there is no split for an objective. */
    public enum Absent {
        /** The objective is not a quadratic (its Hessian changes from point to point). */
        NOT_QUADRATIC,
        /** A quadratic without a minimum (an eigenvalue ≤ 0: the saddle) or with a flat valley of minima. */
        NO_MINIMUM
    }

    /** The split for {@code f}, or why there is none. */
    public record Result(Optional<EigenLoss> split, Optional<Absent> absent) {
    }

    /** Eigenvalues below this fraction of the largest count as zero (a flat valley: θ* is not unique). */
    static final double FLAT = 1e-12;

    /** The split for a quadratic with a unique minimum; otherwise why not. */
    public static Result of(Objective f) {
        if (!f.quadratic()) {
            return new Result(Optional.empty(), Optional.of(Absent.NOT_QUADRATIC));
        }
        double[] start = f.defaultStart();
        double[][] h = Hessians.at(f, start);
        for (double[] row : h) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return new Result(Optional.empty(), Optional.of(Absent.NO_MINIMUM));
                }
            }
        }
        Eigen.Decomposition d = Eigen.decompose(h);
        double[] lambda = d.values();
        int n = lambda.length;
        double largest = Math.abs(lambda[n - 1]);
        if (!(lambda[0] > FLAT * largest)) {
            return new Result(Optional.empty(), Optional.of(Absent.NO_MINIMUM));
        }
        double[] g = new double[n];
        f.gradient(start, g);
        // θ* = θ₀ − H⁻¹g = θ₀ − Σ qᵢ (qᵢᵀg) / λᵢ
        double[] minimum = start.clone();
        for (int i = 0; i < n; i++) {
            double c = dot(d.vectors()[i], g) / lambda[i];
            for (int k = 0; k < n; k++) {
                minimum[k] -= c * d.vectors()[i][k];
            }
        }
        EigenLoss split = new EigenLoss(lambda, d.vectors(), minimum, f.value(minimum));
        return new Result(Optional.of(split), Optional.empty());
    }

    /** Number of directions (the objective's dimension). */
    public int size() {
        return eigenvalues.length;
    }

    /** The terms ½·λᵢ·(qᵢᵀ(θ − θ*))² at θ, one per direction, in eigenvalue order; they sum to L(θ) − L(θ*). */
    public double[] terms(double[] theta) {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = term(i, theta);
        }
        return out;
    }

    /** The term of direction {@code i} at θ. */
    public double term(int i, double[] theta) {
        double[] q = directions[i];
        double c = 0;
        for (int k = 0; k < q.length; k++) {
            c += q[k] * (theta[k] - minimum[k]);
        }
        return 0.5 * eigenvalues[i] * c * c;
    }

    /**
     * Direction {@code i}'s term over a run's records: {@code [steps, terms]}, at most {@code maxPoints} of them
     * (every record when there are fewer; otherwise evenly spaced, the first and last always kept).
     */
    public double[][] curve(int i, List<StepRecord> records, int maxPoints) {
        int m = records.size();
        int count = Math.min(m, Math.max(2, maxPoints));
        double[] steps = new double[count];
        double[] terms = new double[count];
        double[] theta = new double[size()];
        for (int j = 0; j < count; j++) {
            int r = count == m ? j : (int) Math.round((double) j * (m - 1) / (count - 1));
            StepRecord rec = records.get(r);
            for (int k = 0; k < theta.length; k++) {
                theta[k] = rec.theta(k);
            }
            steps[j] = rec.k();
            terms[j] = term(i, theta);
        }
        return new double[][] {steps, terms};
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
