package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * Nadam, Adam with Nesterov momentum — Dozat, "Incorporating Nesterov Momentum into Adam" (ICLR 2016 workshop) — as
 * {@code torch.optim.NAdam} in PyTorch ≥ 2.0 (the 1.13 bug that counted μₜ twice is not reproduced).
 *
 * <pre>
 *   g ← g + λ·θ                                   (only when weightDecay λ ≠ 0)
 *   μₜ   = β1·(1 − ½·0.96^(t·ψ))
 *   μₜ₊₁ = β1·(1 − ½·0.96^((t+1)·ψ))
 *   Π ← Π·μₜ                                      (Π starts at 1)
 *   m ← β1·m + (1 − β1)·g
 *   v ← β2·v + (1 − β2)·g²
 *   v̂ = v / (1 − β2ᵗ)
 *   θ ← θ − γ·(1 − μₜ)/(1 − Π) · g/(√v̂ + ε) − γ·μₜ₊₁/(1 − Π·μₜ₊₁) · m/(√v̂ + ε)
 * </pre>
 * State (in order): {@code m}, {@code v}, {@code mu} (μₜ of the last step, a 1-vector, 0 before the first),
 * {@code muProduct} (Π, a 1-vector, 1 before the first), and for display {@code vHat}.
 *
 * @param lr            learning rate γ, default 2e-3
 * @param beta1         β1, default 0.9, in [0, 1)
 * @param beta2         β2, default 0.999, in [0, 1)
 * @param eps           ε, default 1e-8
 * @param momentumDecay ψ, default 0.004
 * @param weightDecay   L2 weight decay λ, default 0
 */
public record Nadam(double lr, double beta1, double beta2, double eps, double momentumDecay, double weightDecay)
        implements Optimizer {

    public static final String KEY = "nadam";
    private static final ParamSpec LR = Hyper.lr(2e-3);
    private static final ParamSpec BETA1 = Hyper.beta1(0.9);
    private static final ParamSpec BETA2 = Hyper.beta2(0.999);
    private static final ParamSpec EPS = Hyper.eps(1e-8);
    private static final ParamSpec MOMENTUM_DECAY = Hyper.momentumDecay(0.004);
    private static final ParamSpec WEIGHT_DECAY = Hyper.weightDecay(0);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, BETA1, BETA2, EPS, MOMENTUM_DECAY, WEIGHT_DECAY);

    public Nadam {
        LR.check(lr);
        BETA1.check(beta1);
        BETA2.check(beta2);
        EPS.check(eps);
        MOMENTUM_DECAY.check(momentumDecay);
        WEIGHT_DECAY.check(weightDecay);
    }

    public static Nadam defaults() {
        return new Nadam(LR.def(), BETA1.def(), BETA2.def(), EPS.def(), MOMENTUM_DECAY.def(), WEIGHT_DECAY.def());
    }

    static Nadam of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new Nadam(v[0], v[1], v[2], v[3], v[4], v[5]);
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
        return Hyper.values(SPECS, lr, beta1, beta2, eps, momentumDecay, weightDecay);
    }

    @Override
    public Stepper newStepper(int dim) {
        return new Fast(dim, this);
    }

    @Override
    public Stability stability() {
        return Stability.none("stability.adaptive");
    }

    @Override
    public void explainCoordinate(Explanation x, int i) {
        String p = x.name(i);
        x.line("m_" + p + " ← β1·m + (1 − β1)·g = " + x.f(x.state("m", i)) + ",  v_" + p + " ← β2·v + (1 − β2)·g² = "
                + x.f(x.state("v", i)) + ",  v̂ = " + x.f(x.state("vHat", i)));
        x.line("μ_t = " + x.f(x.state("mu", 0)) + ",  Π = " + x.f(x.state("muProduct", 0)));
        x.line(p + " ← " + x.f7(x.before(i)) + " − γ·(1 − μ_t)/(1 − Π)·g/(√v̂ + ε) − γ·μ_{t+1}/(1 − Π·μ_{t+1})"
                + "·m/(√v̂ + ε) = " + x.f7(x.after(i)));
    }

    static final class Fast extends Stepper {

        private final double beta1;
        private final double beta2;
        private final double eps;
        private final DecayTerm bc2;
        /** 1 − ½·0.96^(t·ψ). */
        private final DecayTerm momentumTerm;
        private final double[] m;
        private final double[] v;
        private double mu;
        private double muProduct = 1;

        Fast(int dim, Nadam o) {
            super(dim, o.weightDecay);
            this.beta1 = o.beta1;
            this.beta2 = o.beta2;
            this.eps = o.eps;
            this.bc2 = DecayTerm.biasCorrection(o.beta2);
            this.momentumTerm = new DecayTerm(0.5, 0.96, o.momentumDecay);
            this.m = new double[dim];
            this.v = new double[dim];
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            double bc2 = this.bc2.at(t);
            mu = beta1 * momentumTerm.at(t);
            double muNext = beta1 * momentumTerm.at(t + 1);
            muProduct *= mu;
            double cg = -lr * (1 - mu) / (1 - muProduct);
            double cm = -lr * muNext / (1 - muProduct * muNext);
            for (int i = 0; i < dim; i++) {
                double gi = g[i];
                m[i] = beta1 * m[i] + (1 - beta1) * gi;
                v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
                double denom = Math.sqrt(v[i] / bc2) + eps;
                double old = theta[i];
                double next = old + cg * (gi / denom) + cm * (m[i] / denom);
                theta[i] = next;
                update[i] = next - old;
            }
        }

        @Override
        public List<NamedVector> snapshot() {
            return List.of(new NamedVector("m", m), new NamedVector("v", v), new NamedVector("mu", new double[] {mu}),
                    new NamedVector("muProduct", new double[] {muProduct}),
                    new NamedVector("vHat", Adam.corrected(v, beta2, t)));
        }

        @Override
        void load(State state, int t) {
            read(state, "m", m);
            read(state, "v", v);
            double[] one = new double[1];
            read(state, "mu", one);
            mu = one[0];
            read(state, "muProduct", one);
            muProduct = one[0];
            this.t = t;
        }
    }
}
