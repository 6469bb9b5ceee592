package org.gdplayground.engine.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** The built-in data problems with hand-worked numbers. */
class DatasetsTest {

    @Test
    void studyHoursWithoutIntercept() {
        RegressionProblem p = Datasets.studyHoursW();
        assertThat(p.id()).isEqualTo("study-hours-w");
        assertThat(p.dimension()).isEqualTo(1);
        assertThat(p.intercept()).isFalse();
        // loss(0) = (4 + 16 + 36)/3 = 56/3; ∂loss/∂w = (2/3)·Σ (w·x − y)·x = −(2/3)·Σ x·y = −(2/3)·28 = −18.6667
        assertThat(p.value(new double[] {0})).isCloseTo(56.0 / 3, within(1e-12));
        double[] g = new double[1];
        p.gradient(new double[] {0}, g);
        assertThat(g[0]).isCloseTo(-56.0 / 3, within(1e-12)).isCloseTo(-18.6667, within(1e-4));
        new GradientEvaluator(p, new GradientMode.Central(1e-4)).gradient(new double[] {0}, g);
        assertThat(g[0]).isCloseTo(-56.0 / 3, within(1e-8));
        // loss(w) = mean(x²)·(w − 2)² = (14/3)·(w − 2)²
        assertThat(p.value(new double[] {5})).isCloseTo(42, within(1e-12));
        assertThat(p.value(new double[] {1})).isCloseTo(14.0 / 3, within(1e-12));
        assertThat(p.leastSquaresOptimum()).hasSize(1);
        assertThat(p.leastSquaresOptimum()[0]).isCloseTo(2, within(1e-12));
        assertThat(p.minima().getFirst().value()).isCloseTo(0, within(1e-20));
        assertThat(p.defaultStart()).containsExactly(0);
        assertThat(p.bounds().yMax()).isGreaterThanOrEqualTo(p.value(new double[] {p.bounds().xMin()}));
    }

    @Test
    void studyHoursWithIntercept() {
        RegressionProblem p = Datasets.studyHoursWb();
        assertThat(p.id()).isEqualTo("study-hours-wb");
        assertThat(p.dimension()).isEqualTo(2);
        double[] g = new double[2];
        p.gradient(new double[] {0, 0}, g);
        // ∂w = −(2/3)·28, ∂b = −(2/3)·Σ y = −(2/3)·12 = −8
        assertThat(g[0]).isCloseTo(-56.0 / 3, within(1e-12));
        assertThat(g[1]).isCloseTo(-8, within(1e-12));
        // at (1, 1): residuals 0, −1, −2 → loss 5/3, ∂w = (2/3)·(0 − 2 − 6) = −16/3, ∂b = (2/3)·(−3) = −2
        assertThat(p.value(new double[] {1, 1})).isCloseTo(5.0 / 3, within(1e-12));
        p.gradient(new double[] {1, 1}, g);
        assertThat(g[0]).isCloseTo(-16.0 / 3, within(1e-12));
        assertThat(g[1]).isCloseTo(-2, within(1e-12));
        double[] opt = p.leastSquaresOptimum();
        assertThat(opt[0]).isCloseTo(2, within(1e-12));
        assertThat(opt[1]).isCloseTo(0, within(1e-12));
        assertThat(p.defaultStart()).containsExactly(0, 0);
    }

    @Test
    void quizScoresLossAtZerosIsTheMeanOfYSquared() {
        RegressionProblem p = Datasets.quizScores();
        assertThat(p.id()).isEqualTo("quiz-scores");
        assertThat(p.dimension()).isEqualTo(4);
        assertThat(p.rows()).isEqualTo(5);
        assertThat(p.defaultStart()).containsExactly(0, 0, 0, 0);
        // (152² + 185² + 180² + 196² + 142²)/5 = 148309/5
        assertThat(p.value(new double[4])).isCloseTo(29661.8, within(1e-9));
        // ∂W₁ = −(2/5)·Σ x₁·y = −(2/5)·73503; ∂b = −(2/5)·Σ y = −(2/5)·855
        double[] g = new double[4];
        p.gradient(new double[4], g);
        assertThat(g[0]).isCloseTo(-29401.2, within(1e-9));
        assertThat(g[3]).isCloseTo(-342, within(1e-9));
    }

    @Test
    void quizScoresOptimumAgreesWithTheNormalEquations() {
        RegressionProblem p = Datasets.quizScores();
        double[][] x = {{73, 80, 75}, {93, 88, 93}, {89, 91, 90}, {96, 98, 100}, {73, 66, 70}};
        double[] y = {152, 185, 180, 196, 142};
        RealMatrix a = new Array2DRowRealMatrix(5, 4);
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 3; j++) {
                a.setEntry(i, j, x[i][j]);
            }
            a.setEntry(i, 3, 1);
        }
        // (AᵀA) θ = Aᵀ y
        double[] normal = new LUDecomposition(a.transpose().multiply(a)).getSolver()
                .solve(a.transpose().operate(new ArrayRealVector(y))).toArray();
        double[] qr = p.leastSquaresOptimum();
        // also against the values from a 50-digit solve of the same equations
        double[] exact = {0.7954752953442764, 0.40837914399119553, 0.75458773166217525, 4.4021095428680184};
        for (int j = 0; j < 4; j++) {
            assertThat(qr[j]).as("θ%d", j).isCloseTo(normal[j], within(1e-7 * Math.max(1, Math.abs(normal[j]))));
            assertThat(qr[j]).as("θ%d", j).isCloseTo(exact[j], within(1e-8 * Math.max(1, Math.abs(exact[j]))));
        }
        double[] g = new double[4];
        p.gradient(qr, g);
        for (double gj : g) {
            assertThat(gj).isCloseTo(0, within(1e-6));
        }
        assertThat(p.minima().getFirst().value()).isCloseTo(0.10432555586509738, within(1e-9));
        assertThat(p.minima().getFirst().global()).isTrue();
    }

    @Test
    void boundsContainTheStartAndTheOptimum() {
        for (RegressionProblem p : new RegressionProblem[] {
                Datasets.studyHoursW(), Datasets.studyHoursWb(), Datasets.quizScores()}) {
            Bounds b = p.bounds();
            double[] s = p.defaultStart();
            double[] opt = p.leastSquaresOptimum();
            assertThat(s[0]).isBetween(b.xMin(), b.xMax());
            assertThat(opt[0]).isBetween(b.xMin(), b.xMax());
            if (p.dimension() > 1) {
                assertThat(s[1]).isBetween(b.yMin(), b.yMax());
                assertThat(opt[1]).isBetween(b.yMin(), b.yMax());
            }
            assertThat(p.formula()).startsWith("mean((");
        }
    }
}
