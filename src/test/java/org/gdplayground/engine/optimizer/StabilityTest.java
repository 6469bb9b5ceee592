package org.gdplayground.engine.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each optimizer's critical learning rate ({@link Optimizer#stability()}), checked where it is claimed: on
 * f = ½·L·x² (and on a 2-d bowl with curvatures L and L/7), the optimizer converges just below its bound and
 * diverges just above it.
 */
class StabilityTest {

    private static final int STEPS = 3000;

    /** |x| after {@code STEPS} steps from x = 1 on f = ½·Σ Lᵢ·xᵢ², as the run steps (the fast path). */
    private static double finalDistance(Optimizer o, double lr, double... curvatures) {
        return finalDistance(STEPS, o, lr, curvatures);
    }

    private static double finalDistance(int steps, Optimizer o, double lr, double... curvatures) {
        int n = curvatures.length;
        Stepper s = o.newStepper(n);
        double[] theta = new double[n];
        java.util.Arrays.fill(theta, 1);
        double[] g = new double[n];
        double[] update = new double[n];
        s.attach(Probe.of(x -> {
            double f = 0;
            for (int i = 0; i < n; i++) {
                f += 0.5 * curvatures[i] * x[i] * x[i];
            }
            return f;
        }, (x, out) -> {
            for (int i = 0; i < n; i++) {
                out[i] = curvatures[i] * x[i];
            }
        }));
        for (int t = 1; t <= steps; t++) {
            for (int i = 0; i < n; i++) {
                g[i] = curvatures[i] * theta[i];
            }
            s.step(theta, g, lr, t, update);
            if (!Double.isFinite(theta[0]) || Math.abs(theta[0]) > 1e12) {
                return Double.POSITIVE_INFINITY;
            }
        }
        double d = 0;
        for (double v : theta) {
            d = Math.max(d, Math.abs(v));
        }
        return d;
    }

    private static void convergesBelowDivergesAbove(Optimizer below, Optimizer above, double bound, double l) {
        assertThat(finalDistance(below, below.lr(), l, l / 7)).as(below + " below " + bound).isLessThan(1e-3);
        assertThat(finalDistance(above, above.lr(), l, l / 7)).as(above + " above " + bound).isGreaterThan(1e6);
    }

    @ParameterizedTest(name = "L = {0}")
    @CsvSource({"4", "0.5", "30"})
    void plainGradientDescentTwoOverL(double l) {
        double bound = Sgd.defaults().stability().criticalLr(l);
        assertThat(bound).isEqualTo(2 / l);
        convergesBelowDivergesAbove(new Sgd(0.98 * bound), new Sgd(1.02 * bound), bound, l);
    }

    @Test
    void l2WeightDecayAddsToTheCurvature() {
        double bound = new Sgd(0.01, 1).stability().criticalLr(4);
        assertThat(bound).isEqualTo(2.0 / 5);
        convergesBelowDivergesAbove(new Sgd(0.98 * bound, 1), new Sgd(1.02 * bound, 1), bound, 4);
    }

    @ParameterizedTest(name = "μ = {0}, τ = {1}, L = {2}")
    @CsvSource({"0.9, 0, 4", "0.5, 0, 2", "0.99, 0, 1", "0.9, 0.5, 4", "0, 0, 4"})
    void heavyBallMomentumTwoOnePlusMuOverL(double mu, double tau, double l) {
        Momentum o = new Momentum(0.01, mu, tau, 0);
        double bound = o.stability().criticalLr(l);
        assertThat(bound).isCloseTo(2 * (1 + mu) / ((1 - tau) * l), org.assertj.core.data.Offset.offset(1e-12));
        convergesBelowDivergesAbove(new Momentum(0.97 * bound, mu, tau, 0), new Momentum(1.03 * bound, mu, tau, 0),
                bound, l);
    }

    @Test
    void momentumBeatsPlainDescentsBound() {
        // at 1.5·(2/L) plain GD diverges, heavy ball with μ = 0.9 converges: the bound is not 2/L
        double l = 4;
        assertThat(finalDistance(new Sgd(1.5 * 2 / l), 1.5 * 2 / l, l)).isInfinite();
        assertThat(finalDistance(new Momentum(1.5 * 2 / l, 0.9, 0, 0), 1.5 * 2 / l, l)).isLessThan(1e-3);
    }

    @Test
    void fullDampeningHasNoBound() {
        assertThat(new Momentum(0.01, 0.9, 1, 0).stability().bounded()).isFalse();
        assertThat(finalDistance(new Momentum(100, 0.9, 1, 0), 100, 4)).isFinite();
    }

    @ParameterizedTest(name = "μ = {0}, L = {1}")
    @CsvSource({"0.9, 4", "0.5, 2", "0.99, 1", "0.3, 10"})
    void nesterovTwoOnePlusMuOverOnePlusTwoMuL(double mu, double l) {
        Nesterov o = new Nesterov(0.01, mu, 0);
        double bound = o.stability().criticalLr(l);
        assertThat(bound).isCloseTo(2 * (1 + mu) / ((1 + 2 * mu) * l), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(bound).isLessThan(2 / l);
        convergesBelowDivergesAbove(new Nesterov(0.97 * bound, mu, 0), new Nesterov(1.03 * bound, mu, 0), bound, l);
    }

    @Test
    void asgdStartsWithPlainDescentsBound() {
        Asgd o = Asgd.defaults();
        double bound = o.stability().criticalLr(4);
        assertThat(bound).isEqualTo(2 / (4 + o.lambd()));
        Optimizer below = Optimizers.create("asgd", Map.of("lr", 0.98 * bound));
        Optimizer above = Optimizers.create("asgd", Map.of("lr", 1.02 * bound));
        // its step size shrinks over the run (×0.99 by step 270 here), so the bound is about the start: 300 steps
        assertThat(finalDistance(300, below, below.lr(), 4, 4.0 / 7)).isLessThan(1e-3);
        assertThat(finalDistance(300, above, above.lr(), 4, 4.0 / 7)).isGreaterThan(1e3);
    }

    @ParameterizedTest(name = "L = {0}")
    @CsvSource({"4", "0.5", "30"})
    void newtonTwoWhateverL(double l) {
        assertThat(Newton.defaults().stability().criticalLr(l)).isEqualTo(2.0);
        convergesBelowDivergesAbove(new Newton(1.98), new Newton(2.02), 2, l);
    }

    @Test
    void adaptiveAndSignMethodsHaveNoBoundButANote() {
        for (String key : new String[] {"adagrad", "rmsprop", "adadelta", "adam", "adamw", "adamax", "nadam",
                "amsgrad", "radam", "rprop", "lion", "lbfgs"}) {
            Stability s = Optimizers.defaults(key).stability();
            assertThat(s.bounded()).as(key).isFalse();
            assertThat(s.criticalLr(4)).as(key).isNull();
            assertThat(s.noteKey()).as(key).startsWith("stability.");
        }
    }

    @Test
    void noCurvatureNoBound() {
        assertThat(Sgd.defaults().stability().criticalLr(0)).isNull();
        assertThat(Newton.defaults().stability().criticalLr(Double.NaN)).isNull();
    }
}
