package org.gdplayground.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.gdplayground.engine.function.CustomSurface;
import org.gdplayground.engine.function.Datasets;
import org.gdplayground.engine.function.ExpressionLimits;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.engine.function.Sphere;
import org.junit.jupiter.api.Test;

class GradientCheckTest {

    private static final Sphere SPHERE = new Sphere();

    /** Seed 002: numerical_gradient(function_2, [3.0, 4.0]) prints array([6., 8.]); the book's (0, 2) and (3, 0). */
    @Test
    void seedCentralGradientsOfTheSphere() {
        GradientCheck a = GradientCheck.of(SPHERE, new double[] {3, 4}, 1e-4);
        assertThat(a.central()).containsExactly(new double[] {6, 8}, within(1e-9));
        assertThat(a.analytic()).containsExactly(6, 8);
        GradientCheck b = GradientCheck.of(SPHERE, new double[] {0, 2}, 1e-4);
        assertThat(b.central()).containsExactly(new double[] {0, 4}, within(1e-9));
        GradientCheck c = GradientCheck.of(SPHERE, new double[] {3, 0}, 1e-4);
        assertThat(c.central()).containsExactly(new double[] {6, 0}, within(1e-9));
    }

    /** x² forward difference: ((x + h)² − x²)/h = 2x + h, so the forward error is h (up to rounding). */
    @Test
    void forwardDifferenceOfASquareIsOffByH() {
        GradientCheck g = GradientCheck.of(SPHERE, new double[] {3, 4}, 1e-2);
        assertThat(g.forward()).containsExactly(new double[] {6.01, 8.01}, within(1e-10));
        assertThat(g.forwardError()).isCloseTo(0.01, within(1e-10));
        assertThat(g.centralError()).isLessThan(1e-10);
    }

    @Test
    void sweepRunsFromOneTenthToOneTrillionth() {
        GradientCheck g = GradientCheck.of(SPHERE, new double[] {1, 1}, 1e-4);
        assertThat(g.sweep()).hasSize(12);
        assertThat(g.sweep().getFirst().h()).isEqualTo(1e-1);
        assertThat(g.sweep().getLast().h()).isEqualTo(1e-12);
    }

    /** The seed's lesson: on a smooth non-quadratic function, h = 1e-12 is worse than h = 1e-4 (rounding error). */
    @Test
    void tooSmallAStepIsWorse() {
        GradientCheck g = GradientCheck.of(new Rosenbrock(), new double[] {-1.2, 1}, 1e-4);
        double at4 = g.sweep().get(3).centralError();
        double at12 = g.sweep().get(11).centralError();
        assertThat(g.sweep().get(3).h()).isEqualTo(1e-4);
        assertThat(at12).isGreaterThan(100 * at4);
        CustomSurface s = Objectives.custom("sin(x) * exp(y)", ExpressionLimits.defaults());
        GradientCheck e = GradientCheck.of(s, new double[] {0.7, 0.3}, 1e-4);
        assertThat(e.sweep().get(11).centralError()).isGreaterThan(e.sweep().get(3).centralError());
        // forward is first order: at h = 1e-4 it is much worse than central
        assertThat(e.forwardError()).isGreaterThan(100 * e.centralError());
    }

    /** Data problems: the gradient over the parameters of the full-batch loss. */
    @Test
    void studyHoursGradient() {
        // loss(w) = mean((w·x − y)²) with x = 1, 2, 3, y = 2x: d/dw = 2·mean(x²)·(w − 2) = (28/3)(w − 2)
        GradientCheck g = GradientCheck.of(Datasets.studyHoursW(), new double[] {0.5}, 1e-4);
        assertThat(g.analytic()[0]).isCloseTo(28.0 / 3 * (0.5 - 2), within(1e-12));
        assertThat(g.central()[0]).isCloseTo(g.analytic()[0], within(1e-8));
        GradientCheck q = GradientCheck.of(Datasets.quizScores(), new double[] {0.1, 0.2, 0.3, 0.5}, 1e-4);
        assertThat(q.central()).hasSize(4);
        assertThat(q.centralError()).isLessThan(1e-3 * Math.abs(q.analytic()[0]));
    }

    @Test
    void refusesABadPointOrStep() {
        assertThatThrownBy(() -> GradientCheck.of(SPHERE, new double[] {1}, 1e-4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 values");
        assertThatThrownBy(() -> GradientCheck.of(SPHERE, new double[] {1, Double.NaN}, 1e-4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GradientCheck.of(SPHERE, new double[] {1, 1}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 1]");
    }
}
