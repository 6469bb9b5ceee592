package org.gdplayground.engine.function;

import java.util.List;

/**
 * A tilted double well f(x, y) = (x² − 1)² + 0.3·x + y² (designed for this playground): a global minimum on the left,
 * a shallower local one on the right, a saddle between them.
 *
 * <p>∂f/∂x = 4x·(x² − 1) + 0.3, ∂f/∂y = 2y. The minima are on y = 0 at the roots of 4x³ − 4x + 0.3 = 0 (refined by
 * Newton's method to 17 significant digits): global x = −1.0355787140888537 (f = −0.30542848374391597), local
 * x = 0.96014955551910552 (f = 0.29414648102826285); the third root, x ≈ 0.0754, is the saddle. From the default start
 * (1.8, 1) with γ = 0.01, plain descent settles in the local minimum, momentum (μ = 0.9) carries over the hump into
 * the global one.
 */
public record TwoMinima() implements Surface {

    @Override
    public String id() {
        return "two-minima";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] t) {
        double a = t[0] * t[0] - 1;
        return a * a + 0.3 * t[0] + t[1] * t[1];
    }

    @Override
    public void gradient(double[] t, double[] out) {
        out[0] = 4 * t[0] * (t[0] * t[0] - 1) + 0.3;
        out[1] = 2 * t[1];
    }

    @Override
    public void hessian(double[] t, double[] out) {
        out[0] = 12 * t[0] * t[0] - 4;
        out[1] = 0;
        out[2] = 0;
        out[3] = 2;
    }

    @Override
    public String expression() {
        return "(x^2-1)^2+0.3*x+y^2";
    }

    @Override
    public String formula() {
        return "(x² − 1)² + 0.3·x + y²";
    }

    @Override
    public Bounds bounds() {
        return new Bounds(-2, 2, -1.5, 1.5);
    }

    @Override
    public List<Minimum> minima() {
        return List.of(
                new Minimum(new double[] {-1.0355787140888537, 0}, -0.30542848374391597, true),
                new Minimum(new double[] {0.96014955551910552, 0}, 0.29414648102826285, false));
    }

    @Override
    public double[] defaultStart() {
        return new double[] {1.8, 1};
    }
}
