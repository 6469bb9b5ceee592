package org.gdplayground.engine.analysis;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Eigenvalues of a symmetric matrix, ascending: closed form for 1×1 and 2×2, cyclic Jacobi rotations beyond; and the
 * full decomposition (values with their unit eigenvectors) by Jacobi rotations for any size.
 */
public final class Eigen {

    /**
     * A symmetric matrix A = Q·diag(values)·Qᵀ.
     *
     * @param values  the eigenvalues, ascending
     * @param vectors vectors[i] is the unit eigenvector of values[i] (the rows of Qᵀ), mutually orthogonal
     */
    public record Decomposition(double[] values, double[][] vectors) {
    }

    private static final int MAX_SWEEPS = 100;

    private Eigen() {
    }

    /** The eigenvalues of the symmetric matrix {@code a} (not changed), ascending; NaNs when an entry is not finite. */
    public static double[] symmetric(double[][] a) {
        int n = a.length;
        for (double[] row : a) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    double[] nan = new double[n];
                    Arrays.fill(nan, Double.NaN);
                    return nan;
                }
            }
        }
        double[] out;
        if (n == 1) {
            out = new double[] {a[0][0]};
        } else if (n == 2) {
            double mean = (a[0][0] + a[1][1]) / 2;
            double half = (a[0][0] - a[1][1]) / 2;
            double r = Math.hypot(half, a[0][1]);
            out = new double[] {mean - r, mean + r};
        } else {
            out = jacobi(a);
        }
        Arrays.sort(out);
        return out;
    }

    /** The eigenvalues with their unit eigenvectors, ascending; the input must be finite (it is not changed). */
    public static Decomposition decompose(double[][] input) {
        int n = input.length;
        double[][] a = new double[n][];
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i] = input[i].clone();
            v[i][i] = 1;
        }
        rotate(a, v);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(a[p][p], a[q][q]));
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int i = 0; i < n; i++) {
            int c = order[i];
            values[i] = a[c][c];
            for (int k = 0; k < n; k++) {
                vectors[i][k] = v[k][c];
            }
        }
        return new Decomposition(values, vectors);
    }

    /** Cyclic Jacobi: rotate away each off-diagonal entry until they are negligible. */
    static double[] jacobi(double[][] input) {
        int n = input.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = input[i].clone();
        }
        rotate(a, null);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = a[i][i];
        }
        return d;
    }

    /** Rotates {@code a} towards diagonal in place; the rotations are accumulated into {@code v} (columns) if given. */
    private static void rotate(double[][] a, double @Nullable [][] v) {
        int n = a.length;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            double scale = 0;
            for (int i = 0; i < n; i++) {
                scale += a[i][i] * a[i][i];
                for (int j = i + 1; j < n; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off <= 1e-30 * Math.max(scale, Double.MIN_NORMAL)) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    if (v != null) {
                        for (int k = 0; k < n; k++) {
                            double vkp = v[k][p];
                            double vkq = v[k][q];
                            v[k][p] = c * vkp - s * vkq;
                            v[k][q] = s * vkp + c * vkq;
                        }
                    }
                }
            }
        }
    }
}
