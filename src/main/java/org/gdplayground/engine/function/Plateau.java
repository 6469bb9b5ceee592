package org.gdplayground.engine.function;

import java.util.List;

/**
 * A flat plain with a smooth well in the middle, f(x, y) = 1 − exp(−(x² + y²)) (an inverted Gaussian, designed for
 * this playground to show vanishing gradients); global minimum 0 at (0, 0), f → 1 far away.
 *
 * <p>∂f/∂x = 2x·exp(−(x² + y²)), ∂f/∂y = 2y·exp(−(x² + y²)). At the default start (2, 1.5), r = 2.5 and the gradient's
 * length is 5·e^(−6.25) ≈ 0.0097: plain descent with γ = 0.01 barely moves in 500 steps, while momentum and Adam
 * (which rescale by the gradient's own size) cross the plain and drop into the well.
 */
public record Plateau() implements Surface {

    @Override
    public String id() {
        return "plateau";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] t) {
        return 1 - Math.exp(-(t[0] * t[0] + t[1] * t[1]));
    }

    @Override
    public void gradient(double[] t, double[] out) {
        double e = Math.exp(-(t[0] * t[0] + t[1] * t[1]));
        out[0] = 2 * t[0] * e;
        out[1] = 2 * t[1] * e;
    }

    @Override
    public void hessian(double[] t, double[] out) {
        double e = Math.exp(-(t[0] * t[0] + t[1] * t[1]));
        out[0] = (2 - 4 * t[0] * t[0]) * e;
        out[1] = -4 * t[0] * t[1] * e;
        out[2] = out[1];
        out[3] = (2 - 4 * t[1] * t[1]) * e;
    }

    @Override
    public String expression() {
        return "1-exp(-(x^2+y^2))";
    }

    @Override
    public String formula() {
        return "1 − exp(−(x² + y²))";
    }

    @Override
    public Bounds bounds() {
        return new Bounds(-4, 4, -4, 4);
    }

    @Override
    public List<Minimum> minima() {
        return List.of(new Minimum(new double[] {0, 0}, 0, true));
    }

    @Override
    public double[] defaultStart() {
        return new double[] {2, 1.5};
    }
}
