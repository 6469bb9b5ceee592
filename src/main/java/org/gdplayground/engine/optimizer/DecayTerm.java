package org.gdplayground.engine.optimizer;

/**
 * c(t) = 1 − coef·base^(t·scale) for 0 ≤ base ≤ 1, scale ≥ 0, coef ≥ 0: Adam's bias corrections 1 − βᵗ and Nadam's
 * 1 − ½·0.96^(t·ψ). Evaluated with {@link Math#pow} until it rounds to exactly 1.0; from that t on it is 1.0 without
 * calling pow. This is exact, not an approximation: Math.pow is specified semi-monotonic, so base^(t·scale) can only
 * shrink as t grows and 1 − (anything smaller) also rounds to 1.0. For β2 = 0.999 that happens from t ≈ 37,400
 * (0.999ᵗ &lt; 2⁻⁵⁴), for β1 = 0.9 from t ≈ 355; it keeps two pow calls (~70 ns) out of long runs.
 *
 * <p>Mutable cache, owned by one stepper.
 */
final class DecayTerm {

    private final double coef;
    private final double base;
    private final double scale;
    /** The smallest t seen where c(t) rounded to 1.0. */
    private int onesFrom = Integer.MAX_VALUE;

    DecayTerm(double coef, double base, double scale) {
        this.coef = coef;
        this.base = base;
        this.scale = scale;
    }

    /** 1 − βᵗ. */
    static DecayTerm biasCorrection(double beta) {
        return new DecayTerm(1, beta, 1);
    }

    double at(int t) {
        if (t >= onesFrom) {
            return 1.0;
        }
        double c = 1 - coef * Math.pow(base, t * scale);
        if (c == 1.0) {
            onesFrom = t;
        }
        return c;
    }
}
