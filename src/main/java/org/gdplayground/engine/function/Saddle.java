package org.gdplayground.engine.function;

import java.util.List;

/**
 * The textbook saddle f(x, y) = x² − y² (e.g. Goodfellow, Bengio &amp; Courville, <i>Deep Learning</i>, 2016, §4.3).
 *
 * <p>∂f/∂x = 2x, ∂f/∂y = −2y. The origin is a saddle point, not a minimum; f is unbounded below, so there are no
 * minima.
 * The default start (−2, 0.001) lies almost on the ridge: the tiny y offset grows by a factor (1 + 2γ) per plain
 * gradient step, so learners watch the run crawl towards the saddle and then escape along y.
 */
public record Saddle() implements Surface {

    @Override
    public String id() {
        return "saddle";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] t) {
        return t[0] * t[0] - t[1] * t[1];
    }

    @Override
    public void gradient(double[] t, double[] out) {
        out[0] = 2 * t[0];
        out[1] = -2 * t[1];
    }

    @Override
    public void hessian(double[] t, double[] out) {
        out[0] = 2;
        out[1] = 0;
        out[2] = 0;
        out[3] = -2;
    }

    @Override
    public String expression() {
        return "x^2-y^2";
    }

    @Override
    public boolean quadratic() {
        return true;
    }

    @Override
    public String formula() {
        return "x² − y²";
    }

    @Override
    public Bounds bounds() {
        return new Bounds(-3, 3, -3, 3);
    }

    /** None: the saddle is unbounded below. */
    @Override
    public List<Minimum> minima() {
        return List.of();
    }

    @Override
    public double[] defaultStart() {
        return new double[] {-2, 0.001};
    }
}
