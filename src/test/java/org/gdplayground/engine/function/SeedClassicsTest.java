package org.gdplayground.engine.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The seeds' worked numbers, through {@link GradientEvaluator} with the seeds' central difference (h = 1e-4). */
class SeedClassicsTest {

    private static final GradientMode SEED_CENTRAL = new GradientMode.Central(GradientMode.DEFAULT_H);

    @Test
    void centralGradientOfTheSphere() {
        GradientEvaluator ev = new GradientEvaluator(new Sphere(), SEED_CENTRAL);
        double[] g = new double[2];
        ev.gradient(new double[] {3, 4}, g);
        assertThat(g[0]).isCloseTo(6, within(1e-6));
        assertThat(g[1]).isCloseTo(8, within(1e-6));
        ev.gradient(new double[] {0, 2}, g);
        assertThat(g[0]).isCloseTo(0, within(1e-6));
        assertThat(g[1]).isCloseTo(4, within(1e-6));
        ev.gradient(new double[] {3, 0}, g);
        assertThat(g[0]).isCloseTo(6, within(1e-6));
        assertThat(g[1]).isCloseTo(0, within(1e-6));
    }

    @Test
    void numericalDerivativeOfTheTextbookQuadratic() {
        // the seed's numerical_diff(function_1, 5) ≈ 0.2 and at 10 ≈ 0.3 (f'(x) = 0.02x + 0.1)
        GradientEvaluator ev = new GradientEvaluator(new TextbookQuadratic(), SEED_CENTRAL);
        double[] g = new double[1];
        ev.gradient(new double[] {5}, g);
        assertThat(g[0]).isCloseTo(0.2, within(1e-9));
        ev.gradient(new double[] {10}, g);
        assertThat(g[0]).isCloseTo(0.3, within(1e-9));
    }

    @Test
    void analyticModeUsesTheHandDerivedGradient() {
        GradientEvaluator ev = new GradientEvaluator(new TextbookQuadratic(), new GradientMode.Analytic());
        double[] g = new double[1];
        ev.gradient(new double[] {-5}, g);
        assertThat(g[0]).isCloseTo(0, within(1e-15));
    }
}
