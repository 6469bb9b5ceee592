package org.gdplayground.engine.analysis;

import org.gdplayground.engine.function.Objective;

/**
 * A learning rate plain gradient descent can start with safely, computed from the objective itself: 0.9 × 2/L,
 * L the largest eigenvalue of the exact Hessian at θ (for a data problem's mean squared error, the least-squares
 * Hessian, the same everywhere), rounded down to a "nice" 5, 2 or 1 × 10ᵉ. On a quadratic, gradient descent is stable
 * exactly when lr &lt; 2/L, so this start does not blow up (an uploaded CSV whose 2/L is 0.0255 starts at 0.02, not at
 * a fixed 0.1 where the loss reaches 8e170).
 *
 * @param lr       the start learning rate; NaN when L ≤ 0 or not finite (no such bound)
 * @param twoOverL 2/L; NaN likewise
 */
public record StableStart(double lr, double twoOverL) {

    /** The fraction of 2/L kept before rounding down. */
    public static final double MARGIN = 0.9;

    /** The stable start for {@code f} at {@code theta}. */
    public static StableStart of(Objective f, double[] theta) {
        double[] eig = Eigen.symmetric(Hessians.at(f, theta));
        double l = Double.NEGATIVE_INFINITY;
        for (double e : eig) {
            l = Math.max(l, e);
        }
        if (!(l > 0) || !Double.isFinite(l)) {
            return new StableStart(Double.NaN, Double.NaN);
        }
        return new StableStart(niceFloor(MARGIN * 2 / l), 2 / l);
    }

    /** The largest 5, 2 or 1 × 10ᵉ at or below {@code v} (v &gt; 0). */
    static double niceFloor(double v) {
        int e = (int) Math.floor(Math.log10(v));
        for (int k = 0; k < 2; k++, e--) {
            for (int m : new int[] {5, 2, 1}) {
                double c = Double.parseDouble(m + "e" + e);
                if (c <= v) {
                    return c;
                }
            }
        }
        return v;
    }
}
