package org.gdplayground.engine.simplenet;

import java.util.Arrays;

/**
 * simpleNet at one W: the scores z = x·W, the probabilities y = softmax(z), the loss, and dW both numerically
 * (central differences, h = 1e-4) and analytically (xᵀ(y − t)). Matrices are row-major 2×3. Immutable.
 */
public record Evaluation(double[] w, double[] z, double[] y, double loss, double[] dWNumerical,
        double[] dWAnalytic) {

    public Evaluation {
        w = w.clone();
        z = z.clone();
        y = y.clone();
        dWNumerical = dWNumerical.clone();
        dWAnalytic = dWAnalytic.clone();
    }

    @Override
    public double[] w() {
        return w.clone();
    }

    @Override
    public double[] z() {
        return z.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public double[] dWNumerical() {
        return dWNumerical.clone();
    }

    @Override
    public double[] dWAnalytic() {
        return dWAnalytic.clone();
    }

    /** The largest |numerical − analytic| over the six entries. */
    public double maxGradientDifference() {
        double m = 0;
        for (int i = 0; i < dWNumerical.length; i++) {
            m = Math.max(m, Math.abs(dWNumerical[i] - dWAnalytic[i]));
        }
        return m;
    }

    /** The class with the largest probability (the first on a tie), as np.argmax. */
    public int predicted() {
        int best = 0;
        for (int j = 1; j < y.length; j++) {
            if (y[j] > y[best]) {
                best = j;
            }
        }
        return best;
    }

    /** A row-major matrix as rows, e.g. for JSON: {@code rows(dWAnalytic(), 3)}. */
    public static double[][] rows(double[] m, int cols) {
        double[][] r = new double[m.length / cols][cols];
        for (int i = 0; i < r.length; i++) {
            System.arraycopy(m, i * cols, r[i], 0, cols);
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation e && Arrays.equals(w, e.w) && Arrays.equals(z, e.z) && Arrays.equals(y, e.y)
                && Double.compare(loss, e.loss) == 0 && Arrays.equals(dWNumerical, e.dWNumerical)
                && Arrays.equals(dWAnalytic, e.dWAnalytic);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w) * 31 + Double.hashCode(loss);
    }

    @Override
    public String toString() {
        return "Evaluation[w=" + Arrays.toString(w) + ", z=" + Arrays.toString(z) + ", y=" + Arrays.toString(y)
                + ", loss=" + loss + ", dWNumerical=" + Arrays.toString(dWNumerical) + ", dWAnalytic="
                + Arrays.toString(dWAnalytic) + "]";
    }
}
