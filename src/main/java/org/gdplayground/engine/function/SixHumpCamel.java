package org.gdplayground.engine.function;

import java.util.List;

/**
 * The six-hump camel-back function f(x, y) = (4 − 2.1·x² + x⁴/3)·x² + x·y + (−4 + 4·y²)·y²: six local minima, two of
 * them global (value −1.0316284534898774 at ±(0.089842013100318062, −0.71265640302073963)).
 * Source: L. C. W. Dixon and G. P. Szegő, "The global optimization problem: an introduction", in <i>Towards Global
 * Optimisation 2</i>, North-Holland, 1978.
 *
 * <p>∂f/∂x = 8x − 8.4·x³ + 2·x⁵ + y, ∂f/∂y = x − 8y + 16·y³. Minima refined by Newton's method to 17 significant
 * digits. From the default start (−2, −1) with γ = 0.01, plain descent stops in the local minimum (−1.607…, −0.569…)
 * while momentum (μ = 0.9) reaches a global one.
 */
public record SixHumpCamel() implements Surface {

    @Override
    public String id() {
        return "six-hump-camel";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] t) {
        double x = t[0];
        double y = t[1];
        double x2 = x * x;
        double y2 = y * y;
        return (4 - 2.1 * x2 + x2 * x2 / 3) * x2 + x * y + (-4 + 4 * y2) * y2;
    }

    @Override
    public void gradient(double[] t, double[] out) {
        double x = t[0];
        double y = t[1];
        double x2 = x * x;
        out[0] = 8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y;
        out[1] = x - 8 * y + 16 * y * y * y;
    }

    @Override
    public void hessian(double[] t, double[] out) {
        double x2 = t[0] * t[0];
        out[0] = 8 - 25.2 * x2 + 10 * x2 * x2;
        out[1] = 1;
        out[2] = 1;
        out[3] = -8 + 48 * t[1] * t[1];
    }

    @Override
    public String expression() {
        return "(4-2.1*x^2+x^4/3)*x^2+x*y+(-4+4*y^2)*y^2";
    }

    @Override
    public String formula() {
        return "(4 − 2.1·x² + x⁴/3)·x² + x·y + (−4 + 4·y²)·y²";
    }

    @Override
    public Bounds bounds() {
        return new Bounds(-3, 3, -2, 2);
    }

    @Override
    public List<Minimum> minima() {
        double gx = 0.089842013100318062;
        double gy = -0.71265640302073963;
        double gv = -1.0316284534898774;
        double ax = 1.7036067149699808;
        double ay = -0.79608356867262512;
        double av = -0.21546382438371764;
        double bx = 1.6071047529201972;
        double by = 0.56865145488413137;
        double bv = 2.1042503103112583;
        return List.of(
                new Minimum(new double[] {gx, gy}, gv, true),
                new Minimum(new double[] {-gx, -gy}, gv, true),
                new Minimum(new double[] {ax, ay}, av, false),
                new Minimum(new double[] {-ax, -ay}, av, false),
                new Minimum(new double[] {bx, by}, bv, false),
                new Minimum(new double[] {-bx, -by}, bv, false));
    }

    @Override
    public double[] defaultStart() {
        return new double[] {-2, -1};
    }
}
