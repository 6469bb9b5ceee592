package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * AdamW, Adam with decoupled weight decay — Loshchilov &amp; Hutter, "Decoupled Weight Decay Regularization"
 * (ICLR 2019, arXiv:1711.05101) — as {@code torch.optim.AdamW} (amsgrad off).
 *
 * <pre>
 *   θ ← θ·(1 − γ·λ)                           (decoupled: the gradient is not changed)
 *   m ← β1·m + (1 − β1)·g
 *   v ← β2·v + (1 − β2)·g²
 *   m̂ = m / (1 − β1ᵗ),   v̂ = v / (1 − β2ᵗ)
 *   θ ← θ − γ·m̂ / (√v̂ + ε)
 * </pre>
 * g is the gradient at θ before the decay. State (in order): {@code m}, {@code v}, and for display {@code mHat},
 * {@code vHat}.
 *
 * @param lr          learning rate γ, default 1e-3
 * @param beta1       β1, default 0.9, in [0, 1)
 * @param beta2       β2, default 0.999, in [0, 1)
 * @param eps         ε, default 1e-8
 * @param weightDecay decoupled weight decay λ, default 0.01
 */
public record AdamW(double lr, double beta1, double beta2, double eps, double weightDecay) implements Optimizer {

    public static final String KEY = "adamw";
    private static final ParamSpec LR = Hyper.lr(1e-3);
    private static final ParamSpec BETA1 = Hyper.beta1(0.9);
    private static final ParamSpec BETA2 = Hyper.beta2(0.999);
    private static final ParamSpec EPS = Hyper.eps(1e-8);
    private static final ParamSpec WEIGHT_DECAY = Hyper.weightDecay(0.01);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, BETA1, BETA2, EPS, WEIGHT_DECAY);

    public AdamW {
        LR.check(lr);
        BETA1.check(beta1);
        BETA2.check(beta2);
        EPS.check(eps);
        WEIGHT_DECAY.check(weightDecay);
    }

    public static AdamW defaults() {
        return new AdamW(LR.def(), BETA1.def(), BETA2.def(), EPS.def(), WEIGHT_DECAY.def());
    }

    static AdamW of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new AdamW(v[0], v[1], v[2], v[3], v[4]);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public List<ParamSpec> specs() {
        return SPECS;
    }

    @Override
    public Map<String, Double> values() {
        return Hyper.values(SPECS, lr, beta1, beta2, eps, weightDecay);
    }

    @Override
    public Stepper newStepper(int dim) {
        return new Adam.Fast(dim, beta1, beta2, eps, 0, weightDecay);
    }
}
