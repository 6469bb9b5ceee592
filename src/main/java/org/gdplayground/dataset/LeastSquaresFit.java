package org.gdplayground.dataset;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.gdplayground.dataset.CsvProblem.Code;

/**
 * The closed-form least-squares fit of y ≈ x·w + b: QR decomposition of the design matrix [1, x₁ … x_d] with every
 * column scaled to unit length first, so that the test for a column that adds nothing (a constant column, a copy or
 * a combination of earlier ones) does not depend on the data's units. Solving by QR avoids forming XᵀX, whose
 * condition number is the square of X's.
 */
public final class LeastSquaresFit {

    /** A scaled column whose distance from the span of the columns before it is below this adds nothing. */
    static final double RANK_TOLERANCE = 1e-9;

    private LeastSquaresFit() {
    }

    /**
     * The least-squares weights in column order, then the intercept.
     *
     * @throws CsvProblem when there are fewer rows than unknowns, or a column is constant or collinear
     */
    public static double[] fit(ParsedData data) throws CsvProblem {
        int n = data.rows();
        int d = data.features();
        int p = d + 1;
        if (n < p) {
            throw CsvProblem.file(Code.TOO_FEW_ROWS, Integer.toString(p), Integer.toString(n), Integer.toString(d));
        }
        double[][] x = data.x();
        double[] scale = new double[p];
        RealMatrix a = new Array2DRowRealMatrix(n, p);
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                double v = j == 0 ? 1.0 : x[i][j - 1];
                s += v * v;
            }
            scale[j] = Math.sqrt(s);
            for (int i = 0; i < n; i++) {
                double v = j == 0 ? 1.0 : x[i][j - 1];
                a.setEntry(i, j, scale[j] == 0 ? 0 : v / scale[j]);
            }
        }
        QRDecomposition qr = new QRDecomposition(a, 0);
        RealMatrix r = qr.getR();
        for (int j = 1; j < p; j++) {
            if (scale[j] == 0 || Math.abs(r.getEntry(j, j)) < RANK_TOLERANCE) {
                String name = data.names().get(j - 1);
                throw new CsvProblem(Code.COLLINEAR, 0, name, j, "");
            }
        }
        double[] z = qr.getSolver().solve(new ArrayRealVector(data.y(), false)).toArray();
        double[] theta = new double[p];
        for (int j = 0; j < d; j++) {
            theta[j] = z[j + 1] / scale[j + 1];
        }
        theta[d] = z[0] / scale[0];
        return theta;
    }
}
