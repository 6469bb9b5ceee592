package org.gdplayground.engine.function;

import java.util.List;

/**
 * The seed's one-dimensional demo f(x) = 0.01·x² + 0.1·x, the parabola on which gradient descent is first shown.
 *
 * <p>f'(x) = 0.02·x + 0.1; global minimum −0.25 at x = −5. One parameter: {@link #bounds()} gives the x range and,
 * in y, the loss range over it (used by the 1-D plot).
 */
public record TextbookQuadratic() implements Surface {

    @Override
    public String id() {
        return "textbook-quadratic";
    }

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public double value(double[] t) {
        return 0.01 * t[0] * t[0] + 0.1 * t[0];
    }

    @Override
    public void gradient(double[] t, double[] out) {
        out[0] = 0.02 * t[0] + 0.1;
    }

    @Override
    public void hessian(double[] t, double[] out) {
        out[0] = 0.02;
    }

    @Override
    public String expression() {
        return "0.01*x^2+0.1*x";
    }

    @Override
    public boolean quadratic() {
        return true;
    }

    @Override
    public String formula() {
        return "0.01·x² + 0.1·x";
    }

    /** x in [−20, 20]; y is the loss range there, [−1, 7] (f goes from −0.25 up to 6). */
    @Override
    public Bounds bounds() {
        return new Bounds(-20, 20, -1, 7);
    }

    @Override
    public List<Minimum> minima() {
        return List.of(new Minimum(new double[] {-5}, -0.25, true));
    }

    @Override
    public double[] defaultStart() {
        return new double[] {15};
    }
}
