package org.gdplayground.engine.analysis;

import java.util.Locale;
import org.gdplayground.engine.function.Objective;
import org.jspecify.annotations.Nullable;

/**
 * The stability picture at a point θ (d2l.ai's optimization chapter, Distill's "Why Momentum Really Works"): the
 * Hessian H, its eigenvalues, the condition number |λ|max / |λ|min, the curvature L = |λ|max and the largest stable
 * plain-GD step 2/L. On a quadratic with Hessian H, plain gradient descent θ ← θ − γ·∇f multiplies the error along the
 * eigenvector of λ by (1 − γλ) each step, so it converges exactly when γ &lt; 2/L; near θ every smooth function looks
 * like that quadratic.
 *
 * <p>An eigenvalue counts as zero when |λ| ≤ {@value #RELATIVE_ZERO}·max(1, L) (finite-difference Hessians carry
 * rounding error far below that).
 *
 * @param at              the point θ (a copy)
 * @param hessian         ∇²f(θ), rows
 * @param eigenvalues     its eigenvalues, ascending
 * @param conditionNumber |λ|max / |λ|min; null when an eigenvalue is zero
 * @param curvature       L = the largest absolute eigenvalue
 * @param criticalLr      2/L, the largest stable plain-GD learning rate on the local quadratic; null when L is zero
 * @param kind            the shape of the local quadratic: minimum (curves up in every direction it curves),
 *                        maximum, saddle (both), flat (no curvature)
 */
public record Insight(double[] at, double[][] hessian, double[] eigenvalues, @Nullable Double conditionNumber,
        double curvature, @Nullable Double criticalLr, Kind kind) {

    /** Relative size below which an eigenvalue is taken as zero. */
    public static final double RELATIVE_ZERO = 1e-9;

    /** The shape of the local quadratic model. */
    public enum Kind {
        /** Every non-zero eigenvalue is positive (and there is one): the bowl curves upward. */
        MINIMUM,
        /** Every non-zero eigenvalue is negative: a cap. */
        MAXIMUM,
        /** Eigenvalues of both signs: up in one direction, down in another. */
        SADDLE,
        /** All eigenvalues are zero: no curvature to speak of. */
        FLAT;

        /** The lower-case key used by the API, e.g. {@code "saddle"}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Insight {
        at = at.clone();
        double[][] copy = new double[hessian.length][];
        for (int i = 0; i < hessian.length; i++) {
            copy[i] = hessian[i].clone();
        }
        hessian = copy;
        eigenvalues = eigenvalues.clone();
    }

    /**
     * The stability picture of {@code f} at {@code at}.
     *
     * @throws IllegalArgumentException when θ has the wrong length or a non-finite entry
     */
    public static Insight of(Objective f, double[] at) {
        GradientCheck.requirePoint(f, at);
        return of(at, Hessians.at(f, at.clone()));
    }

    /** The stability picture of a given symmetric Hessian. */
    public static Insight of(double[] at, double[][] hessian) {
        double[] eig = Eigen.symmetric(hessian);
        double l = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (double v : eig) {
            l = Math.max(l, Math.abs(v));
            smallest = Math.min(smallest, Math.abs(v));
        }
        if (Double.isNaN(eig[0])) {
            return new Insight(at, hessian, eig, null, Double.NaN, null, Kind.FLAT);
        }
        double zero = RELATIVE_ZERO * Math.max(1, l);
        boolean up = false;
        boolean down = false;
        for (double v : eig) {
            up |= v > zero;
            down |= v < -zero;
        }
        Kind kind = up && down ? Kind.SADDLE : up ? Kind.MINIMUM : down ? Kind.MAXIMUM : Kind.FLAT;
        Double condition = smallest > zero ? l / smallest : null;
        Double critical = l > zero ? 2 / l : null;
        return new Insight(at, hessian, eig, condition, l, critical, kind);
    }

    /**
     * How plain gradient descent with learning rate γ fares on the local quadratic: the largest |1 − γλ| over the
     * eigenvalues (below 1: it shrinks the error; above 1: it diverges along the steepest direction).
     */
    public double contraction(double lr) {
        double worst = 0;
        for (double v : eigenvalues) {
            worst = Math.max(worst, Math.abs(1 - lr * v));
        }
        return worst;
    }
}
