package org.gdplayground.engine.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gdplayground.engine.Close.rel;

import java.util.List;
import org.gdplayground.engine.function.Sphere;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepRecord;
import org.junit.jupiter.api.Test;

/**
 * The first and second step of every optimizer, worked by hand from docs/conventions.md#optimizers. Unless said otherwise:
 * f(x, y) = x² + y² (analytic gradient g = 2θ) from θ₀ = (−3, 4), so g₀ = (−6, 8) and loss₀ = 25.
 *
 * <p>The literals were worked out from the formulas in the comments; where ε or bias corrections make the arithmetic
 * long, the digits were checked with an independent 40-digit evaluation of the same docs/conventions.md formulas
 * (src/test/golden/golden_steps.py), never with this code.
 */
class GoldenStepTest {

    /** The two records of steps 1 and 2 of {@code opt} on the sphere from (−3, 4). */
    private static StepRecord[] twoSteps(Optimizer opt) {
        Run run = Scenario.of(new Sphere(), opt).withStart(-3, 4).withSteps(2).start();
        return new StepRecord[] {run.step(), run.step()};
    }

    private static double[] state(StepRecord r, String name) {
        return new State(r.state()).get(name).values();
    }

    @Test
    void sgd() {
        // γ = 0.1. θ₁ = θ₀ − 0.1·(−6, 8) = (−2.4, 3.2); g₁ = (−4.8, 6.4); θ₂ = (−2.4 + 0.48, 3.2 − 0.64).
        StepRecord[] s = twoSteps(new Sgd(0.1));
        rel(s[0].theta(), -2.4, 3.2);
        rel(s[0].grad(), -6, 8);
        rel(s[0].update(), 0.6, -0.8);
        rel(s[0].loss(), 16.0); // 5.76 + 10.24
        rel(s[1].grad(), -4.8, 6.4);
        rel(s[1].theta(), -1.92, 2.56);
        rel(s[1].loss(), 10.24); // 3.6864 + 6.5536
        assertThat(s[1].state()).isEmpty();
    }

    @Test
    void momentum() {
        // γ = 0.1, μ = 0.9, τ = 0. Step 1: b = g₀ = (−6, 8); θ₁ = (−3 + 0.6, 4 − 0.8) = (−2.4, 3.2).
        // Step 2: g₁ = (−4.8, 6.4); b = 0.9·(−6, 8) + (−4.8, 6.4) = (−10.2, 13.6);
        //         θ₂ = (−2.4 + 1.02, 3.2 − 1.36) = (−1.38, 1.84).
        StepRecord[] s = twoSteps(new Momentum(0.1, 0.9, 0, 0));
        rel(s[0].theta(), -2.4, 3.2);
        rel(state(s[0], "b"), -6, 8);
        rel(state(s[1], "b"), -10.2, 13.6);
        rel(s[1].theta(), -1.38, 1.84);
        rel(s[1].update(), 1.02, -1.36);
    }

    @Test
    void momentumWithDampening() {
        // τ = 0.5: step 1 still b = g₀ (torch clones the first gradient undamped).
        // Step 2: b = 0.9·(−6, 8) + 0.5·(−4.8, 6.4) = (−7.8, 10.4); θ₂ = (−2.4 + 0.78, 3.2 − 1.04) = (−1.62, 2.16).
        StepRecord[] s = twoSteps(new Momentum(0.1, 0.9, 0.5, 0));
        rel(state(s[0], "b"), -6, 8);
        rel(s[0].theta(), -2.4, 3.2);
        rel(state(s[1], "b"), -7.8, 10.4);
        rel(s[1].theta(), -1.62, 2.16);
    }

    @Test
    void nesterov() {
        // γ = 0.1, μ = 0.9. Step 1: b = g₀; θ₁ = θ₀ − 0.1·(g₀ + 0.9·g₀) = θ₀ − 0.19·(−6, 8) = (−1.86, 2.48).
        // Step 2: g₁ = (−3.72, 4.96); b = 0.9·(−6, 8) + g₁ = (−9.12, 12.16);
        //         g₁ + μ·b = (−3.72 − 8.208, 4.96 + 10.944) = (−11.928, 15.904);
        //         θ₂ = (−1.86 + 1.1928, 2.48 − 1.5904) = (−0.6672, 0.8896).
        StepRecord[] s = twoSteps(new Nesterov(0.1, 0.9, 0));
        rel(s[0].theta(), -1.86, 2.48);
        rel(state(s[0], "b"), -6, 8);
        rel(s[1].grad(), -3.72, 4.96);
        rel(state(s[1], "b"), -9.12, 12.16);
        rel(s[1].theta(), -0.6672, 0.8896);
    }

    @Test
    void adagrad() {
        // γ = 0.1, ε = 1e-10, s₀ = 0. Step 1: s = g₀² = (36, 64);
        //   θ₁ = θ₀ − 0.1·(−6/(6 + 1e-10), 8/(8 + 1e-10)) = (−2.9 − 0.1·(1e-10/6)…, 3.9 + 0.1·(1e-10/8)…)
        //      = (−2.9000000000016667, 3.90000000000125).
        // Step 2: g₁ = 2θ₁ = (−5.8000000000033333, 7.8000000000025); s = (36 + 33.64…, 64 + 60.84…)
        //   = (69.640000000038667, 124.840000000039); θ₂ = θ₁ − 0.1·g₁/(√s + ε)
        //   = (−2.9 + 0.1·5.8/8.34505…, 3.9 − 0.1·7.8/11.17318…) = (−2.8304977903177314, 3.8301899863889093).
        StepRecord[] s = twoSteps(new Adagrad(0.1, 1e-10, 0, 0));
        rel(state(s[0], "s"), 36, 64);
        rel(s[0].theta(), -2.9000000000016667, 3.90000000000125);
        rel(state(s[1], "s"), 69.640000000038667, 124.840000000039);
        rel(s[1].theta(), -2.8304977903177314, 3.8301899863889093);
    }

    @Test
    void adagradInitialAccumulator() {
        // s₀ = 0.1 (Keras' choice): s = 36.1; √36.1 = 6.0083275543199207;
        //   θ₁x = −3 + 0.1·6/(√36.1 + 1e-10) = −3 + 0.099861399793… = −2.9001386002068711.
        StepRecord[] s = twoSteps(new Adagrad(0.1, 1e-10, 0.1, 0));
        rel(state(s[0], "s")[0], 36.1);
        rel(s[0].theta(0), -2.9001386002068711);
    }

    @Test
    void rmsprop() {
        // γ = 0.01, α = 0.99, ε = 1e-8. Step 1: v = 0.01·g₀² = (0.36, 0.64), √v = (0.6, 0.8);
        //   θ₁ = θ₀ − 0.01·(−6/(0.6 + 1e-8), 8/(0.8 + 1e-8)) = (−3 + 0.1·(1 − 1.6667e-8), 4 − 0.1·(1 − 1.25e-8))
        //      = (−2.9000000016666666, 3.9000000012500000).
        // Step 2: g₁ = (−5.8000000033333333, 7.8000000025); v = 0.99·v + 0.01·g₁² = (0.69280000038666666,
        //   1.2420000003900000); θ₂ = θ₁ − 0.01·g₁/(√v + ε) = (−2.8303174494400765, 3.8300103545990139).
        StepRecord[] s = twoSteps(new RmsProp(0.01, 0.99, 1e-8, 0));
        rel(state(s[0], "v"), 0.36, 0.64);
        rel(s[0].theta(), -2.9000000016666666, 3.90000000125);
        rel(state(s[1], "v"), 0.69280000038666666, 1.24200000039);
        rel(s[1].theta(), -2.8303174494400765, 3.8300103545990139);
    }

    @Test
    void adadelta() {
        // γ = 1, ρ = 0.9, ε = 1e-6. Step 1: v = 0.1·g₀² = (3.6, 6.4);
        //   Δ = √(0 + 1e-6)/√(v + 1e-6)·g = (1e-3/1.8973668…·(−6), 1e-3/2.5298223…·8)
        //     = (−0.0031622772209632403, 0.0031622774131154661)   (≈ √(ε/(1−ρ))·sign g = 0.00316…: tiny)
        //   u = 0.1·Δ² = (9.9999972222229938e-7, 9.9999984375002441e-7); θ₁ = θ₀ − Δ.
        // Step 2: g₁ = 2θ₁; v = 0.9·v + 0.1·g₁² = (6.8324145346685771, 12.149884712277406);
        //   Δ = √(u + ε)/√(v + ε)·g₁ = (−0.0032428066456427068, 0.0032432124295585874); θ₂ = θ₁ − Δ.
        StepRecord[] s = twoSteps(new Adadelta(1.0, 0.9, 1e-6, 0));
        rel(state(s[0], "v"), 3.6, 6.4);
        rel(state(s[0], "u"), 9.9999972222229938e-7, 9.9999984375002441e-7);
        rel(s[0].update(), 0.0031622772209632403, -0.0031622774131154661);
        rel(s[0].theta(), -2.9968377227790368, 3.9968377225868845);
        rel(state(s[1], "v"), 6.8324145346685771, 12.149884712277406);
        rel(state(s[1], "u"), 1.9515792441025198e-6, 1.9518425456993535e-6);
        rel(s[1].update(), 0.0032428066456427068, -0.0032432124295585874);
        rel(s[1].theta(), -2.9935949161333941, 3.9935945101573259);
    }

    @Test
    void adam() {
        // γ = 0.1, β1 = 0.9, β2 = 0.999, ε = 1e-8. Step 1: m = 0.1·g₀ = (−0.6, 0.8), v = 0.001·g₀² = (0.036, 0.064);
        //   m̂ = m/0.1 = (−6, 8), v̂ = v/0.001 = (36, 64); θ₁ = θ₀ − 0.1·m̂/(|g₀| + ε) ≈ θ₀ − 0.1·sign(g₀):
        //   (−3 + 0.6/6.00000001, 4 − 0.8/8.00000001) = (−2.9000000001666667, 3.9000000001250000).
        // Step 2: g₁ = 2θ₁ = (−5.8000000003333333, 7.8000000002500000);
        //   m = 0.9·m + 0.1·g₁ = (−1.1200000000333333, 1.500000000025); v = 0.999·v + 0.001·g₁²
        //   = (0.069604000003866667, 0.1247760000039); m̂ = m/0.19 = (−5.8947368422807018, 7.8947368422368421);
        //   v̂ = v/0.001999 = (34.819409706786727, 62.419209606753377);
        //   θ₂ = θ₁ − 0.1·m̂/(√v̂ + ε) = (−2.8001027074147883, 3.8000739950802714).
        StepRecord[] s = twoSteps(new Adam(0.1));
        rel(state(s[0], "m"), -0.6, 0.8);
        rel(state(s[0], "v"), 0.036, 0.064);
        rel(state(s[0], "mHat"), -6, 8);
        rel(state(s[0], "vHat"), 36, 64);
        rel(s[0].theta(), -2.9000000001666667, 3.900000000125);
        rel(state(s[1], "m"), -1.1200000000333333, 1.500000000025);
        rel(state(s[1], "v"), 0.069604000003866667, 0.1247760000039);
        rel(state(s[1], "mHat"), -5.8947368422807018, 7.8947368422368421);
        rel(state(s[1], "vHat"), 34.819409706786727, 62.419209606753377);
        rel(s[1].theta(), -2.8001027074147883, 3.8000739950802714);
    }

    @Test
    void adamw() {
        // γ = 0.1, λ = 0.01 (decoupled). Step 1: θ ← θ₀·(1 − 0.001) = (−2.997, 3.996), then the Adam step with
        //   g₀ = (−6, 8) (taken at θ₀): θ₁ = (−2.997 + 0.6/6.00000001, 3.996 − 0.8/8.00000001)
        //   = (−2.8970000001666667, 3.8960000001250000).
        // Step 2: g₁ = 2θ₁ = (−5.7940000003333333, 7.7920000002500000); θ ← θ₁·0.999; m = (−1.1194000000333333,
        //   1.499200000025), v = (0.069534436003862667, 0.124651264003896); m̂ = m/0.19, v̂ = v/0.001999;
        //   θ₂ = 0.999·θ₁ − 0.1·m̂/(√v̂ + ε) = (−2.7942092931928854, 3.7921813311428333).
        StepRecord[] s = twoSteps(Adam.adamW(0.1, 0.9, 0.999, 1e-8, 0.01));
        rel(s[0].theta(), -2.8970000001666667, 3.896000000125);
        rel(s[0].grad(), -6, 8);
        rel(state(s[1], "m"), -1.1194000000333333, 1.499200000025);
        rel(state(s[1], "v"), 0.069534436003862667, 0.124651264003896);
        rel(state(s[1], "mHat"), -5.8915789475438596, 7.8905263159210526);
        rel(s[1].theta(), -2.7942092931928854, 3.7921813311428333);
    }

    @Test
    void adamax() {
        // γ = 0.1, β1 = 0.9, β2 = 0.999, ε = 1e-8. Step 1: m = (−0.6, 0.8); u = max(0, |g₀| + ε) = (6.00000001,
        //   8.00000001); γ/(1 − 0.9) = 1; θ₁ = θ₀ − m/u = (−2.9000000001666667, 3.9000000001250000).
        // Step 2: g₁ = 2θ₁; m = 0.9·m + 0.1·g₁ = (−1.1200000000333333, 1.500000000025);
        //   u = max(0.999·u, |g₁| + ε) = max((5.99400000999, 7.99200000999), (5.80000001…, 7.80000001…))
        //     = (5.99400000999, 7.99200000999)   (the decayed old maximum wins);
        //   θ₂ = θ₁ − (0.1/0.19)·m/u = (−2.8016560423345656, 3.8012170067269967).
        StepRecord[] s = twoSteps(new Adamax(0.1, 0.9, 0.999, 1e-8, 0));
        rel(state(s[0], "u"), 6.00000001, 8.00000001);
        rel(s[0].theta(), -2.9000000001666667, 3.900000000125);
        rel(state(s[1], "m"), -1.1200000000333333, 1.500000000025);
        rel(state(s[1], "u"), 5.99400000999, 7.99200000999);
        rel(s[1].theta(), -2.8016560423345656, 3.8012170067269967);
    }

    @Test
    void nadam() {
        // γ = 0.1, β1 = 0.9, β2 = 0.999, ε = 1e-8, ψ = 0.004.
        //   0.96^0.004 = e^(0.004·ln 0.96) = e^(−0.000163288…) = 0.99983672535…
        //   μ₁ = 0.9·(1 − ½·0.99983672535…) = 0.45007347359129612
        //   0.96^0.008 = 0.99967347736…;  μ₂ = 0.9·(1 − ½·0.99967347736…) = 0.45014693518621754
        //   0.96^0.012: μ₃ = 0.45022038478672296
        //   Π₁ = μ₁ = 0.45007347359129612;  Π₂ = μ₁·μ₂ = 0.20259919474573697
        // Step 1: m = (−0.6, 0.8), v = (0.036, 0.064), v̂ = (36, 64), √v̂ + ε = (6.00000001, 8.00000001);
        //   θ₁ = θ₀ − 0.1·(1 − μ₁)/(1 − Π₁)·g₀/(√v̂+ε) − 0.1·μ₂/(1 − Π₁·μ₂)·m/(√v̂+ε)
        //      = θ₀ − 0.1·1·(−1, 1)·(1 − ~1.7e-9) − 0.1·0.45014693…/0.79740…·(−0.1, 0.1)·(1 − ~1.7e-9)
        //      = (−2.8943548223405365, 3.8943548222965176).
        // Step 2: g₁ = 2θ₁ = (−5.7887096446810729, 7.7887096445930353); m = (−1.1188709644681073, 1.4988709644593035);
        //   v = (0.069473159350423674, 0.12459999792777657); v̂ = v/0.001999 = (34.753956653538606, 62.331164546161364);
        //   θ₂ = θ₁ − 0.1·(1 − μ₂)/(1 − Π₂)·g₁/(√v̂+ε) − 0.1·μ₃/(1 − Π₂·μ₃)·m/(√v̂+ε)
        //      = (−2.8172428595689960, 3.8169222217252951).
        StepRecord[] s = twoSteps(new Nadam(0.1, 0.9, 0.999, 1e-8, 0.004, 0));
        rel(state(s[0], "mu")[0], 0.45007347359129612);
        rel(state(s[0], "muProduct")[0], 0.45007347359129612);
        rel(s[0].theta(), -2.8943548223405365, 3.8943548222965176);
        rel(state(s[1], "mu")[0], 0.45014693518621754);
        rel(state(s[1], "muProduct")[0], 0.20259919474573697);
        rel(state(s[1], "v"), 0.069473159350423674, 0.12459999792777657);
        rel(state(s[1], "vHat"), 34.753956653538606, 62.331164546161364);
        rel(s[1].theta(), -2.8172428595689960, 3.8169222217252951);
    }

    @Test
    void amsgradOnTheSphereMatchesAdam() {
        // |g| shrinks by less than the decay, so v grows, vMax = v and AMSGrad takes Adam's two steps.
        StepRecord[] s = twoSteps(Adam.amsGrad(0.1, 0.9, 0.999, 1e-8, 0));
        rel(state(s[0], "vMax"), 0.036, 0.064);
        rel(s[0].theta(), -2.9000000001666667, 3.900000000125);
        rel(state(s[1], "vMax"), 0.069604000003866667, 0.1247760000039);
        rel(s[1].theta(), -2.8001027074147883, 3.8000739950802714);
    }

    @Test
    void amsgradKeepsTheLargestSecondMoment() {
        // 1-D, θ₀ = 1, γ = 0.1, gradients 10 then 0 (pure API).
        // Step 1: m = 1, v = 0.001·100 = 0.1, vMax = 0.1; m̂ = 10, v̂ = 100; θ₁ = 1 − 0.1·10/(10 + 1e-8)
        //   = 0.9000000001.
        // Step 2: g = 0: m = 0.9, v = 0.999·0.1 = 0.0999 < vMax = 0.1; m̂ = 0.9/0.19 = 4.7368421052631579;
        //   AMSGrad v̂ = 0.1/0.001999 = 50.025012506253127 → θ₂ = θ₁ − 0.1·4.7368…/(7.0728361… + ε)
        //   = 0.83302768607366061;  Adam's v̂ = 0.0999/0.001999 = 49.974987493746873 → θ₂ = 0.83299417478112991.
        Optimizer ams = Adam.amsGrad(0.1, 0.9, 0.999, 1e-8, 0);
        Step a1 = ams.step(new double[] {1}, new double[] {10}, ams.init(1), 0.1, 1);
        rel(a1.theta(), 0.9000000001);
        Step a2 = ams.step(a1.theta(), new double[] {0}, a1.state(), 0.1, 2);
        rel(a2.state().get("v").values(), 0.0999);
        rel(a2.state().get("vMax").values(), 0.1);
        rel(a2.state().get("vHat").values(), 50.025012506253127);
        rel(a2.theta(), 0.83302768607366061);

        Optimizer adam = new Adam(0.1);
        Step d1 = adam.step(new double[] {1}, new double[] {10}, adam.init(1), 0.1, 1);
        Step d2 = adam.step(d1.theta(), new double[] {0}, d1.state(), 0.1, 2);
        rel(d2.state().get("vHat").values(), 49.974987493746873);
        rel(d2.theta(), 0.83299417478112991);
    }

    @Test
    void sgdWithL2WeightDecay() {
        // γ = 0.1, λ = 0.5: the rule sees g + λθ = 2θ + 0.5θ = 2.5θ, so θ ← θ·(1 − 0.25).
        // θ₁ = 0.75·(−3, 4) = (−2.25, 3); θ₂ = 0.5625·(−3, 4) = (−1.6875, 2.25). The record keeps the raw g.
        StepRecord[] s = twoSteps(new Sgd(0.1, 0.5));
        rel(s[0].theta(), -2.25, 3);
        rel(s[0].grad(), -6, 8);
        rel(s[1].theta(), -1.6875, 2.25);
        rel(s[1].grad(), -4.5, 6);
    }

    @Test
    void adamL2DecayVersusAdamWDecoupledDecay() {
        // θ₀ = 2, g = 0, γ = 0.1, λ = 0.5.
        // Adam + L2: g' = 0 + 0.5·2 = 1 → m = 0.1, v = 0.001, m̂ = v̂ = 1 → θ₁ = 2 − 0.1·1/(1 + 1e-8) = 1.900000001
        //   (normalised: the decay moves θ by a whole γ).
        // AdamW: θ ← 2·(1 − 0.05) = 1.9, then g = 0 → m = v = 0 → no Adam move: θ₁ = 1.9 exactly.
        Optimizer l2 = new Adam(0.1, 0.9, 0.999, 1e-8, 0.5);
        Step a = l2.step(new double[] {2}, new double[] {0}, l2.init(1), 0.1, 1);
        rel(a.theta(), 1.900000001);
        rel(a.state().get("m").values(), 0.1);

        Optimizer w = Adam.adamW(0.1, 0.9, 0.999, 1e-8, 0.5);
        Step b = w.step(new double[] {2}, new double[] {0}, w.init(1), 0.1, 1);
        assertThat(b.theta()).containsExactly(1.9);
        assertThat(b.state().get("m").values()).containsExactly(0.0);
        assertThat(b.update()).containsExactly(1.9 - 2.0);
    }

    @Test
    void stateNamesAreInTheDocumentedOrder() {
        assertThat(names(new Sgd(0.1))).isEmpty();
        assertThat(names(Momentum.defaults())).containsExactly("b");
        assertThat(names(Nesterov.defaults())).containsExactly("b");
        assertThat(names(Adagrad.defaults())).containsExactly("s");
        assertThat(names(RmsProp.defaults())).containsExactly("v");
        assertThat(names(Adadelta.defaults())).containsExactly("v", "u");
        assertThat(names(Adam.defaults())).containsExactly("m", "v", "mHat", "vHat");
        assertThat(names(Optimizers.defaults("adamw"))).containsExactly("m", "v", "mHat", "vHat");
        assertThat(names(Optimizers.defaults("amsgrad"))).containsExactly("m", "v", "vMax", "mHat", "vHat");
        assertThat(names(Adamax.defaults())).containsExactly("m", "u");
        assertThat(names(Nadam.defaults())).containsExactly("m", "v", "mu", "muProduct", "vHat");
    }

    @Test
    void initialStates() {
        assertThat(Adagrad.defaults().init(2).get("s").values()).containsExactly(0.0, 0.0);
        assertThat(new Adagrad(0.01, 1e-10, 0.1, 0).init(2).get("s").values()).containsExactly(0.1, 0.1);
        State nadam = Nadam.defaults().init(2);
        assertThat(nadam.get("muProduct").values()).containsExactly(1.0);
        assertThat(nadam.get("mu").values()).containsExactly(0.0);
        assertThat(Adam.defaults().init(3).get("mHat").values()).containsExactly(0.0, 0.0, 0.0);
    }

    private static List<String> names(Optimizer o) {
        return o.init(2).names();
    }
}
