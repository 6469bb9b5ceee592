package org.gdplayground.engine.analysis;

import org.gdplayground.engine.function.Booth;
import org.gdplayground.engine.function.Ellipse;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.RegressionProblem;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.engine.function.Saddle;
import org.gdplayground.engine.function.Sphere;
import org.gdplayground.engine.function.TextbookQuadratic;

/**
 * The Hessian ∇²f(θ): hand-derived where it is cheap (the quadratics, Rosenbrock, and the full-batch MSE of a data
 * problem, (2/m)·Σ x̃ x̃ᵀ with x̃ = [x, 1] when there is an intercept), otherwise central differences of the exact
 * gradient, H[i][·] = (∇f(θ + s·eᵢ) − ∇f(θ − s·eᵢ)) / 2s with s = 10⁻⁵·max(1, |θᵢ|), symmetrised.
 */
public final class Hessians {

    private Hessians() {
    }

    /** ∇²f(θ), a fresh n×n symmetric matrix. */
    public static double[][] at(Objective f, double[] theta) {
        return switch (f) {
            case Sphere s -> new double[][] {{2, 0}, {0, 2}};
            case Ellipse e -> new double[][] {{2, 0}, {0, 20}};
            case Saddle s -> new double[][] {{2, 0}, {0, -2}};
            case Booth b -> new double[][] {{10, 8}, {8, 10}};
            case TextbookQuadratic q -> new double[][] {{0.02}};
            case Rosenbrock r -> rosenbrock(theta[0], theta[1]);
            case RegressionProblem rp -> meanSquaredError(rp);
            default -> differences(f, theta);
        };
    }

    /** f = (1 − x)² + 100·(y − x²)²: [[2 − 400·(y − 3x²), −400x], [−400x, 200]]. */
    static double[][] rosenbrock(double x, double y) {
        return new double[][] {{2 - 400 * (y - 3 * x * x), -400 * x}, {-400 * x, 200}};
    }

    /** The full-batch MSE's Hessian (2/m)·Σ x̃ x̃ᵀ; it does not depend on θ. */
    static double[][] meanSquaredError(RegressionProblem rp) {
        int n = rp.dimension();
        int d = rp.features();
        int m = rp.rows();
        double[][] h = new double[n][n];
        double[] row = new double[n];
        for (int r = 0; r < m; r++) {
            double[] x = rp.x(r);
            System.arraycopy(x, 0, row, 0, d);
            if (rp.intercept()) {
                row[d] = 1;
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    h[i][j] += row[i] * row[j];
                }
            }
        }
        for (double[] hr : h) {
            for (int j = 0; j < n; j++) {
                hr[j] *= 2.0 / m;
            }
        }
        return h;
    }

    /** Central differences of the exact gradient, symmetrised. */
    static double[][] differences(Objective f, double[] theta) {
        int n = f.dimension();
        double[] x = theta.clone();
        double[] gp = new double[n];
        double[] gm = new double[n];
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            double s = 1e-5 * Math.max(1, Math.abs(x[i]));
            double xi = x[i];
            x[i] = xi + s;
            f.gradient(x, gp);
            x[i] = xi - s;
            f.gradient(x, gm);
            x[i] = xi;
            for (int j = 0; j < n; j++) {
                h[i][j] = (gp[j] - gm[j]) / (2 * s);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = (h[i][j] + h[j][i]) / 2;
                h[i][j] = s;
                h[j][i] = s;
            }
        }
        return h;
    }
}
