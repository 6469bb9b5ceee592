package org.gdplayground.engine.optimizer;

import java.util.function.BiConsumer;
import java.util.function.ToDoubleFunction;

/**
 * What a rule may ask of the objective beyond the gradient it is handed: f and ∇f at other points. L-BFGS's
 * strong-Wolfe line search evaluates both along its direction; Newton asks for the exact Hessian. The run
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

    /**
     * The exact Hessian ∇²f(θ), row by row, into {@code out} (n² values). The run hands the objective's exact
     * second derivatives ({@code Objective#hessian}); a probe made without them ({@link #of(ToDoubleFunction,
     * BiConsumer)}, tests only) falls back to central differences of its gradient.
     */
    void hessian(double[] theta, double[] out);

    /** A probe with the objective's exact Hessian. */
    static Probe of(ToDoubleFunction<double[]> value, BiConsumer<double[], double[]> gradient,
            BiConsumer<double[], double[]> hessian) {
        return new Probe() {
            @Override
            public double value(double[] theta) {
                return value.applyAsDouble(theta);
            }

            @Override
            public void gradient(double[] theta, double[] out) {
                gradient.accept(theta, out);
            }

            @Override
            public void hessian(double[] theta, double[] out) {
                hessian.accept(theta, out);
            }
        };
    }

    /**
     * A probe without known second derivatives: its Hessian is central differences of {@code gradient} (step
     * 1e-5·max(1, |θᵢ|), symmetrised; allocates). For tests of first-order rules; runs use the exact one.
     */
    static Probe of(ToDoubleFunction<double[]> value, BiConsumer<double[], double[]> gradient) {
        return of(value, gradient, (theta, out) -> {
            int n = theta.length;
            double[] x = theta.clone();
            double[] gp = new double[n];
            double[] gm = new double[n];
            for (int i = 0; i < n; i++) {
                double s = 1e-5 * Math.max(1, Math.abs(theta[i]));
                x[i] = theta[i] + s;
                gradient.accept(x, gp);
                x[i] = theta[i] - s;
                gradient.accept(x, gm);
                x[i] = theta[i];
                for (int j = 0; j < n; j++) {
                    out[i * n + j] = (gp[j] - gm[j]) / (2 * s);
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double m = 0.5 * (out[i * n + j] + out[j * n + i]);
                    out[i * n + j] = m;
                    out[j * n + i] = m;
                }
            }
        });
    }
}
