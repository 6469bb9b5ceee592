package org.gdplayground.engine.function;

import java.util.List;

/**
 * Rosenbrock's banana valley f(x, y) = (1 − x)² + 100·(y − x²)²; global minimum 0 at (1, 1).
 * ∂f/∂x = −2(1 − x) − 400·x·(y − x²), ∂f/∂y = 200·(y − x²).
 */
public record Rosenbrock() implements Surface {

    @Override
    public String id() {
        return "rosenbrock";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] t) {
        double a = 1 - t[0];
        double b = t[1] - t[0] * t[0];
        return a * a + 100 * b * b;
    }

    @Override
    public void gradient(double[] t, double[] out) {
        double b = t[1] - t[0] * t[0];
        out[0] = -2 * (1 - t[0]) - 400 * t[0] * b;
        out[1] = 200 * b;
    }

    @Override
    public void hessian(double[] t, double[] out) {
        out[0] = 1200 * t[0] * t[0] - 400 * t[1] + 2;
        out[1] = -400 * t[0];
        out[2] = out[1];
        out[3] = 200;
    }

    @Override
    public String expression() {
        return "(1-x)^2+100*(y-x^2)^2";
    }

    @Override
    public String formula() {
        return "(1 − x)² + 100·(y − x²)²";
    }

    @Override
    public Bounds bounds() {
        return new Bounds(-2, 2, -1, 3);
    }

    @Override
    public List<Minimum> minima() {
        return List.of(new Minimum(new double[] {1, 1}, 0, true));
    }

    @Override
    public double[] defaultStart() {
        return new double[] {-1.5, 2};
    }
}
