package org.gdplayground.engine.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in surface: gradient vs central difference and vs automatic differentiation, minima, bounds. */
class BuiltinSurfacesTest {

    /** Each built-in surface written in the expression language, for the AD cross-check. */
    private static final Map<String, String> EXPRESSIONS = Map.ofEntries(
            Map.entry("sphere", "x^2+y^2"),
            Map.entry("textbook-quadratic", "0.01*x^2+0.1*x"),
            Map.entry("ellipse", "x^2+10*y^2"),
            Map.entry("saddle", "x^2-y^2"),
            Map.entry("plateau", "1-exp(-(x^2+y^2))"),
            Map.entry("two-minima", "(x^2-1)^2+0.3*x+y^2"),
            Map.entry("rosenbrock", "(1-x)^2+100*(y-x^2)^2"),
            Map.entry("beale", "(1.5-x+x*y)^2+(2.25-x+x*y^2)^2+(2.625-x+x*y^3)^2"),
            Map.entry("booth", "(x+2*y-7)^2+(2*x+y-5)^2"),
            Map.entry("himmelblau", "(x^2+y-11)^2+(x+y^2-7)^2"),
            Map.entry("six-hump-camel", "(4-2.1*x^2+x^4/3)*x^2+x*y+(-4+4*y^2)*y^2"),
            Map.entry("rastrigin", "20+x^2-10*cos(2*pi*x)+y^2-10*cos(2*pi*y)"));

    private static final double[][] POINTS = {
            {-1.3, 0.7}, {0.4, -2.1}, {2.2, 1.1}, {-0.6, -0.35}, {1.7, 2.9}, {-3.1, -1.4}, {0.05, 0.02}};

    static List<Surface> surfaces() {
        return Objectives.builtins().stream()
                .filter(o -> o instanceof Surface)
                .map(o -> (Surface) o)
                .toList();
    }

    /** Each surface at the fixed points (first coordinates only for 1-D ones), its default start and its minima. */
    static Stream<Arguments> surfacePoints() {
        return surfaces().stream().flatMap(s -> {
            Stream<double[]> fixed = Arrays.stream(POINTS).map(p -> Arrays.copyOf(p, s.dimension()));
            Stream<double[]> special = Stream.concat(Stream.of(s.defaultStart()), s.minima().stream()
                    .map(Minimum::point));
            return Stream.concat(fixed, special).map(p -> Arguments.of(s.id(), s, p));
        });
    }

    @Test
    void everyBuiltinSurfaceIsCoveredByAnExpression() {
        // every built-in surface is listed in the registry and carries its own expression; the twelve of the seeds
        // and d2l are still there, each with the expression written here by hand
        assertThat(surfaces()).extracting(Surface::id).containsAll(EXPRESSIONS.keySet());
        for (Surface s : surfaces()) {
            assertThat(s.expression()).as(s.id()).isNotBlank();
            if (EXPRESSIONS.containsKey(s.id())) {
                assertThat(s.expression()).as(s.id()).isEqualTo(EXPRESSIONS.get(s.id()));
            }
        }
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("surfacePoints")
    void analyticGradientMatchesCentralDifference(String id, Surface s, double[] p) {
        double h = 1e-6;
        double[] analytic = new double[s.dimension()];
        s.gradient(p, analytic);
        double scale = Math.max(1, maxAbs(analytic));
        for (int i = 0; i < p.length; i++) {
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[i] += h;
            minus[i] -= h;
            double central = (s.value(plus) - s.value(minus)) / (2 * h);
            assertThat(analytic[i]).as("%s ∂%d at %s", id, i, Arrays.toString(p))
                    .isCloseTo(central, within(1e-6 * scale));
        }
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("surfacePoints")
    void analyticGradientMatchesAutomaticDifferentiation(String id, Surface s, double[] p) {
        CustomSurface typed = Objectives.custom(s.expression(), ExpressionLimits.defaults());
        double[] xy = {p[0], p.length > 1 ? p[1] : 0.7};
        double[] analytic = new double[s.dimension()];
        double[] ad = new double[2];
        s.gradient(p, analytic);
        typed.gradient(xy, ad);
        double scale = Math.max(1, maxAbs(analytic));
        for (int i = 0; i < analytic.length; i++) {
            assertThat(ad[i]).as("%s ∂%d at %s", id, i, Arrays.toString(p))
                    .isCloseTo(analytic[i], within(1e-12 * scale));
        }
        if (s.dimension() == 1) {
            assertThat(ad[1]).as("y does not appear in %s", id).isZero();
        }
        double f = s.value(p);
        assertThat(typed.value(xy)).isCloseTo(f, within(1e-12 * Math.max(1, Math.abs(f))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void listedMinimaAreMinimaWithTheListedValues(Surface s) {
        for (Minimum m : s.minima()) {
            double[] p = m.point();
            assertThat(p).hasSize(s.dimension());
            assertThat(s.value(p)).as("%s value at %s", s.id(), Arrays.toString(p))
                    .isCloseTo(m.value(), within(1e-12 * Math.max(1, Math.abs(m.value()))));
            double[] g = new double[s.dimension()];
            s.gradient(p, g);
            assertThat(maxAbs(g)).as("%s gradient at %s", s.id(), Arrays.toString(p)).isLessThan(1e-9);

            // Newton's method from the listed point stays within 1e-9 of it: the digits are those of a true root.
            double[] refined = newton(s, p);
            for (int i = 0; i < p.length; i++) {
                assertThat(refined[i]).as("%s refined coordinate %d", s.id(), i).isCloseTo(p[i], within(1e-9));
            }
            // ... and it is a minimum, not a saddle: the Hessian is positive definite.
            double[] eigen = new EigenDecomposition(hessian(s, p)).getRealEigenvalues();
            assertThat(Arrays.stream(eigen).min().orElseThrow()).as("%s smallest curvature", s.id()).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void globalMinimaComeFirstAndNothingOnAGridIsLower(Surface s) {
        List<Minimum> minima = s.minima();
        if (s instanceof Saddle) {
            assertThat(minima).isEmpty();
            return;
        }
        assertThat(minima).isNotEmpty();
        assertThat(minima.getFirst().global()).isTrue();
        double best = minima.getFirst().value();
        boolean seenLocal = false;
        for (Minimum m : minima) {
            if (m.global()) {
                assertThat(seenLocal).as("%s: a global minimum after a local one", s.id()).isFalse();
                assertThat(m.value()).isCloseTo(best, within(1e-12));
            } else {
                seenLocal = true;
                assertThat(m.value()).isGreaterThan(best);
            }
        }
        Bounds b = s.bounds();
        int n = 400;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= n; i++) {
            double x = b.xMin() + (b.xMax() - b.xMin()) * i / n;
            if (s.dimension() == 1) {
                lowest = Math.min(lowest, s.value(new double[] {x}));
                continue;
            }
            for (int j = 0; j <= n; j++) {
                double y = b.yMin() + (b.yMax() - b.yMin()) * j / n;
                lowest = Math.min(lowest, s.value(new double[] {x, y}));
            }
        }
        assertThat(lowest).as("%s: lowest value on a grid over the bounds", s.id()).isGreaterThanOrEqualTo(best);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void defaultStartAndMinimaLieInsideTheBounds(Surface s) {
        Bounds b = s.bounds();
        double[] start = s.defaultStart();
        assertThat(start).hasSize(s.dimension());
        assertThat(start[0]).isBetween(b.xMin(), b.xMax());
        if (s.dimension() == 2) {
            assertThat(start[1]).isBetween(b.yMin(), b.yMax());
        }
        for (Minimum m : s.minima()) {
            double[] p = m.point();
            assertThat(p[0]).isBetween(b.xMin(), b.xMax());
            if (s.dimension() == 2) {
                assertThat(p[1]).isBetween(b.yMin(), b.yMax());
            } else {
                assertThat(m.value()).as("1-D bounds carry the loss range in y").isBetween(b.yMin(), b.yMax());
            }
        }
        assertThat(s.formula()).isNotBlank();
        assertThat(s.defaultStart()).as("a fresh copy each time").isNotSameAs(s.defaultStart());
    }

    @Test
    void handWorkedValuesAndGradients() {
        double[] g = new double[2];
        // Beale at (1, 1): a = 1.5, b = 2.25, c = 2.625 → f = 2.25 + 5.0625 + 6.890625; ∂x = 0, ∂y = 3 + 9 + 15.75
        assertThat(new Beale().value(new double[] {1, 1})).isEqualTo(14.203125);
        new Beale().gradient(new double[] {1, 1}, g);
        assertThat(g).containsExactly(0, 27.75);
        // Himmelblau at (0, 0): f = 121 + 49; ∂x = 2·(−7), ∂y = 2·(−11)
        assertThat(new Himmelblau().value(new double[] {0, 0})).isEqualTo(170);
        new Himmelblau().gradient(new double[] {0, 0}, g);
        assertThat(g).containsExactly(-14, -22);
        // Booth at (0, 0): f = 49 + 25; ∂x = −14 − 20, ∂y = −28 − 10
        assertThat(new Booth().value(new double[] {0, 0})).isEqualTo(74);
        new Booth().gradient(new double[] {0, 0}, g);
        assertThat(g).containsExactly(-34, -38);
        // Saddle at (−2, 0.001): ∂x = −4, ∂y = −0.002 (descent moves y away from 0)
        new Saddle().gradient(new double[] {-2, 0.001}, g);
        assertThat(g).containsExactly(-4, -0.002);
        // Six-hump camel at (1, 1): f = (4 − 2.1 + 1/3) + 1 + 0 = 4.2333…; ∂x = 8 − 8.4 + 2 + 1, ∂y = 1 − 8 + 16
        assertThat(new SixHumpCamel().value(new double[] {1, 1})).isCloseTo(4 - 2.1 + 1.0 / 3 + 1, within(1e-15));
        new SixHumpCamel().gradient(new double[] {1, 1}, g);
        assertThat(g[0]).isCloseTo(2.6, within(1e-15));
        assertThat(g[1]).isEqualTo(9);
        // Rastrigin at (0.5, 0.25): 20 + 0.25 + 10 + 0.0625 − 0 = 30.3125; ∂x = 1 + 0, ∂y = 0.5 + 20π
        assertThat(new Rastrigin().value(new double[] {0.5, 0.25})).isCloseTo(30.3125, within(1e-12));
        new Rastrigin().gradient(new double[] {0.5, 0.25}, g);
        assertThat(g[0]).isCloseTo(1, within(1e-12));
        assertThat(g[1]).isCloseTo(0.5 + 20 * Math.PI, within(1e-12));
        // Plateau at (1, 0): f = 1 − 1/e, ∂x = 2/e; far away the gradient vanishes
        assertThat(new Plateau().value(new double[] {1, 0})).isCloseTo(1 - 1 / Math.E, within(1e-15));
        new Plateau().gradient(new double[] {1, 0}, g);
        assertThat(g[0]).isCloseTo(2 / Math.E, within(1e-15));
        new Plateau().gradient(new double[] {2, 1.5}, g);
        assertThat(Math.hypot(g[0], g[1])).isCloseTo(5 * Math.exp(-6.25), within(1e-15));
        // Two minima at (1, 0): f = 0 + 0.3 + 0, ∂x = 0 + 0.3
        assertThat(new TwoMinima().value(new double[] {1, 0})).isEqualTo(0.3);
        new TwoMinima().gradient(new double[] {1, 0}, g);
        assertThat(g[0]).isEqualTo(0.3);
        // Textbook quadratic at 15: f = 2.25 + 1.5, f' = 0.3 + 0.1
        double[] g1 = new double[1];
        assertThat(new TextbookQuadratic().value(new double[] {15})).isCloseTo(3.75, within(1e-15));
        new TextbookQuadratic().gradient(new double[] {15}, g1);
        assertThat(g1[0]).isCloseTo(0.4, within(1e-15));
    }

    @Test
    void himmelblauHasFourGlobalMinimaAndTwoMinimaOneOfEach() {
        assertThat(new Himmelblau().minima()).hasSize(4).allMatch(Minimum::global);
        assertThat(new TwoMinima().minima()).extracting(Minimum::global).containsExactly(true, false);
        assertThat(new SixHumpCamel().minima()).extracting(Minimum::global)
                .containsExactly(true, true, false, false, false, false);
        assertThat(new TextbookQuadratic().minima().getFirst().point()).containsExactly(-5);
        assertThat(new TextbookQuadratic().minima().getFirst().value()).isEqualTo(-0.25);
    }

    // ---- helpers

    private static double maxAbs(double[] v) {
        return Arrays.stream(v).map(Math::abs).max().orElse(0);
    }

    /** Hessian by central differences of the analytic gradient. */
    private static RealMatrix hessian(Surface s, double[] p) {
        int n = s.dimension();
        double h = 1e-6;
        RealMatrix hm = new Array2DRowRealMatrix(n, n);
        double[] gp = new double[n];
        double[] gm = new double[n];
        for (int j = 0; j < n; j++) {
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[j] += h;
            minus[j] -= h;
            s.gradient(plus, gp);
            s.gradient(minus, gm);
            for (int i = 0; i < n; i++) {
                hm.setEntry(i, j, (gp[i] - gm[i]) / (2 * h));
            }
        }
        return hm.add(hm.transpose()).scalarMultiply(0.5);
    }

    private static double[] newton(Surface s, double[] start) {
        double[] p = start.clone();
        double[] g = new double[s.dimension()];
        for (int k = 0; k < 30; k++) {
            s.gradient(p, g);
            double[] step = new LUDecomposition(hessian(s, p)).getSolver().solve(new ArrayRealVector(g)).toArray();
            for (int i = 0; i < p.length; i++) {
                p[i] -= step[i];
            }
        }
        return p;
    }
}
