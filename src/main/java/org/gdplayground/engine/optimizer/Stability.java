package org.gdplayground.engine.optimizer;

import org.jspecify.annotations.Nullable;

/**
 * An optimizer's critical learning rate on the local quadratic model f(θ) ≈ ½·L·θ² along the steepest direction
 * (L = the largest curvature, |λ|max of the Hessian), and a message key whose sentence says where the bound comes
 * from — or, for methods without one, why there is none.
 *
 * <p>The bounds (each checked by {@code StabilityTest} on f = ½·L·x² just below and just above it):
 * <ul>
 *   <li>plain gradient descent: x ← (1 − γL)·x converges iff γ &lt; 2/L;</li>
 *   <li>heavy-ball momentum (torch form, dampening τ): x_{t+1} = (1 + μ − γ(1−τ)L)·x_t − μ·x_{t−1}, whose roots lie
 *       inside the unit circle iff 0 &lt; γ(1−τ)L &lt; 2(1 + μ), so γ &lt; 2(1 + μ)/((1 − τ)L);</li>
 *   <li>Nesterov (torch form): the iteration matrix [[1 − γL(1+μ), −μ²], [γL, μ]] has trace 1 + μ − γL(1+μ) and
 *       determinant μ(1 − γL); an eigenvalue reaches −1 at γL = 2(1 + μ)/(1 + 2μ);</li>
 *   <li>Newton: x ← (1 − γ)·x whatever L is, so γ &lt; 2 (no L);</li>
 *   <li>adaptive and sign-based methods: their step is divided by a running size of g (or is γ·sign), so it does not
 *       scale with L and no lr bound of this form exists: {@link #none}.</li>
 * </ul>
 * L2 weight decay λ adds λ to every curvature, so the bounds that use L use L + λ.
 *
 * @param scale        the bound's numerator (2 for plain GD), or the bound itself when {@code perCurvature} is false;
 *                     null when there is no bound
 * @param perCurvature whether the bound is scale / (L + l2) (true) or scale alone (false: Newton)
 * @param l2           L2 weight decay added to the curvature
 * @param noteKey      message key of the sentence explaining the bound (or its absence)
 */
public record Stability(@Nullable Double scale, boolean perCurvature, double l2, String noteKey) {

    /** Message key of plain gradient descent's bound: {@link #plainDescent()}. */
    public static final String PLAIN = "stability.sgd";

    /** Plain gradient descent's 2/(L + l2): the bound whose 1/L and 2/L the stability text spells out. */
    public static Stability plainDescent(double l2) {
        return new Stability(2.0, true, l2, PLAIN);
    }

    /** Whether this is plain gradient descent's bound (each step multiplies the error by 1 − γL). */
    public boolean plainDescent() {
        return noteKey.equals(PLAIN);
    }

    /** A bound scale / (L + l2). */
    public static Stability perCurvature(double scale, double l2, String noteKey) {
        return new Stability(scale, true, l2, noteKey);
    }

    /** A bound that does not depend on L. */
    public static Stability fixed(double bound, String noteKey) {
        return new Stability(bound, false, 0, noteKey);
    }

    /** No bound of the form "γ below a number" on the local quadratic: {@code noteKey} says why. */
    public static Stability none(String noteKey) {
        return new Stability(null, false, 0, noteKey);
    }

    /** Whether there is a critical lr. */
    public boolean bounded() {
        return scale != null;
    }

    /**
     * The critical lr for largest curvature {@code curvature} (L &gt; 0): above it the optimizer diverges on the
     * local quadratic model. Null when this optimizer has no such bound or L is not a positive finite number.
     */
    public @Nullable Double criticalLr(double curvature) {
        Double s = scale;
        if (s == null || !(curvature > 0) || !Double.isFinite(curvature)) {
            return null;
        }
        return perCurvature ? s / (curvature + l2) : s;
    }
}
