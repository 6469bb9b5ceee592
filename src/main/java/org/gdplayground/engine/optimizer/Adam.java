package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * Adam — Kingma &amp; Ba, "Adam: A Method for Stochastic Optimization" (ICLR 2015, arXiv:1412.6980) — as
 * {@code torch.optim.Adam} (amsgrad off; see {@link AmsGrad}).
 *
 * <pre>
 *   g ← g + λ·θ                               (only when weightDecay λ ≠ 0: L2, not AdamW)
 *   m ← β1·m + (1 − β1)·g
 *   v ← β2·v + (1 − β2)·g²
 *   m̂ = m / (1 − β1ᵗ),   v̂ = v / (1 − β2ᵗ)
 *   θ ← θ − γ·m̂ / (√v̂ + ε)
 * </pre>
 * The first step is ≈ −γ·sign(g) (m̂ = g, v̂ = g²). Keras adds ε before bias correction; torch (and this) after.
 * State (in order): {@code m}, {@code v}, and for display {@code mHat}, {@code vHat} (zero before the first step).
 *
 * @param lr          learning rate γ, default 1e-3
 * @param beta1       β1, default 0.9, in [0, 1)
 * @param beta2       β2, default 0.999, in [0, 1)
 * @param eps         ε, default 1e-8
 * @param weightDecay L2 weight decay λ, default 0
 */
public record Adam(double lr, double beta1, double beta2, double eps, double weightDecay) implements Optimizer {

    public static final String KEY = "adam";
    private static final ParamSpec LR = Hyper.lr(1e-3);
    private static final ParamSpec BETA1 = Hyper.beta1(0.9);
    private static final ParamSpec BETA2 = Hyper.beta2(0.999);
    private static final ParamSpec EPS = Hyper.eps(1e-8);
    private static final ParamSpec WEIGHT_DECAY = Hyper.weightDecay(0);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, BETA1, BETA2, EPS, WEIGHT_DECAY);

    public Adam {
        LR.check(lr);
        BETA1.check(beta1);
        BETA2.check(beta2);
        EPS.check(eps);
        WEIGHT_DECAY.check(weightDecay);
    }

    /** Only the learning rate; the other hyper-parameters at their defaults. */
    public Adam(double lr) {
        this(lr, BETA1.def(), BETA2.def(), EPS.def(), WEIGHT_DECAY.def());
    }

    public static Adam defaults() {
        return new Adam(LR.def());
    }

    static Adam of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new Adam(v[0], v[1], v[2], v[3], v[4]);
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
        return new Fast(dim, beta1, beta2, eps, weightDecay, 0);
    }

    /** Adam's stepper; with {@code decoupled} λ ≠ 0 it is AdamW's (θ ← θ·(1 − γ·λ) before the Adam step). */
    static final class Fast extends Stepper {

        private final double beta1;
        private final double beta2;
        private final double eps;
        private final double decoupled;
        private final DecayTerm bc1;
        private final DecayTerm bc2;
        private final double[] m;
        private final double[] v;

        Fast(int dim, double beta1, double beta2, double eps, double l2, double decoupled) {
            super(dim, l2);
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.eps = eps;
            this.decoupled = decoupled;
            this.bc1 = DecayTerm.biasCorrection(beta1);
            this.bc2 = DecayTerm.biasCorrection(beta2);
            this.m = new double[dim];
            this.v = new double[dim];
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            double bc1 = this.bc1.at(t);
            double bc2 = this.bc2.at(t);
            double shrink = 1 - lr * decoupled;
            for (int i = 0; i < dim; i++) {
                double gi = g[i];
                m[i] = beta1 * m[i] + (1 - beta1) * gi;
                v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
                double mHat = m[i] / bc1;
                double vHat = v[i] / bc2;
                double old = theta[i];
                double next = old * shrink - lr * mHat / (Math.sqrt(vHat) + eps);
                theta[i] = next;
                update[i] = next - old;
            }
        }

        @Override
        public List<NamedVector> snapshot() {
            return List.of(new NamedVector("m", m), new NamedVector("v", v),
                    new NamedVector("mHat", corrected(m, beta1, t)), new NamedVector("vHat", corrected(v, beta2, t)));
        }

        @Override
        void load(State state, int t) {
            read(state, "m", m);
            read(state, "v", v);
            this.t = t;
        }
    }

    /** x / (1 − βᵗ) element-wise, as the step computes it; zeros before the first step (t = 0). */
    static double[] corrected(double[] x, double beta, int t) {
        double[] out = new double[x.length];
        if (t > 0) {
            double bc = 1 - Math.pow(beta, t);
            for (int i = 0; i < x.length; i++) {
                out[i] = x[i] / bc;
            }
        }
        return out;
    }
}
