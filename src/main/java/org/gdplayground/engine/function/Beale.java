package org.gdplayground.engine.function;

import java.util.List;

/**
 * Beale's function f(x, y) = (1.5 − x + x·y)² + (2.25 − x + x·y²)² + (2.625 − x + x·y³)²; global minimum 0 at (3, 0.5).
 * Source: E. M. L. Beale, "On an iterative method for finding a local minimum of a function of more than one variable",
 * Technical Report 25, Statistical Techniques Research Group, Princeton University, 1958.
 *
 * <p>With a = 1.5 − x + x·y, b = 2.25 − x + x·y², c = 2.625 − x + x·y³:
 * ∂f/∂x = 2a·(y − 1) + 2b·(y² − 1) + 2c·(y³ − 1), ∂f/∂y = 2a·x + 4b·x·y + 6c·x·y².
 * Flat valleys and steep walls (values up to ~1.8·10⁵ in the corners of the plot).
 */
public record Beale() implements Surface {

    @Override
    public String id() {
        return "beale";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] t) {
        double x = t[0];
        double y = t[1];
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y * y;
        double c = 2.625 - x + x * y * y * y;
        return a * a + b * b + c * c;
    }

    @Override
    public void gradient(double[] t, double[] out) {
        double x = t[0];
        double y = t[1];
        double y2 = y * y;
        double y3 = y2 * y;
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y2;
        double c = 2.625 - x + x * y3;
        out[0] = 2 * a * (y - 1) + 2 * b * (y2 - 1) + 2 * c * (y3 - 1);
        out[1] = 2 * a * x + 4 * b * x * y + 6 * c * x * y2;
    }

    @Override
    public void hessian(double[] t, double[] out) {
        double x = t[0];
        double y = t[1];
        double y2 = y * y;
        double y3 = y2 * y;
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y2;
        double c = 2.625 - x + x * y3;
        double ax = y - 1;
        double bx = y2 - 1;
        double cx = y3 - 1;
        double ay = x;
        double by = 2 * x * y;
        double cy = 3 * x * y2;
        out[0] = 2 * (ax * ax + bx * bx + cx * cx);
        double xy = 2 * (ax * ay + a + bx * by + b * 2 * y + cx * cy + c * 3 * y2);
        out[1] = xy;
        out[2] = xy;
        out[3] = 2 * (ay * ay + by * by + b * 2 * x + cy * cy + c * 6 * x * y);
    }

    @Override
    public String expression() {
        return "(1.5-x+x*y)^2+(2.25-x+x*y^2)^2+(2.625-x+x*y^3)^2";
    }

    @Override
    public String formula() {
        return "(1.5 − x + x·y)² + (2.25 − x + x·y²)² + (2.625 − x + x·y³)²";
    }

    @Override
    public Bounds bounds() {
        return new Bounds(-4.5, 4.5, -4.5, 4.5);
    }

    @Override
    public List<Minimum> minima() {
        return List.of(new Minimum(new double[] {3, 0.5}, 0, true));
    }

    /**
     * (0.7, 1.4): with γ = 0.01, plain descent follows the curved valley to about (2.91, 0.48) in 500 steps, momentum
     * (μ = 0.9) reaches (3, 0.5).
     */
    @Override
    public double[] defaultStart() {
        return new double[] {0.7, 1.4};
    }
}
