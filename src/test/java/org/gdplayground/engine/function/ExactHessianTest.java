package org.gdplayground.engine.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.optimizer.Newton;
import org.gdplayground.engine.run.RunResult;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.Status;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.engine.run.StopReason;
import org.gdplayground.engine.simplenet.SimpleNet;
import org.gdplayground.engine.simplenet.Trainer;
import org.junit.jupiter.api.Test;

/** Every objective's exact Hessian, and Newton's method following the exact-Hessian rule. */
class ExactHessianTest {

    private static final double[][] POINTS = {{-1.5, 2}, {0.3, -0.7}, {1.1, 0.9}, {2.2, -1.8}, {-0.4, 0.25}};

    /** The hand-derived second derivatives agree with central differences of the exact gradient. */
    @Test
    void builtInSurfacesMatchDifferencesOfTheirGradient() {
        for (Objective f : Objectives.builtins()) {
            for (double[] p0 : POINTS) {
                double[] p = java.util.Arrays.copyOf(p0, f.dimension());
                assertMatchesDifferences(f, p);
            }
        }
    }

    /** Every built-in surface's exact Hessian equals second-order AD of its own expression (one file per surface). */
    @Test
    void everySurfaceHessianMatchesADOfItsExpression() {
        for (Objective f : Objectives.builtins()) {
            if (!(f instanceof Surface s)) {
                continue;
            }
            CustomSurface c = CustomSurface.parse(s.expression(), ExpressionLimits.defaults());
            int n = s.dimension();
            for (double[] p0 : POINTS) {
                double[] p = java.util.Arrays.copyOf(p0, 2);
                double[] hc = new double[4];
                c.hessian(p, hc);
                double[] hb = new double[n * n];
                s.hessian(java.util.Arrays.copyOf(p0, n), hb);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        assertThat(hb[i * n + j]).as("%s at %s [%d,%d]", s.id(), List.of(p[0], p[1]), i, j)
                                .isCloseTo(hc[i * 2 + j], within(1e-9 * Math.max(1, Math.abs(hc[i * 2 + j]))));
                    }
                }
            }
        }
    }

    /** A typed expression's second-order AD gives the same Hessian as the built-in surface it spells. */
    @Test
    void typedExpressionsHaveExactSecondDerivatives() {
        Map<String, Surface> same = Map.of(
                "(1 - x)^2 + 100*(y - x^2)^2", new Rosenbrock(),
                "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2", new Beale(),
                "1 - exp(-(x^2 + y^2))", new Plateau(),
                "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)", new Rastrigin());
        for (var e : same.entrySet()) {
            CustomSurface c = CustomSurface.parse(e.getKey(), ExpressionLimits.defaults());
            for (double[] p : POINTS) {
                double[] hc = new double[4];
                double[] hb = new double[4];
                c.hessian(p, hc);
                e.getValue().hessian(p, hb);
                for (int i = 0; i < 4; i++) {
                    assertThat(hc[i]).as("%s at %s [%d]", e.getKey(), List.of(p[0], p[1]), i)
                            .isCloseTo(hb[i], within(1e-9 * Math.max(1, Math.abs(hb[i]))));
                }
            }
        }
    }

    @Test
    void dataProblemsHaveTheMeanSquaredErrorHessian() {
        RegressionProblem rp = Datasets.studyHoursWb();
        double[] h = new double[4];
        rp.hessian(new double[] {0.5, -1}, h);
        assertThat(h).containsExactly(new double[] {28.0 / 3, 4, 4, 2}, within(1e-12));
        assertMatchesDifferences(Datasets.quizScores(), new double[] {0.1, 0.2, 0.3, 0.4});
    }

    /**
     * Newton on Rosenbrock from (−1.5, 2) follows θ ← θ − H⁻¹g with the hand-written exact Hessian
     * [[1200x² − 400y + 2, −400x], [−400x, 200]] to 1e−9 at every step.
     */
    @Test
    void newtonFollowsTheExactHessianRuleOnRosenbrock() {
        var run = Scenario.of(new Rosenbrock(), Newton.defaults()).withSteps(6).start();
        run.runToEnd(() -> false);
        RunResult r = run.result();
        double x = -1.5;
        double y = 2;
        for (StepRecord rec : r.records()) {
            assertThat(rec.theta(0)).as("x at step %d", rec.k()).isCloseTo(x, within(1e-9));
            assertThat(rec.theta(1)).as("y at step %d", rec.k()).isCloseTo(y, within(1e-9));
            double gx = -2 * (1 - x) - 400 * x * (y - x * x);
            double gy = 200 * (y - x * x);
            double a = 1200 * x * x - 400 * y + 2;
            double b = -400 * x;
            double d = 200;
            double det = a * d - b * b;
            x -= (d * gx - b * gy) / det;
            y -= (-b * gx + a * gy) / det;
        }
        assertThat(r.records()).hasSize(7);
    }

    /** x⁴ + y⁴ at the origin has H = 0: Newton stops there with "singular Hessian". */
    @Test
    void aSingularHessianStopsTheRun() {
        CustomSurface flat = CustomSurface.parse("x^4 + y^4", ExpressionLimits.defaults());
        var run = Scenario.of(flat, Newton.defaults()).withStart(0, 0).start();
        run.runToEnd(() -> false);
        RunResult r = run.result();
        assertThat(r.status()).isEqualTo(Status.DIVERGED);
        assertThat(r.reason()).isInstanceOfSatisfying(StopReason.Diverged.class,
                d -> assertThat(d.kind()).isEqualTo(StopReason.Kind.SINGULAR_HESSIAN));
    }

    /** simpleNet's Hessian x·xᵀ ⊗ (diag y − y·yᵀ) has rank ≤ 2 of 6: Newton must call it singular. */
    @Test
    void simpleNetNewtonCallsItsSingularHessianSingular() {
        Trainer t = new Trainer(SimpleNet.seed(), SimpleNet.BOOK_W, Newton.defaults());
        assertThat(t.step()).isFalse();
        assertThat(t.stop()).isEqualTo(Trainer.Stop.SINGULAR_HESSIAN);
        double[] w = t.w();
        assertThat(w).containsExactly(SimpleNet.BOOK_W, within(0.0));
    }

    private static void assertMatchesDifferences(Objective f, double[] p) {
        int n = f.dimension();
        double[] h = new double[n * n];
        f.hessian(p, h);
        double[] gp = new double[n];
        double[] gm = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 1e-6 * Math.max(1, Math.abs(p[i]));
            double[] x = p.clone();
            x[i] = p[i] + s;
            f.gradient(x, gp);
            x[i] = p[i] - s;
            f.gradient(x, gm);
            for (int j = 0; j < n; j++) {
                double fd = (gp[j] - gm[j]) / (2 * s);
                assertThat(h[i * n + j]).as("%s H[%d][%d] at %s", f.id(), i, j, java.util.Arrays.toString(p))
                        .isCloseTo(fd, within(1e-5 * Math.max(1, Math.abs(fd))));
                assertThat(h[i * n + j]).isEqualTo(h[j * n + i]);
            }
        }
    }
}
