package org.gdplayground.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The exact rate map equals the spectral radius of the whole 2d×2d iteration matrix of (θ − θ*, b), built here from
 * the Hessian and decomposed by commons-math3's general (non-symmetric) {@link EigenDecomposition}, to 1e−9. Grid
 * points where the 2×2 blocks are within 1e−6 of a double eigenvalue are left out: there the matrix is (nearly)
 * defective and any numerical eigen-solver is only accurate to about √ε ≈ 1e−8.
 */
class RateMapTest {

    @Test
    void heavyBallAndNesterovOnQuadraticsEqualTheIterationMatrixSpectralRadius() {
        int compared = 0;
        for (String id : new String[] {"sphere", "ellipse", "saddle", "booth", "textbook-quadratic",
                "study-hours-wb", "quiz-scores"}) {
            Objective f = Objectives.builtin(id).orElseThrow();
            double[][] h = hessianByHand(id);
            double lMax = Math.abs(Eigen.symmetric(h)[h.length - 1]);
            double[] lrs = RateMap.logSpaced(1e-3 / lMax, 4 / lMax, 23);
            double[] betas = RateMap.linear(0, 0.99, 17);
            for (boolean nesterov : new boolean[] {false, true}) {
                for (double dampening : nesterov ? new double[] {0} : new double[] {0, 0.3}) {
                    RateMap.Result map = RateMap.exact(f, nesterov, dampening, 0, lrs, betas);
                    assertThat(map.kind()).isEqualTo(RateMap.Kind.EXACT);
                    for (int j = 0; j < betas.length; j++) {
                        for (int i = 0; i < lrs.length; i++) {
                            if (nearDefective(h, nesterov, dampening, lrs[i], betas[j])) {
                                continue;
                            }
                            double expected = spectralRadius(h, nesterov, dampening, lrs[i], betas[j]);
                            assertThat(map.rates()[j][i]).as("%s nesterov=%s τ=%s lr=%s β=%s", id, nesterov,
                                    dampening, lrs[i], betas[j]).isCloseTo(expected,
                                            within(1e-9 * Math.max(1, expected)));
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(5000);
    }

    @Test
    void theRateIsBelowOneExactlyWhereMomentumConvergesOnTheNarrowBowl() {
        // x² + 10y²: λ = 2, 20. Plain GD (μ = 0) converges for lr < 2/20 = 0.1; heavy ball for lr < 2(1 + μ)/20.
        assertThat(RateMap.radius(20, false, 0, 0.099, 0)).isLessThan(1);
        assertThat(RateMap.radius(20, false, 0, 0.101, 0)).isGreaterThan(1);
        assertThat(RateMap.radius(20, false, 0, 0.18, 0.9)).isLessThan(1);
        assertThat(RateMap.radius(20, false, 0, 0.19 + 1e-3, 0.9)).isGreaterThan(1);
        // the optimum of Polyak's heavy ball: √μ with μ = ((√κ − 1)/(√κ + 1))², lr = (2/(√L + √ℓ))²
        double kappa = 10;
        double mu = Math.pow((Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1), 2);
        double lr = Math.pow(2 / (Math.sqrt(20) + Math.sqrt(2)), 2);
        double rate = RateMap.exact(new double[] {2, 20}, false, 0, 0, new double[] {lr, lr},
                new double[] {mu, mu}).rates()[0][0];
        assertThat(rate).isCloseTo(Math.sqrt(mu), within(1e-7));
    }

    @Test
    void measuredRateFollowsTheRunAndMarksDivergence() {
        Objective f = Objectives.builtin("rosenbrock").orElseThrow();
        Scenario base = Scenario.of(f, Optimizers.defaults("momentum")).withStart(-1.5, 2).withSteps(300);
        RateMap.Result map = RateMap.measured(base, "momentum", java.util.Map.of(), new double[] {1e-4, 1e-3, 0.05},
                new double[] {0.5, 0.9});
        assertThat(map.kind()).isEqualTo(RateMap.Kind.MEASURED);
        assertThat(map.rates()[1][1]).isLessThan(1).isGreaterThan(0.9);   // converging slowly along the valley
        assertThat(map.rates()[1][0]).isGreaterThan(map.rates()[1][1]);    // smaller lr: slower
        assertThat(map.rates()[1][2]).isEqualTo(Double.POSITIVE_INFINITY); // lr 0.05 on Rosenbrock diverges
    }

    @Test
    void gridsIncludeBothEnds() {
        double[] lrs = RateMap.logSpaced(1e-4, 1, 5);
        assertThat(lrs).containsExactly(new double[] {1e-4, 1e-3, 1e-2, 1e-1, 1.0}, within(1e-15));
        assertThat(lrs[0]).isEqualTo(1e-4);
        assertThat(lrs[4]).isEqualTo(1.0);
        assertThat(RateMap.linear(0, 0.99, 4)).containsExactly(0, 0.33, 0.66, 0.99);
    }

    /** The Hessians written out here, independently of the engine's {@code Hessians}. */
    private static double[][] hessianByHand(String id) {
        return switch (id) {
            case "sphere" -> new double[][] {{2, 0}, {0, 2}};
            case "ellipse" -> new double[][] {{2, 0}, {0, 20}};
            case "saddle" -> new double[][] {{2, 0}, {0, -2}};
            case "booth" -> new double[][] {{10, 8}, {8, 10}};
            case "textbook-quadratic" -> new double[][] {{0.02}};
            case "study-hours-wb" -> mse(new double[][] {{1}, {2}, {3}});
            case "quiz-scores" -> mse(new double[][] {{73, 80, 75}, {93, 88, 93}, {89, 91, 90}, {96, 98, 100},
                    {73, 66, 70}});
            default -> throw new IllegalArgumentException(id);
        };
    }

    /** (2/m)·AᵀA with A = [X 1]. */
    private static double[][] mse(double[][] x) {
        int m = x.length;
        int d = x[0].length + 1;
        double[][] h = new double[d][d];
        for (double[] row : x) {
            double[] a = new double[d];
            System.arraycopy(row, 0, a, 0, row.length);
            a[d - 1] = 1;
            for (int p = 0; p < d; p++) {
                for (int q = 0; q < d; q++) {
                    h[p][q] += 2.0 / m * a[p] * a[q];
                }
            }
        }
        return h;
    }

    /** ρ of [[I − γK, −γμI], [K, μI]] (heavy ball, K = (1 − τ)H) or [[I − γ(1 + μ)H, −γμ²I], [H, μI]] (Nesterov). */
    private static double spectralRadius(double[][] h, boolean nesterov, double dampening, double lr, double mu) {
        int d = h.length;
        double[][] m = new double[2 * d][2 * d];
        for (int p = 0; p < d; p++) {
            for (int q = 0; q < d; q++) {
                double k = nesterov ? h[p][q] : (1 - dampening) * h[p][q];
                double id = p == q ? 1 : 0;
                m[p][q] = id - lr * (nesterov ? (1 + mu) : 1) * k;
                m[p][d + q] = -lr * (nesterov ? mu * mu : mu) * id;
                m[d + p][q] = k;
                m[d + p][d + q] = mu * id;
            }
        }
        EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(m));
        double[] re = e.getRealEigenvalues();
        double[] im = e.getImagEigenvalues();
        double r = 0;
        for (int i = 0; i < re.length; i++) {
            r = Math.max(r, Math.hypot(re[i], im[i]));
        }
        return r;
    }

    private static boolean nearDefective(double[][] h, boolean nesterov, double dampening, double lr, double mu) {
        for (double lambda : Eigen.symmetric(h)) {
            double k = nesterov ? lambda : (1 - dampening) * lambda;
            double a = 1 - lr * k * (nesterov ? 1 + mu : 1);
            double b = -lr * (nesterov ? mu * mu : mu);
            double half = (a + mu) / 2;
            double disc = half * half - (a * mu - b * k);
            if (Math.abs(disc) < 1e-6) {
                return true;
            }
        }
        return false;
    }
}
