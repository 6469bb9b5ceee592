package org.gdplayground.engine.analysis;

import org.gdplayground.engine.function.Objective;

/** The Hessian ∇²f(θ) as a matrix: the objective's exact second derivatives ({@link Objective#hessian}). */
public final class Hessians {

    private Hessians() {
    }

    /** ∇²f(θ), a fresh n×n symmetric matrix. */
    public static double[][] at(Objective f, double[] theta) {
        int n = f.dimension();
        double[] flat = new double[n * n];
        f.hessian(theta, flat);
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * n, h[i], 0, n);
        }
        return h;
    }
}
