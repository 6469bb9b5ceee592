package org.gdplayground.engine.function;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/** Ordinary least squares by QR decomposition of the design matrix. */
final class LeastSquares {

    private LeastSquares() {
    }

    /** θ minimising Σ (x·w (+ b) − y)²; rank-deficient systems get QR's least-squares solution. */
    static double[] solve(double[][] x, double[] y, boolean intercept) {
        int n = x.length;
        int d = x[0].length;
        int p = d + (intercept ? 1 : 0);
        RealMatrix a = new Array2DRowRealMatrix(n, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                a.setEntry(i, j, x[i][j]);
            }
            if (intercept) {
                a.setEntry(i, d, 1.0);
            }
        }
        return new QRDecomposition(a, 1e-12).getSolver().solve(new ArrayRealVector(y, false)).toArray();
    }
}
