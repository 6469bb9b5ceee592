package org.gdplayground.engine.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gdplayground.engine.Close.rel;

import org.gdplayground.engine.function.Ellipse;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Saddle;
import org.gdplayground.engine.function.Sphere;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepRecord;
import org.junit.jupiter.api.Test;

/**
 * The first steps of the rest of torch.optim (RAdam, Rprop, ASGD, L-BFGS) and of Lion and Newton, worked by hand from
 * docs/conventions.md#optimizers (radam … newton), like {@link GoldenStepTest}: f(x, y) = x² + y²
 * (g = 2θ) from θ₀ = (−3, 4), g₀ = (−6, 8), loss₀ = 25, unless said otherwise.
 *
 * <p>Where the arithmetic gets long (ASGD's η, RAdam's rectified step) the digits were checked with
 * src/test/golden/torch_reference.py, an independent plain-Python transcription of torch's own code, never with this
 * code.
 */
class GoldenStepRestTest {

    private static StepRecord[] steps(Objective f, Optimizer opt, int n, double... start) {
        Run run = Scenario.of(f, opt).withStart(start).withSteps(n).start();
        StepRecord[] out = new StepRecord[n];
        for (int i = 0; i < n; i++) {
            out[i] = run.step();
        }
        return out;
    }

    private static StepRecord[] sphere(Optimizer opt, int n) {
        return steps(new Sphere(), opt, n, -3, 4);
    }

    private static double[] state(StepRecord r, String name) {
        return new State(r.state()).get(name).values();
    }

    @Test
    void radamIsUnrectifiedAtFirst() {
        // γ = 0.1, β1 = 0.9, β2 = 0.999: ρ∞ = 2/0.001 − 1 = 1999.
        // Step 1: m = (−0.6, 0.8), v = (0.036, 0.064), m̂ = m/0.1 = (−6, 8); ρ₁ = 1999 − 2·0.999/0.001 = 1 ≤ 5:
        //   θ₁ = θ₀ − 0.1·m̂ = (−2.4, 3.2).
        // Step 2: g₁ = (−4.8, 6.4); m = 0.9·m + 0.1·g₁ = (−1.02, 1.36); v = 0.999·0.036 + 0.001·23.04 = 0.059004 (and
        //   0.104896); m̂ = m/0.19 = (−5.3684210526315789, 7.1578947368421053);
        //   ρ₂ = 1999 − 4·0.998001/0.001999 = 1.99949974987494 ≤ 5 (exactly; in float64 the subtraction
        //   1999 − 1997.0005 cancels three digits: torch's own float64 arithmetic gives 1.999499749846109, which is
        //   what is compared); θ₂ = θ₁ − 0.1·m̂ = (−1.8631578947368421, 2.4842105263157895).
        StepRecord[] s = sphere(new RAdam(0.1), 2);
        rel(state(s[0], "m"), -0.6, 0.8);
        rel(state(s[0], "mHat"), -6, 8);
        rel(state(s[0], "rho")[0], 1);
        assertThat(state(s[0], "rectified")).containsExactly(0);
        rel(s[0].theta(), -2.4, 3.2);
        rel(state(s[1], "v"), 0.059004, 0.104896);
        rel(state(s[1], "mHat"), -5.3684210526315789, 7.1578947368421053);
        rel(state(s[1], "rho")[0], 1.999499749846109);
        rel(state(s[1], "rho")[0], 1.9994997498749375, 1e-10);
        rel(s[1].theta(), -1.8631578947368421, 2.4842105263157895);
    }

    @Test
    void radamRectifiesOnceRhoExceedsFive() {
        // β2 = 0.9: ρ∞ = 19; ρₜ = 19 − 2t·0.9ᵗ/(1 − 0.9ᵗ): ρ₅ = 19 − 10·0.59049/0.40951 = 4.5805719030060 ≤ 5,
        //   ρ₆ = 19 − 12·0.531441/0.468559 = 5.3895646012562 > 5: rectified with
        //   r = √((ρ₆ − 4)(ρ₆ − 2)·19 / (15·17·ρ₆)) = 0.25517680654669 (torch_reference.py: same digits).
        StepRecord[] s = sphere(new RAdam(0.1, 0.9, 0.9, 1e-8, 0), 6);
        rel(state(s[4], "rho")[0], 4.580571903006032, 1e-12);
        assertThat(state(s[4], "rectified")).containsExactly(0);
        rel(state(s[5], "rho")[0], 5.389564601256193, 1e-12);
        assertThat(state(s[5], "rectified")).containsExactly(1);
        rel(state(s[5], "r")[0], 0.2551768065466866, 1e-12);
        rel(s[4].theta(), -0.6049438892426193, 0.8065918523234923);
        rel(s[5].theta(), -0.5822466092185359, 0.7838945722757595);
    }

    @Test
    void rprop() {
        // γ = 0.1: η starts at 0.1, g_prev at 0. Step 1: g_prev·g = 0: η stays 0.1; θ₁ = θ₀ − 0.1·sign(g₀)
        //   = (−2.9, 3.9), g_prev = (−6, 8).
        // Step 2: g₁ = (−5.8, 7.8), same signs: η = 0.1·1.2 = 0.12; θ₂ = (−2.78, 3.78).
        StepRecord[] s = sphere(new Rprop(0.1, 0.5, 1.2, 1e-6, 50), 2);
        rel(state(s[0], "eta"), 0.1, 0.1);
        rel(state(s[0], "prevGrad"), -6, 8);
        rel(s[0].theta(), -2.9, 3.9);
        rel(state(s[1], "eta"), 0.12, 0.12);
        rel(s[1].theta(), -2.78, 3.78);
    }

    @Test
    void rpropShrinksAndWaitsWhenTheSignFlips() {
        // γ = 1: θ₁ = (−2, 3) (η 1), θ₂ = (−0.8, 1.8) (η 1.2), θ₃ = (0.64, 0.36) (η 1.44): x jumped over 0.
        // Step 4: g₃ = (1.28, 0.72). x: g_prev·g = −1.6·1.28 < 0 → η = 0.72, g ← 0: x stays 0.64, g_prev = 0;
        //   y: 3.6·0.72 > 0 → η = 1.728, y = 0.36 − 1.728 = −1.368.
        // Step 5: g₄ = (1.28, −2.736). x: g_prev = 0 → η stays 0.72, x = 0.64 − 0.72 = −0.08;
        //   y: 0.72·(−2.736) < 0 → η = 0.864, y stays −1.368.
        StepRecord[] s = sphere(new Rprop(1, 0.5, 1.2, 1e-6, 50), 5);
        rel(s[2].theta(), 0.64, 0.36);
        rel(state(s[3], "eta"), 0.72, 1.728);
        rel(state(s[3], "prevGrad"), 0, 0.72);
        rel(s[3].theta(), 0.64, -1.368);
        rel(state(s[4], "eta"), 0.72, 0.864);
        rel(s[4].theta(), -0.08, -1.368);
    }

    @Test
    void rpropStepSizesStayWithinTheirBounds() {
        // stepMax 0.15: η = 0.1, 0.12, 0.144, then 0.1728 is clamped to 0.15 (the signs never change here).
        StepRecord[] s = sphere(new Rprop(0.1, 0.5, 1.2, 1e-6, 0.15), 4);
        rel(state(s[2], "eta"), 0.144, 0.144);
        rel(state(s[3], "eta"), 0.15, 0.15);
    }

    @Test
    void asgd() {
        // γ = 0.1, λ = 1e-4, α = 0.75, t₀ = 1e6. Step 1: η = 0.1, μ = 1: θ₁ = θ₀·(1 − 1e-5) − 0.1·g₀
        //   = (−2.99997 + 0.6, 3.99996 − 0.8) = (−2.39997, 3.19996); ax = θ₁;
        //   η ← 0.1/(1 + 1e-5)^0.75 = 0.099999250006562…; μ ← 1/max(1, 1 − 1e6) = 1.
        // Step 2: g₁ = 2θ₁: θ₂ = θ₁·(1 − 1e-4·η) − η·g₁ = (−1.919955600403497, 2.559940800537996).
        StepRecord[] s = sphere(new Asgd(0.1, 1e-4, 0.75, 1e6, 0), 2);
        rel(s[0].theta(), -2.39997, 3.19996);
        rel(state(s[0], "ax"), -2.39997, 3.19996);
        rel(state(s[0], "eta")[0], 0.09999925000656246);
        rel(state(s[0], "mu")[0], 1);
        rel(s[1].theta(), -1.919955600403497, 2.559940800537996);
        rel(state(s[1], "eta")[0], 0.09999850002624952);
    }

    @Test
    void asgdAveragesAfterT0() {
        // t₀ = 1: μ after step 3 is 1/(3 − 1) = 0.5, so step 4 averages: ax₄ = ax₃ + 0.5·(θ₄ − ax₃)
        //   = (−1.3823517129554217, 1.8431356172738955) (the mean of θ₃ and θ₄); μ ← 1/3.
        StepRecord[] s = sphere(new Asgd(0.1, 1e-4, 0.75, 1, 0), 4);
        rel(state(s[2], "mu")[0], 0.5);
        rel(state(s[2], "ax"), -1.5359510408207875, 2.047934721094383);
        rel(s[3].theta(), -1.228752385090056, 1.638336513453408);
        rel(state(s[3], "ax"), -1.3823517129554217, 1.8431356172738955);
        rel(state(s[3], "mu")[0], 1.0 / 3);
    }

    @Test
    void lion() {
        // γ = 0.1, β1 = 0.9, β2 = 0.99. Step 1: c = 0.1·g₀ = (−0.6, 0.8) → θ₁ = θ₀ − 0.1·sign(c) = (−2.9, 3.9);
        //   m = 0.01·g₀ = (−0.06, 0.08).
        // Step 2: g₁ = (−5.8, 7.8); c = 0.9·m + 0.1·g₁ = (−0.634, 0.852) → θ₂ = (−2.8, 3.8);
        //   m = 0.99·m + 0.01·g₁ = (−0.1174, 0.1572).
        StepRecord[] s = sphere(new Lion(0.1, 0.9, 0.99, 0), 2);
        rel(s[0].theta(), -2.9, 3.9);
        rel(state(s[0], "m"), -0.06, 0.08);
        rel(state(s[1], "c"), -0.634, 0.852);
        rel(s[1].theta(), -2.8, 3.8);
        rel(state(s[1], "m"), -0.1174, 0.1572);
    }

    @Test
    void lionDecaysDecoupled() {
        // λ = 0.5, γ = 0.1: θ ← θ₀·0.95 = (−2.85, 3.8), then −0.1·sign(c): θ₁ = (−2.75, 3.7).
        StepRecord[] s = sphere(new Lion(0.1, 0.9, 0.99, 0.5), 1);
        rel(s[0].theta(), -2.75, 3.7);
    }

    @Test
    void lbfgsWithoutLineSearchIsExactOnTheBowlInTwoSteps() {
        // γ = 1. Step 1 (first iteration): d = −g₀ = (6, −8), t = min(1, 1/‖g₀‖₁)·1 = 1/14;
        //   θ₁ = θ₀ + d/14 = (−18/7, 24/7) = (−2.5714285714285714, 3.4285714285714286).
        // Step 2: g₁ = (−36/7, 48/7); y = g₁ − g₀ = (6/7, −8/7); s = t·d = (3/7, −4/7); yᵀs = 50/49 > 1e-10 → kept;
        //   H_diag = yᵀs/yᵀy = (50/49)/(100/49) = 0.5. Two-loop: q = −g₁ = (36/7, −48/7); a = ρ·sᵀq = 6;
        //   q − a·y = 0; r = 0.5·0 = 0; b = ρ·yᵀr = 0; r + (a − b)·s = (18/7, −24/7) = d; t = 1;
        //   θ₂ = θ₁ + d = (0, 0) (BFGS is exact on a quadratic), up to rounding.
        StepRecord[] s = sphere(Lbfgs.defaults(), 2);
        rel(state(s[0], "d"), 6, -8);
        rel(state(s[0], "t")[0], 1.0 / 14);
        rel(s[0].theta(), -18.0 / 7, 24.0 / 7);
        rel(state(s[1], "memory")[0], 1);
        rel(state(s[1], "Hdiag")[0], 0.5);
        rel(state(s[1], "d"), 18.0 / 7, -24.0 / 7);
        rel(state(s[1], "t")[0], 1);
        assertThat(s[1].theta()[0]).isCloseTo(0, within(1e-14));
        assertThat(s[1].theta()[1]).isCloseTo(0, within(1e-14));
        assertThat(state(s[1], "evals")).containsExactly(0);
    }

    @Test
    void lbfgsStrongWolfeInterpolatesToTheMinimumAlongTheLine() {
        // γ = 20, strong Wolfe. φ(t) = f(θ₀ + t·d) = 25·(1 − 2t)², φ'(t) = −100·(1 − 2t); φ(0) = 25, φ'(0) = −100.
        // First trial t = min(1, 1/14)·20 = 10/7: φ = 25·(13/7)² = 86.2 > 25 + 1e-4·t·(−100) → bracket [0, 10/7].
        // Zoom: cubic interpolation with d1 = φ'(0) + φ'(10/7) − 3(φ(0) − φ(10/7))/(0 − 10/7) = −300/7,
        //   d2 = √(d1² − φ'(0)φ'(10/7)) = 1000/7, t = 10/7 − 10/7·(1300/7 + 1000/7 + 300/7)/(1300/7 + 700/7 + 2000/7)
        //   = 10/7·(1 − 0.65) = 0.5: φ(0.5) = 0, φ'(0.5) = 0 meets both Wolfe conditions. 2 evaluations;
        //   θ₁ = θ₀ + 0.5·(6, −8) = (0, 0). Step 2: max|g₁| ≤ 1e-7: no move, nothing changes, 0 evaluations.
        StepRecord[] s = sphere(new Lbfgs(20, 100, 1, 1e-7, 1e-9), 2);
        rel(state(s[0], "t")[0], 0.5);
        rel(state(s[0], "evals")[0], 2);
        assertThat(s[0].theta()[0]).isCloseTo(0, within(1e-14));
        assertThat(s[0].theta()[1]).isCloseTo(0, within(1e-14));
        assertThat(s[1].update()).containsExactly(0, 0);
        assertThat(state(s[1], "evals")).containsExactly(0);
        assertThat(state(s[1], "iter")).containsExactly(1);
    }

    @Test
    void newtonLandsOnTheMinimumOfABowlInOneStep() {
        // Ellipse x² + 10y² from (−4, 2): g₀ = (−8, 40), H = diag(2, 20), det H = 40, H⁻¹g = (−4, 2), θ₁ = (0, 0).
        // H comes from central differences of the analytic gradient: exact up to rounding for a quadratic.
        StepRecord[] s = steps(new Ellipse(), Newton.defaults(), 1, -4, 2);
        double[] h = state(s[0], "H");
        assertThat(h[0]).isCloseTo(2, within(1e-9));
        assertThat(h[1]).isCloseTo(0, within(1e-9));
        assertThat(h[2]).isCloseTo(0, within(1e-9));
        assertThat(h[3]).isCloseTo(20, within(1e-9));
        assertThat(state(s[0], "detH")[0]).isCloseTo(40, within(1e-8));
        near(state(s[0], "HinvG"), -4, 2, 1e-9);
        assertThat(s[0].theta()[0]).isCloseTo(0, within(1e-9));
        assertThat(s[0].theta()[1]).isCloseTo(0, within(1e-9));
    }

    @Test
    void newtonHeadsForTheSaddle() {
        // Saddle x² − y² from (−2, 0.001): g₀ = (−4, −0.002), H = diag(2, −2), det H = −4, H⁻¹g = (−2, 0.001):
        //   θ₁ = (0, 0), the saddle point — Newton finds where g = 0, not a minimum.
        StepRecord[] s = steps(new Saddle(), Newton.defaults(), 1, -2, 0.001);
        assertThat(state(s[0], "detH")[0]).isCloseTo(-4, within(1e-8));
        assertThat(s[0].theta()[0]).isCloseTo(0, within(1e-9));
        assertThat(s[0].theta()[1]).isCloseTo(0, within(1e-12));
        assertThat(Newton.View.of(s[0].state()).positiveDefinite()).isFalse();
        assertThat(Newton.View.of(steps(new Sphere(), Newton.defaults(), 1, -3, 4)[0].state()).positiveDefinite())
                .isTrue();
    }

    private static void near(double[] actual, double x, double y, double tol) {
        org.gdplayground.engine.Close.rel(actual[0], x, tol);
        org.gdplayground.engine.Close.rel(actual[1], y, tol);
    }
}
