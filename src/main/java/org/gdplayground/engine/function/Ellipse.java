package org.gdplayground.engine.function;

import java.util.List;

/** The ill-conditioned bowl f(x, y) = x² + 10·y² (condition number 10); global minimum 0 at (0, 0). */
public record Ellipse() implements Surface {

    @Override
    public String id() {
        return "ellipse";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] t) {
        return t[0] * t[0] + 10 * t[1] * t[1];
    }

    @Override
    public void gradient(double[] t, double[] out) {
        out[0] = 2 * t[0];
        out[1] = 20 * t[1];
    }

    @Override
    public void hessian(double[] t, double[] out) {
        out[0] = 2;
        out[1] = 0;
        out[2] = 0;
        out[3] = 20;
    }

    @Override
    public String expression() {
        return "x^2+10*y^2";
    }

    @Override
    public boolean quadratic() {
        return true;
    }

    @Override
    public String formula() {
        return "x² + 10·y²";
    }

    @Override
    public Bounds bounds() {
        return new Bounds(-5, 5, -3, 3);
    }

    @Override
    public List<Minimum> minima() {
        return List.of(new Minimum(new double[] {0, 0}, 0, true));
    }

    @Override
    public double[] defaultStart() {
        return new double[] {-4, 2};
    }
}
