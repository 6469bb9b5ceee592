package org.gdplayground.engine.function;

import java.util.List;

/**
 * Himmelblau's function f(x, y) = (x² + y − 11)² + (x + y² − 7)², with four global minima, all of value 0.
 * Source: D. M. Himmelblau, <i>Applied Nonlinear Programming</i>, McGraw-Hill, 1972.
 *
 * <p>∂f/∂x = 4x·(x² + y − 11) + 2·(x + y² − 7), ∂f/∂y = 2·(x² + y − 11) + 4y·(x + y² − 7).
 * Minima: (3, 2) exactly, and three irrational ones (roots refined by Newton's method to 17 significant digits).
 * From the default start (0, 0) with γ = 0.01, plain descent reaches (3, 2) while momentum (μ = 0.9) ends in
 * (3.584…, −1.848…): which basin a run ends in depends on the optimizer.
 */
public record Himmelblau() implements Surface {

    @Override
    public String id() {
        return "himmelblau";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] t) {
        double a = t[0] * t[0] + t[1] - 11;
        double b = t[0] + t[1] * t[1] - 7;
        return a * a + b * b;
    }

    @Override
    public void gradient(double[] t, double[] out) {
        double a = t[0] * t[0] + t[1] - 11;
        double b = t[0] + t[1] * t[1] - 7;
        out[0] = 4 * t[0] * a + 2 * b;
        out[1] = 2 * a + 4 * t[1] * b;
    }

    @Override
    public void hessian(double[] t, double[] out) {
        double a = t[0] * t[0] + t[1] - 11;
        double b = t[0] + t[1] * t[1] - 7;
        out[0] = 4 * a + 8 * t[0] * t[0] + 2;
        out[1] = 4 * t[0] + 4 * t[1];
        out[2] = out[1];
        out[3] = 2 + 4 * b + 8 * t[1] * t[1];
    }

    @Override
    public String expression() {
        return "(x^2+y-11)^2+(x+y^2-7)^2";
    }

    @Override
    public String formula() {
        return "(x² + y − 11)² + (x + y² − 7)²";
    }

    @Override
    public Bounds bounds() {
        return new Bounds(-5, 5, -5, 5);
    }

    @Override
    public List<Minimum> minima() {
        return List.of(
                new Minimum(new double[] {3, 2}, 0, true),
                new Minimum(new double[] {-2.8051180869527449, 3.1313125182505730}, 0, true),
                new Minimum(new double[] {-3.7793102533777469, -3.2831859912861694}, 0, true),
                new Minimum(new double[] {3.5844283403304917, -1.8481265269644036}, 0, true));
    }

    @Override
    public double[] defaultStart() {
        return new double[] {0, 0};
    }
}
