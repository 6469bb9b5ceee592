package org.gdplayground.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gdplayground.engine.function.CustomSurface;
import org.gdplayground.engine.function.Datasets;
import org.gdplayground.engine.function.Ellipse;
import org.gdplayground.engine.function.ExpressionLimits;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.engine.function.Saddle;
import org.gdplayground.engine.function.Sphere;
import org.junit.jupiter.api.Test;

class InsightTest {

    @Test
    void sphere() {
        Insight i = Insight.of(new Sphere(), new double[] {3, 4});
        assertThat(i.hessian()).isDeepEqualTo(new double[][] {{2, 0}, {0, 2}});
        assertThat(i.eigenvalues()).containsExactly(2, 2);
        assertThat(i.curvature()).isEqualTo(2);
        assertThat(i.criticalLr()).isEqualTo(1.0);
        assertThat(i.conditionNumber()).isEqualTo(1.0);
        assertThat(i.kind()).isEqualTo(Insight.Kind.MINIMUM);
    }

    @Test
    void narrowBowl() {
        Insight i = Insight.of(new Ellipse(), new double[] {-4, 2});
        assertThat(i.eigenvalues()).containsExactly(2, 20);
        assertThat(i.criticalLr()).isCloseTo(0.1, within(1e-15));
        assertThat(i.conditionNumber()).isCloseTo(10, within(1e-12));
        // lr 0.11 > 2/L: along y the error is multiplied by |1 − 0.11·20| = 1.2 each step
        assertThat(i.contraction(0.11)).isCloseTo(1.2, within(1e-12));
        assertThat(i.contraction(0.05)).isCloseTo(0.9, within(1e-12));
    }

    /** The same bowl typed as an expression: finite differences of the AD gradient agree with the hand-derived H. */
    @Test
    void narrowBowlAsAnExpression() {
        CustomSurface s = Objectives.custom("x^2 + 10*y^2", ExpressionLimits.defaults());
        Insight i = Insight.of(s, new double[] {-4, 2});
        assertThat(i.hessian()[0]).containsExactly(new double[] {2, 0}, within(1e-6));
        assertThat(i.hessian()[1]).containsExactly(new double[] {0, 20}, within(1e-6));
        assertThat(i.criticalLr()).isCloseTo(0.1, within(1e-8));
    }

    /** Rosenbrock at its minimum (1, 1): H = [[802, −400], [−400, 200]], λ = 501 ± √(301² + 400²). */
    @Test
    void rosenbrockAtItsMinimum() {
        Insight i = Insight.of(new Rosenbrock(), new double[] {1, 1});
        assertThat(i.hessian()).isDeepEqualTo(new double[][] {{802, -400}, {-400, 200}});
        double r = Math.hypot(301, 400);
        assertThat(i.eigenvalues()).containsExactly(new double[] {501 - r, 501 + r}, within(1e-9));
        assertThat(i.criticalLr()).isCloseTo(2 / (501 + r), within(1e-15));
        assertThat(i.conditionNumber()).isCloseTo((501 + r) / (501 - r), within(1e-6));
        assertThat(i.kind()).isEqualTo(Insight.Kind.MINIMUM);
    }

    /** Study hours, prediction w·x, x = 1, 2, 3: loss″(w) = 2·mean(x²) = 28/3, so 2/L = 3/14. */
    @Test
    void studyHoursHessianIsTwiceTheMeanSquare() {
        Insight i = Insight.of(Datasets.studyHoursW(), new double[] {0});
        assertThat(i.hessian()[0][0]).isCloseTo(2 * (1 + 4 + 9) / 3.0, within(1e-12));
        assertThat(i.criticalLr()).isCloseTo(3.0 / 14, within(1e-12));
        assertThat(i.conditionNumber()).isEqualTo(1.0);
    }

    /** With the intercept: (2/m)·[[Σx², Σx], [Σx, m]] = [[28/3, 4], [4, 2]]. */
    @Test
    void studyHoursWithInterceptAndQuizScores() {
        Insight i = Insight.of(Datasets.studyHoursWb(), new double[] {0, 0});
        assertThat(i.hessian()[0]).containsExactly(new double[] {28.0 / 3, 4}, within(1e-12));
        assertThat(i.hessian()[1]).containsExactly(new double[] {4, 2}, within(1e-12));
        Insight q = Insight.of(Datasets.quizScores(), new double[] {0, 0, 0, 0});
        assertThat(q.eigenvalues()).hasSize(4);
        assertThat(q.eigenvalues()[0]).isPositive().isLessThan(q.eigenvalues()[3]);
        // the trace is the sum of the eigenvalues (Jacobi keeps it)
        double trace = 0;
        double sum = 0;
        for (int k = 0; k < 4; k++) {
            trace += q.hessian()[k][k];
            sum += q.eigenvalues()[k];
        }
        assertThat(sum).isCloseTo(trace, within(1e-9 * trace));
        assertThat(q.conditionNumber()).isGreaterThan(1e5);
    }

    @Test
    void saddleMaximumAndFlat() {
        Insight s = Insight.of(new Saddle(), new double[] {0, 0});
        assertThat(s.kind()).isEqualTo(Insight.Kind.SADDLE);
        assertThat(s.eigenvalues()).containsExactly(-2, 2);
        CustomSurface cap = Objectives.custom("-(x^2) - y^2", ExpressionLimits.defaults());
        assertThat(Insight.of(cap, new double[] {1, 1}).kind()).isEqualTo(Insight.Kind.MAXIMUM);
        CustomSurface plane = Objectives.custom("x + 2*y", ExpressionLimits.defaults());
        Insight flat = Insight.of(plane, new double[] {1, 1});
        assertThat(flat.kind()).isEqualTo(Insight.Kind.FLAT);
        assertThat(flat.criticalLr()).isNull();
        assertThat(flat.conditionNumber()).isNull();
        // a valley: one eigenvalue zero, so no condition number, but 2/L exists
        CustomSurface valley = Objectives.custom("x^2", ExpressionLimits.defaults());
        Insight v = Insight.of(valley, new double[] {1, 1});
        assertThat(v.conditionNumber()).isNull();
        assertThat(v.criticalLr()).isCloseTo(1.0, within(1e-8));
        assertThat(v.kind()).isEqualTo(Insight.Kind.MINIMUM);
    }

    @Test
    void jacobiMatchesAKnownSpectrum() {
        // [[2, −1, 0], [−1, 2, −1], [0, −1, 2]] has eigenvalues 2 − √2, 2, 2 + √2
        double[] e = Eigen.symmetric(new double[][] {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}});
        assertThat(e).containsExactly(new double[] {2 - Math.sqrt(2), 2, 2 + Math.sqrt(2)}, within(1e-12));
    }
}
