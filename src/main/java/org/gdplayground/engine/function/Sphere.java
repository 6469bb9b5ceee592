package org.gdplayground.engine.function;

import java.util.List;

/** f(x, y) = x² + y², the seeds' first bowl; global minimum 0 at (0, 0). */
public record Sphere() implements Surface {

    @Override
    public String id() {
        return "sphere";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] t) {
        return t[0] * t[0] + t[1] * t[1];
    }

    @Override
    public void gradient(double[] t, double[] out) {
        out[0] = 2 * t[0];
        out[1] = 2 * t[1];
    }

    @Override
    public void hessian(double[] t, double[] out) {
        out[0] = 2;
        out[1] = 0;
        out[2] = 0;
        out[3] = 2;
    }

    @Override
    public String expression() {
        return "x^2+y^2";
    }

    @Override
    public boolean quadratic() {
        return true;
    }

    @Override
    public String formula() {
        return "x² + y²";
    }

    @Override
    public Bounds bounds() {
        return new Bounds(-5, 5, -5, 5);
    }

    @Override
    public List<Minimum> minima() {
        return List.of(new Minimum(new double[] {0, 0}, 0, true));
    }

    @Override
    public double[] defaultStart() {
        return new double[] {-3, 4};
    }
}
