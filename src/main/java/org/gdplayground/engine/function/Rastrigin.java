package org.gdplayground.engine.function;

import java.util.List;

/**
 * Rastrigin's function in two dimensions with A = 10:
 * f(x, y) = 20 + x² − 10·cos(2πx) + y² − 10·cos(2πy); global minimum 0 at (0, 0) and a local minimum near every
 * integer point. Source: L. A. Rastrigin, <i>Systems of Extremal Control</i>, Nauka, Moscow, 1974; generalised by
 * H. Mühlenbein, D. Schomisch and J. Born, "The parallel genetic algorithm as function optimizer", Parallel Computing
 * 17, 1991.
 *
 * <p>∂f/∂x = 2x + 20π·sin(2πx), ∂f/∂y = 2y + 20π·sin(2πy). The curvature in a well is about 2 + 40π² ≈ 397, so plain
 * descent with γ above ≈ 0.005 cannot settle in any well. {@link #minima()} lists the global minimum and the four
 * nearest local ones (at ±0.99495863765233480 on each axis); the other local minima are not listed.
 */
public record Rastrigin() implements Surface {

    private static final double TWO_PI = 2 * Math.PI;

    @Override
    public String id() {
        return "rastrigin";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] t) {
        double x = t[0];
        double y = t[1];
        return 20 + x * x - 10 * Math.cos(TWO_PI * x) + y * y - 10 * Math.cos(TWO_PI * y);
    }

    @Override
    public void gradient(double[] t, double[] out) {
        out[0] = 2 * t[0] + 10 * TWO_PI * Math.sin(TWO_PI * t[0]);
        out[1] = 2 * t[1] + 10 * TWO_PI * Math.sin(TWO_PI * t[1]);
    }

    @Override
    public void hessian(double[] t, double[] out) {
        out[0] = 2 + 10 * TWO_PI * TWO_PI * Math.cos(TWO_PI * t[0]);
        out[1] = 0;
        out[2] = 0;
        out[3] = 2 + 10 * TWO_PI * TWO_PI * Math.cos(TWO_PI * t[1]);
    }

    @Override
    public String expression() {
        return "20+x^2-10*cos(2*pi*x)+y^2-10*cos(2*pi*y)";
    }

    @Override
    public String formula() {
        return "20 + x² − 10·cos(2πx) + y² − 10·cos(2πy)";
    }

    @Override
    public Bounds bounds() {
        return new Bounds(-5.12, 5.12, -5.12, 5.12);
    }

    @Override
    public List<Minimum> minima() {
        double r = 0.99495863765233480;
        double v = 0.99495905709329139;
        return List.of(
                new Minimum(new double[] {0, 0}, 0, true),
                new Minimum(new double[] {r, 0}, v, false),
                new Minimum(new double[] {-r, 0}, v, false),
                new Minimum(new double[] {0, r}, v, false),
                new Minimum(new double[] {0, -r}, v, false));
    }

    /** (2.2, −1.8): plain descent with γ = 0.001 settles in the local well near (2, −2), far from the global one. */
    @Override
    public double[] defaultStart() {
        return new double[] {2.2, -1.8};
    }
}
