package org.gdplayground.engine.simplenet;

import java.util.Arrays;
import java.util.Random;
import org.gdplayground.engine.InvalidParameterException;

/**
 * simpleNet of seed 002: an input x ∈ R², a one-hot label t ∈ {0, 1}³ and a weight matrix W ∈ R^{2×3}, stored
 * row-major as θ = (w₁₁, w₁₂, w₁₃, w₂₁, w₂₂, w₂₃) — the 6-parameter objective that training descends.
 *
 * <pre>
 *   z = x·W                       z_j = x₁·w₁ⱼ + x₂·w₂ⱼ
 *   y = softmax(z)                y_j = exp(z_j − max z) / Σ_k exp(z_k − max z)   (numerically stable)
 *   L = −Σ_j t_j·log(y_j + δ)     δ = 1e-7, exactly as the seed's cross_entropy_error writes it
 * </pre>
 *
 * Three gradients of L with respect to W (all 2×3, row-major):
 * <ul>
 *   <li>{@link #analyticGradient}: the textbook formula dW = xᵀ(y − t), what backpropagation computes and what the
 *       page shows as "analytic". It is the exact gradient of −Σ t·log(y), i.e. of L with δ = 0;</li>
 *   <li>{@link #exactGradient}: the exact gradient of L as written, δ included:
 *       ∂L/∂z_j = y_j·Σ_k r_k − r_j with r_k = t_k·y_k/(y_k + δ). It differs from xᵀ(y − t) by at most
 *       |x_i|·δ/(y_c + δ)·2 (c the labelled class): below 1e-6 unless y_c is tiny;</li>
 *   <li>{@link #numericalGradient}: central differences (L(w + h) − L(w − h)) / 2h with h = 1e-4, as the seed's
 *       numerical_gradient does; it approximates the exact gradient (error O(h²) plus rounding).</li>
 * </ul>
 * Immutable and thread-safe; {@link #loss} and the gradients allocate nothing.
 *
 * @param x the input (x₁, x₂), finite
 * @param t the one-hot label (three values 0 or 1, exactly one 1)
 */
public record SimpleNet(double[] x, double[] t) {

    /** The δ inside the log of the seed's cross_entropy_error: −Σ t·log(y + 1e-7). */
    public static final double DELTA = 1e-7;
    /** The seed's finite-difference step for central differences. */
    public static final double H = 1e-4;
    /** Rows of W (the input size). */
    public static final int ROWS = 2;
    /** Columns of W (the classes). */
    public static final int COLS = 3;
    /** Number of parameters: the entries of W. */
    public static final int SIZE = ROWS * COLS;

    /** The seed's input x = (0.6, 0.9). */
    public static final double[] SEED_X = {0.6, 0.9};
    /** The book's label t = (0, 0, 1). */
    public static final double[] SEED_T = {0, 0, 1};
    /**
     * The W whose numbers the book prints (Saito, ch. 4, gradient_simplenet.py, a run of np.random.randn(2, 3)); the
     * seed uses the same class and input but prints no numbers of its own.
     */
    public static final double[] BOOK_W = {0.47355232, 0.9977393, 0.84668094, 0.85557411, 0.03563661, 0.69422093};

    public SimpleNet {
        if (x.length != ROWS) {
            throw new InvalidParameterException("x", Arrays.toString(x), "2 numbers");
        }
        for (double v : x) {
            if (!Double.isFinite(v)) {
                throw new InvalidParameterException("x", v, "(-∞, ∞)");
            }
        }
        labelClass(t);
        x = x.clone();
        t = t.clone();
    }

    /** The seed's x = (0.6, 0.9) with label t = (0, 0, 1). */
    public static SimpleNet seed() {
        return new SimpleNet(SEED_X, SEED_T);
    }

    /** The one-hot label for class {@code c} (0, 1 or 2). */
    public static double[] oneHot(int c) {
        if (c < 0 || c >= COLS) {
            throw new InvalidParameterException("t", c, "[0, 2]");
        }
        double[] t = new double[COLS];
        t[c] = 1;
        return t;
    }

    /** The labelled class of a one-hot t; InvalidParameterException on field {@code t} when t is not one-hot. */
    public static int labelClass(double[] t) {
        int c = -1;
        int ones = 0;
        for (int j = 0; j < t.length; j++) {
            if (t[j] == 1) {
                c = j;
                ones++;
            } else if (t[j] != 0) {
                ones = -1;
                break;
            }
        }
        if (t.length != COLS || ones != 1) {
            throw new InvalidParameterException("t", Arrays.toString(t), "1,0,0 | 0,1,0 | 0,0,1");
        }
        return c;
    }

    /**
     * A W drawn like numpy's {@code np.random.randn(2, 3)}: six standard normal values, here from
     * {@link Random#nextGaussian()} seeded with {@code seed}, so the same seed gives the same W everywhere.
     */
    public static double[] randomW(long seed) {
        Random r = new Random(seed);
        double[] w = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            w[i] = r.nextGaussian();
        }
        return w;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] t() {
        return t.clone();
    }

    /** The labelled class (0, 1 or 2). */
    public int label() {
        return labelClass(t);
    }

    /** z_j = x₁·w₁ⱼ + x₂·w₂ⱼ. */
    double z(double[] w, int j) {
        return x[0] * w[j] + x[1] * w[COLS + j];
    }

    /** z = x·W into {@code out} (3 values). */
    public void scores(double[] w, double[] out) {
        check(w);
        for (int j = 0; j < COLS; j++) {
            out[j] = z(w, j);
        }
    }

    /** y = softmax(x·W) into {@code out} (3 values), computed with the largest z subtracted first. */
    public void probabilities(double[] w, double[] out) {
        check(w);
        double z0 = z(w, 0);
        double z1 = z(w, 1);
        double z2 = z(w, 2);
        double m = Math.max(z0, Math.max(z1, z2));
        double e0 = Math.exp(z0 - m);
        double e1 = Math.exp(z1 - m);
        double e2 = Math.exp(z2 - m);
        double s = e0 + e1 + e2;
        out[0] = e0 / s;
        out[1] = e1 / s;
        out[2] = e2 / s;
    }

    /** The loss L(W) = −Σ t_j·log(y_j + 1e-7). Allocates nothing. */
    public double loss(double[] w) {
        check(w);
        double z0 = z(w, 0);
        double z1 = z(w, 1);
        double z2 = z(w, 2);
        double m = Math.max(z0, Math.max(z1, z2));
        double e0 = Math.exp(z0 - m);
        double e1 = Math.exp(z1 - m);
        double e2 = Math.exp(z2 - m);
        double s = e0 + e1 + e2;
        return -(t[0] * Math.log(e0 / s + DELTA) + t[1] * Math.log(e1 / s + DELTA)
                + t[2] * Math.log(e2 / s + DELTA));
    }

    /** dW = xᵀ(y − t) into {@code out} (6 values, row-major): the textbook (backpropagation) gradient. */
    public void analyticGradient(double[] w, double[] out) {
        check(w);
        checkOut(out);
        double z0 = z(w, 0);
        double z1 = z(w, 1);
        double z2 = z(w, 2);
        double m = Math.max(z0, Math.max(z1, z2));
        double e0 = Math.exp(z0 - m);
        double e1 = Math.exp(z1 - m);
        double e2 = Math.exp(z2 - m);
        double s = e0 + e1 + e2;
        double d0 = e0 / s - t[0];
        double d1 = e1 / s - t[1];
        double d2 = e2 / s - t[2];
        for (int i = 0; i < ROWS; i++) {
            out[i * COLS] = x[i] * d0;
            out[i * COLS + 1] = x[i] * d1;
            out[i * COLS + 2] = x[i] * d2;
        }
    }

    /**
     * The exact Hessian of −Σ t·log(y) (the loss {@link #analyticGradient} differentiates) into {@code out} (36
     * values, row-major over W's row-major entries): H[(i,c),(j,d)] = xᵢ·xⱼ·(y_c·[c = d] − y_c·y_d). It is the
     * Kronecker product of x·xᵀ (rank 1) with the softmax's diag(y) − y·yᵀ (rank ≤ 2), so its rank is at most 2 of
     * 6: always singular, which is what Newton's method must say on simpleNet. Allocates nothing.
     */
    public void hessian(double[] w, double[] out) {
        check(w);
        double z0 = z(w, 0);
        double z1 = z(w, 1);
        double z2 = z(w, 2);
        double m = Math.max(z0, Math.max(z1, z2));
        double e0 = Math.exp(z0 - m);
        double e1 = Math.exp(z1 - m);
        double e2 = Math.exp(z2 - m);
        double s = e0 + e1 + e2;
        double y0 = e0 / s;
        double y1 = e1 / s;
        double y2 = e2 / s;
        for (int a = 0; a < SIZE; a++) {
            int i = a / COLS;
            int c = a % COLS;
            double yc = c == 0 ? y0 : c == 1 ? y1 : y2;
            for (int b = 0; b < SIZE; b++) {
                int j = b / COLS;
                int d = b % COLS;
                double yd = d == 0 ? y0 : d == 1 ? y1 : y2;
                out[a * SIZE + b] = x[i] * x[j] * ((c == d ? yc : 0) - yc * yd);
            }
        }
    }

    /** The exact gradient of L as written (δ = 1e-7 inside the log) into {@code out} (6 values, row-major). */
    public void exactGradient(double[] w, double[] out) {
        check(w);
        checkOut(out);
        double z0 = z(w, 0);
        double z1 = z(w, 1);
        double z2 = z(w, 2);
        double m = Math.max(z0, Math.max(z1, z2));
        double e0 = Math.exp(z0 - m);
        double e1 = Math.exp(z1 - m);
        double e2 = Math.exp(z2 - m);
        double s = e0 + e1 + e2;
        double y0 = e0 / s;
        double y1 = e1 / s;
        double y2 = e2 / s;
        double r0 = t[0] * y0 / (y0 + DELTA);
        double r1 = t[1] * y1 / (y1 + DELTA);
        double r2 = t[2] * y2 / (y2 + DELTA);
        double sr = r0 + r1 + r2;
        double d0 = y0 * sr - r0;
        double d1 = y1 * sr - r1;
        double d2 = y2 * sr - r2;
        for (int i = 0; i < ROWS; i++) {
            out[i * COLS] = x[i] * d0;
            out[i * COLS + 1] = x[i] * d1;
            out[i * COLS + 2] = x[i] * d2;
        }
    }

    /**
     * dW by central differences into {@code out}, as the seed's numerical_gradient: for each entry, w ± h in place,
     * (L(w + h) − L(w − h)) / 2h, then the entry restored to its exact old value. {@code w} is changed only while
     * this runs (so it is not safe to share {@code w} with another thread meanwhile). Allocates nothing.
     */
    public void numericalGradient(double[] w, double h, double[] out) {
        check(w);
        checkOut(out);
        if (!(h > 0) || !Double.isFinite(h)) {
            throw new InvalidParameterException("h", h, "(0, ∞)");
        }
        for (int i = 0; i < SIZE; i++) {
            double keep = w[i];
            w[i] = keep + h;
            double up = loss(w);
            w[i] = keep - h;
            double down = loss(w);
            w[i] = keep;
            out[i] = (up - down) / (2 * h);
        }
    }

    /** Everything the page and the API show for W (allocates: for display, not for the training loop). */
    public Evaluation evaluate(double[] w) {
        double[] copy = w.clone();
        double[] z = new double[COLS];
        double[] y = new double[COLS];
        double[] numerical = new double[SIZE];
        double[] analytic = new double[SIZE];
        scores(copy, z);
        probabilities(copy, y);
        numericalGradient(copy, H, numerical);
        analyticGradient(copy, analytic);
        return new Evaluation(copy, z, y, loss(copy), numerical, analytic);
    }

    private static void check(double[] w) {
        if (w.length != SIZE) {
            throw new IllegalArgumentException("W must have " + SIZE + " entries, got " + w.length);
        }
    }

    private static void checkOut(double[] out) {
        if (out.length != SIZE) {
            throw new IllegalArgumentException("dW must have " + SIZE + " entries, got " + out.length);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimpleNet(double[] ox, double[] ot) && Arrays.equals(x, ox) && Arrays.equals(t, ot);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(x) * 31 + Arrays.hashCode(t);
    }

    @Override
    public String toString() {
        return "SimpleNet[x=" + Arrays.toString(x) + ", t=" + Arrays.toString(t) + "]";
    }
}
