package org.gdplayground.engine.optimizer;

import java.util.function.BiConsumer;
import java.util.function.ToDoubleFunction;

/**
 * What a rule may ask of the objective beyond the gradient it is handed: f and ∇f at other points. L-BFGS's
 * strong-Wolfe line search evaluates both along its direction; Newton differentiates ∇f to get its Hessian. The run
 * attaches one to a stepper whose {@link Stepper#needsProbe()} is true; it evaluates the full objective with the
 * run's gradient mode (analytic, central or forward), also when the run uses mini-batches.
 *
 * <p>Implementations must not allocate per call (the run loop calls them inside a step).
 */
public interface Probe {

    /** f(θ) on the full objective. */
    double value(double[] theta);

    /** ∇f(θ) on the full objective into {@code out}, per the run's gradient mode. */
    void gradient(double[] theta, double[] out);

    static Probe of(ToDoubleFunction<double[]> value, BiConsumer<double[], double[]> gradient) {
        return new Probe() {
            @Override
            public double value(double[] theta) {
                return value.applyAsDouble(theta);
            }

            @Override
            public void gradient(double[] theta, double[] out) {
                gradient.accept(theta, out);
            }
        };
    }
}
