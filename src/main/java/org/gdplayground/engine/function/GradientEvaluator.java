package org.gdplayground.engine.function;

import org.jspecify.annotations.Nullable;

/**
 * Computes the gradient an optimizer uses, per {@link GradientMode}, on the full objective or on a mini-batch of a
 * {@link RegressionProblem}. Finite differences follow the seeds' {@code numerical_gradient}: perturb one coordinate
 * of a scratch copy, evaluate, restore.
 *
 * <p>Not thread-safe (owns a scratch vector); one per run. Allocation-free after construction.
 */
public final class GradientEvaluator {

    private final Objective objective;
    private final GradientMode mode;
    private final double[] scratch;

    public GradientEvaluator(Objective objective, GradientMode mode) {
        this.objective = objective;
        this.mode = mode;
        this.scratch = new double[objective.dimension()];
    }

    public Objective objective() {
        return objective;
    }

    public GradientMode mode() {
        return mode;
    }

    /** Gradient of the full objective at θ into {@code out}. */
    public void gradient(double[] theta, double[] out) {
        switch (mode) {
            case GradientMode.Analytic a -> objective.gradient(theta, out);
            case GradientMode.Central c -> central(theta, null, 0, 0, c.h(), out);
            case GradientMode.Forward f -> forward(theta, null, 0, 0, f.h(), out);
        }
    }

    /**
     * Gradient of the batch loss over rows {@code order[from..to)} into {@code out}. For a surface (no data) this is
     * the full gradient and the range is ignored.
     */
    public void batchGradient(double[] theta, int[] order, int from, int to, double[] out) {
        if (!(objective instanceof RegressionProblem)) {
            gradient(theta, out);
            return;
        }
        RegressionProblem rp = (RegressionProblem) objective;
        switch (mode) {
            case GradientMode.Analytic a -> rp.batchGradient(theta, order, from, to, out);
            case GradientMode.Central c -> central(theta, order, from, to, c.h(), out);
            case GradientMode.Forward f -> forward(theta, order, from, to, f.h(), out);
        }
    }

    /** The batch loss over rows {@code order[from..to)}; the full value for a surface. */
    public double batchValue(double[] theta, int[] order, int from, int to) {
        if (objective instanceof RegressionProblem rp) {
            return rp.batchValue(theta, order, from, to);
        }
        return objective.value(theta);
    }

    private double eval(double[] t, int @Nullable [] order, int from, int to) {
        return order == null ? objective.value(t) : ((RegressionProblem) objective).batchValue(t, order, from, to);
    }

    private void central(double[] theta, int @Nullable [] order, int from, int to, double h, double[] out) {
        System.arraycopy(theta, 0, scratch, 0, scratch.length);
        for (int i = 0; i < scratch.length; i++) {
            double tmp = scratch[i];
            scratch[i] = tmp + h;
            double fxh1 = eval(scratch, order, from, to);
            scratch[i] = tmp - h;
            double fxh2 = eval(scratch, order, from, to);
            out[i] = (fxh1 - fxh2) / (2 * h);
            scratch[i] = tmp;
        }
    }

    private void forward(double[] theta, int @Nullable [] order, int from, int to, double h, double[] out) {
        System.arraycopy(theta, 0, scratch, 0, scratch.length);
        double fx = eval(scratch, order, from, to);
        for (int i = 0; i < scratch.length; i++) {
            double tmp = scratch[i];
            scratch[i] = tmp + h;
            out[i] = (eval(scratch, order, from, to) - fx) / h;
            scratch[i] = tmp;
        }
    }
}
