package org.gdplayground.engine.function;

import java.util.List;

/**
 * Booth's function f(x, y) = (x + 2y − 7)² + (2x + y − 5)²; global minimum 0 at (1, 3). A quadratic bowl whose Hessian
 * [[10, 8], [8, 10]] has eigenvalues 18 and 2 (condition number 9), so plain descent with
 * γ above 1/18 zig-zags across the diagonal.
 * Source: the benchmark collection of M. Jamil and X.-S. Yang, "A literature survey of benchmark functions for global
 * optimization problems", Int. J. Math. Modelling and Numerical Optimisation 4(2), 2013.
 *
 * <p>∂f/∂x = 2·(x + 2y − 7) + 4·(2x + y − 5), ∂f/∂y = 4·(x + 2y − 7) + 2·(2x + y − 5).
 */
public record Booth() implements Surface {

    @Override
    public String id() {
        return "booth";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] t) {
        double a = t[0] + 2 * t[1] - 7;
        double b = 2 * t[0] + t[1] - 5;
        return a * a + b * b;
    }

    @Override
    public void gradient(double[] t, double[] out) {
        double a = t[0] + 2 * t[1] - 7;
        double b = 2 * t[0] + t[1] - 5;
        out[0] = 2 * a + 4 * b;
        out[1] = 4 * a + 2 * b;
    }

    @Override
    public void hessian(double[] t, double[] out) {
        out[0] = 10;
        out[1] = 8;
        out[2] = 8;
        out[3] = 10;
    }

    @Override
    public String expression() {
        return "(x+2*y-7)^2+(2*x+y-5)^2";
    }

    @Override
    public boolean quadratic() {
        return true;
    }

    @Override
    public String formula() {
        return "(x + 2y − 7)² + (2x + y − 5)²";
    }

    @Override
    public Bounds bounds() {
        return new Bounds(-10, 10, -10, 10);
    }

    @Override
    public List<Minimum> minima() {
        return List.of(new Minimum(new double[] {1, 3}, 0, true));
    }

    @Override
    public double[] defaultStart() {
        return new double[] {-6, 8};
    }
}
