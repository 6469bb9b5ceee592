package org.gdplayground.engine.function;

/**
 * How the gradient used by an optimizer is obtained.
 *
 * <ul>
 *   <li>{@link Analytic}: exact (hand-derived for built-ins, automatic differentiation for a typed expression);</li>
 *   <li>{@link Central}: (f(θ + h·eᵢ) − f(θ − h·eᵢ)) / 2h — the seeds' {@code numerical_gradient}, h = 1e-4;</li>
 *   <li>{@link Forward}: (f(θ + h·eᵢ) − f(θ)) / h.</li>
 * </ul>
 */
public sealed interface GradientMode {

    /** The seeds' finite-difference step. */
    double DEFAULT_H = 1e-4;

    /** Stable key used in URLs and the API. */
    String key();

    /** Exact gradient. */
    record Analytic() implements GradientMode {
        @Override
        public String key() {
            return "analytic";
        }
    }

    /** Central difference with step h. */
    record Central(double h) implements GradientMode {
        public Central {
            requireStep(h);
        }

        @Override
        public String key() {
            return "central";
        }
    }

    /** Forward difference with step h. */
    record Forward(double h) implements GradientMode {
        public Forward {
            requireStep(h);
        }

        @Override
        public String key() {
            return "forward";
        }
    }

    private static void requireStep(double h) {
        if (!(h > 0) || !Double.isFinite(h) || h > 1) {
            throw new IllegalArgumentException("h must be in (0, 1], got " + h);
        }
    }
}
