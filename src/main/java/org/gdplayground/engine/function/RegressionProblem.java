package org.gdplayground.engine.function;

import java.util.List;
import java.util.Optional;

/**
 * Linear regression with mean-squared error on a small data set: prediction = x·w (+ b when {@code intercept}).
 * θ = [w₁ … w_d] or [w₁ … w_d, b].
 *
 * <p>loss(θ) = mean over the batch of (prediction − y)²; ∂loss/∂wⱼ = (2/m)·Σ (prediction − y)·xⱼ, ∂loss/∂b = (2/m)·Σ
 * (prediction − y). Batch methods take an index order and a half-open range [from, to) into it, so mini-batches and
 * per-sample SGD need no copying.
 *
 * <p>Instances are immutable; {@link #value}, {@link #gradient}, {@link #batchValue} and {@link #batchGradient}
 * allocate nothing.
 */
public final class RegressionProblem implements Objective, DataView {

    private final String id;
    private final String formula;
    private final double[][] x;
    private final double[] y;
    private final boolean intercept;
    private final Bounds bounds;
    private final double[] defaultStart;
    private final int[] identity;
    private final double[] optimum;
    private final double optimumLoss;

    /**
     * @param x rows of features (copied)
     * @param y targets (copied), one per row
     */
    public RegressionProblem(String id, String formula, double[][] x, double[] y, boolean intercept, Bounds bounds,
            double[] defaultStart) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same, non-zero number of rows");
        }
        this.id = id;
        this.formula = formula;
        this.x = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != x[0].length) {
                throw new IllegalArgumentException("every row of x must have " + x[0].length + " features");
            }
            this.x[i] = x[i].clone();
        }
        this.y = y.clone();
        this.intercept = intercept;
        this.bounds = bounds;
        this.identity = new int[x.length];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        if (defaultStart.length != dimension()) {
            throw new IllegalArgumentException("defaultStart must have " + dimension() + " values");
        }
        this.defaultStart = defaultStart.clone();
        this.optimum = LeastSquares.solve(this.x, this.y, intercept);
        this.optimumLoss = value(optimum);
    }

    /** Least squares on a linear model: the loss is a quadratic in the parameters. */
    @Override
    public boolean quadratic() {
        return true;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimension() {
        return x[0].length + (intercept ? 1 : 0);
    }

    /** Number of data rows. */
    public int rows() {
        return x.length;
    }

    /** Number of input features (the fan-in of the single linear unit). */
    public int features() {
        return x[0].length;
    }

    public boolean intercept() {
        return intercept;
    }

    /** Row i's features (a copy). */
    public double[] x(int row) {
        return x[row].clone();
    }

    /** Row i's target. */
    public double y(int row) {
        return y[row];
    }

    /** The model's prediction for row i at θ. */
    public double predict(double[] theta, int row) {
        double[] r = x[row];
        double p = intercept ? theta[r.length] : 0.0;
        for (int j = 0; j < r.length; j++) {
            p += r[j] * theta[j];
        }
        return p;
    }

    @Override
    public double value(double[] theta) {
        return batchValue(theta, identity, 0, identity.length);
    }

    @Override
    public void gradient(double[] theta, double[] out) {
        batchGradient(theta, identity, 0, identity.length, out);
    }

    /** The full-batch MSE's exact Hessian (2/m)·Σ x̃ x̃ᵀ with x̃ = [x, 1] when there is an intercept (θ-free). */
    @Override
    public void hessian(double[] theta, double[] out) {
        int n = dimension();
        int d = x[0].length;
        java.util.Arrays.fill(out, 0, n * n, 0);
        for (double[] r : x) {
            for (int i = 0; i < n; i++) {
                double ri = i < d ? r[i] : 1;
                for (int j = 0; j < n; j++) {
                    out[i * n + j] += ri * (j < d ? r[j] : 1);
                }
            }
        }
        double scale = 2.0 / x.length;
        for (int i = 0; i < n * n; i++) {
            out[i] *= scale;
        }
    }

    /** Mean squared error over rows {@code order[from..to)}. */
    public double batchValue(double[] theta, int[] order, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            double e = predict(theta, order[i]) - y[order[i]];
            sum += e * e;
        }
        return sum / (to - from);
    }

    /** Gradient of the mean squared error over rows {@code order[from..to)}, written into {@code out}. */
    public void batchGradient(double[] theta, int[] order, int from, int to, double[] out) {
        int d = x[0].length;
        for (int j = 0; j < out.length; j++) {
            out[j] = 0;
        }
        for (int i = from; i < to; i++) {
            int row = order[i];
            double e = predict(theta, row) - y[row];
            double[] r = x[row];
            for (int j = 0; j < d; j++) {
                out[j] += e * r[j];
            }
            if (intercept) {
                out[d] += e;
            }
        }
        double scale = 2.0 / (to - from);
        for (int j = 0; j < out.length; j++) {
            out[j] *= scale;
        }
    }

    /** The closed-form least-squares optimum (QR solve), for display beside a run. */
    public double[] leastSquaresOptimum() {
        return optimum.clone();
    }

    @Override
    public Optional<DataView> data() {
        return Optional.of(this);
    }

    @Override
    public String formula() {
        return formula;
    }

    @Override
    public Bounds bounds() {
        return bounds;
    }

    @Override
    public List<Minimum> minima() {
        return List.of(new Minimum(optimum, optimumLoss, true));
    }

    @Override
    public double[] defaultStart() {
        return defaultStart.clone();
    }

    @Override
    public String toString() {
        return "RegressionProblem[" + id + "]";
    }
}
