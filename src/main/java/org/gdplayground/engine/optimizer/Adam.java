package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * Adam and its two torch variants in one implementation, as torch has them: Adam — Kingma &amp; Ba, "Adam: A Method
 * for Stochastic Optimization" (ICLR 2015, arXiv:1412.6980) — as {@code torch.optim.Adam}; with {@code amsgrad} as
 * {@code torch.optim.Adam(amsgrad=True)} — Reddi, Kale &amp; Kumar, "On the Convergence of Adam and Beyond" (ICLR 2018):
 * the denominator never shrinks; with {@code decoupled} weight decay as {@code torch.optim.AdamW} — Loshchilov &amp;
 * Hutter, "Decoupled Weight Decay Regularization" (ICLR 2019, arXiv:1711.05101). Three registry keys, one rule:
 * {@code adam}, {@code amsgrad}, {@code adamw} (AdamW's weightDecay defaults to 0.01, the others' to 0).
 *
 * <pre>
 *   g ← g + λ·θ                               (L2, only when weightDecay λ ≠ 0 and not decoupled)
 *   θ ← θ·(1 − γ·λ)                           (decoupled, AdamW: the gradient is not changed)
 *   m ← β1·m + (1 − β1)·g
 *   v ← β2·v + (1 − β2)·g²
 *   vMax ← max(vMax, v)                       (amsgrad only)
 *   m̂ = m / (1 − β1ᵗ),   v̂ = v / (1 − β2ᵗ)    (amsgrad: v̂ = vMax / (1 − β2ᵗ))
 *   θ ← θ − γ·m̂ / (√v̂ + ε)
 * </pre>
 * The first step is ≈ −γ·sign(g) (m̂ = g, v̂ = g²). Keras adds ε before bias correction; torch (and this) after.
 * State (in order): {@code m}, {@code v}, ({@code vMax} with amsgrad), and for display {@code mHat}, {@code vHat}
 * (zero before the first step).
 *
 * @param lr          learning rate γ, default 1e-3
 * @param beta1       β1, default 0.9, in [0, 1)
 * @param beta2       β2, default 0.999, in [0, 1)
 * @param eps         ε, default 1e-8
 * @param weightDecay weight decay λ: L2, or decoupled for AdamW; default 0 (AdamW 0.01)
 * @param amsgrad     keep the running maximum of v (AMSGrad)
 * @param decoupled   decoupled weight decay (AdamW)
 */
public record Adam(double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad,
        boolean decoupled) implements Optimizer {

    public static final String KEY = "adam";
    public static final String AMSGRAD = "amsgrad";
    public static final String ADAMW = "adamw";
    private static final ParamSpec LR = Hyper.lr(1e-3);
    private static final ParamSpec BETA1 = Hyper.beta1(0.9);
    private static final ParamSpec BETA2 = Hyper.beta2(0.999);
    private static final ParamSpec EPS = Hyper.eps(1e-8);
    private static final ParamSpec WEIGHT_DECAY = Hyper.weightDecay(0);
    private static final ParamSpec DECOUPLED_WEIGHT_DECAY = Hyper.weightDecay(0.01);
    /** Hyper-parameters of adam and amsgrad, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, BETA1, BETA2, EPS, WEIGHT_DECAY);
    /** Hyper-parameters of adamw: as adam's, but weight decay 0.01 by default. */
    public static final List<ParamSpec> ADAMW_SPECS = List.of(LR, BETA1, BETA2, EPS, DECOUPLED_WEIGHT_DECAY);

    public Adam {
        LR.check(lr);
        BETA1.check(beta1);
        BETA2.check(beta2);
        EPS.check(eps);
        WEIGHT_DECAY.check(weightDecay);
        if (amsgrad && decoupled) {
            throw new IllegalArgumentException("AdamW with AMSGrad has no key here: choose one of the two");
        }
    }

    /** Plain Adam (L2 weight decay). */
    public Adam(double lr, double beta1, double beta2, double eps, double weightDecay) {
        this(lr, beta1, beta2, eps, weightDecay, false, false);
    }

    /** Only the learning rate; the other hyper-parameters at their defaults. */
    public Adam(double lr) {
        this(lr, BETA1.def(), BETA2.def(), EPS.def(), WEIGHT_DECAY.def());
    }

    /** AMSGrad, {@code torch.optim.Adam(amsgrad=True)}. */
    public static Adam amsGrad(double lr, double beta1, double beta2, double eps, double weightDecay) {
        return new Adam(lr, beta1, beta2, eps, weightDecay, true, false);
    }

    /** AdamW, {@code torch.optim.AdamW}. */
    public static Adam adamW(double lr, double beta1, double beta2, double eps, double weightDecay) {
        return new Adam(lr, beta1, beta2, eps, weightDecay, false, true);
    }

    public static Adam defaults() {
        return new Adam(LR.def());
    }

    static Adam of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new Adam(v[0], v[1], v[2], v[3], v[4]);
    }

    static Adam amsGradOf(Map<String, Double> values) {
        double[] v = Hyper.resolve(AMSGRAD, SPECS, values);
        return amsGrad(v[0], v[1], v[2], v[3], v[4]);
    }

    static Adam adamWOf(Map<String, Double> values) {
        double[] v = Hyper.resolve(ADAMW, ADAMW_SPECS, values);
        return adamW(v[0], v[1], v[2], v[3], v[4]);
    }

    @Override
    public String key() {
        return decoupled ? ADAMW : amsgrad ? AMSGRAD : KEY;
    }

    @Override
    public boolean decoupledWeightDecay() {
        return decoupled;
    }

    @Override
    public List<ParamSpec> specs() {
        return decoupled ? ADAMW_SPECS : SPECS;
    }

    @Override
    public Map<String, Double> values() {
        return Hyper.values(specs(), lr, beta1, beta2, eps, weightDecay);
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
        double lr = x.lr();
        double g = x.grad(i);
        int t = x.t();
        double before = x.before(i);
        double start = before;
        if (decoupled && weightDecay != 0) {
            start = before * (1 - lr * weightDecay);
            x.line(p + " ← " + p + "·(1 − γ·λ) = " + x.f(before) + " × (1 − " + x.f(lr) + " × " + x.f(weightDecay)
                    + ") = " + x.f(start));
        }
        double vHat = x.state("vHat", i);
        double mHat = x.state("mHat", i);
        x.line("m_" + p + " ← β1·m + (1 − β1)·g = " + x.f(beta1) + " × " + x.previousText("m", i) + " + "
                + x.f(1 - beta1) + " × " + x.f(g) + " = " + x.f(x.state("m", i)));
        x.line("v_" + p + " ← β2·v + (1 − β2)·g² = " + x.f(beta2) + " × " + x.previousText("v", i) + " + "
                + x.f(1 - beta2) + " × " + x.f(g) + "² = " + x.f(x.state("v", i)));
        if (amsgrad) {
            x.line("vmax_" + p + " ← max(vmax, v) = " + x.f(x.state("vMax", i)));
        }
        x.line("m̂ = m / (1 − β1^" + t + ") = " + x.f(mHat) + ",  v̂ = " + (amsgrad ? "vmax" : "v") + " / (1 − β2^" + t
                + ") = " + x.f(vHat));
        x.line(p + " ← " + x.f(start) + " − " + x.f(lr) + " × " + x.f(mHat) + " / (√" + x.f(vHat) + " + " + x.f(eps)
                + ") = " + x.f7(x.after(i)));
    }

    /** The one stepper of adam, amsgrad and adamw. */
    static final class Fast extends Stepper {

        private final double beta1;
        private final double beta2;
        private final double eps;
        private final double decoupled;
        private final boolean amsgrad;
        private final DecayTerm bc1;
        private final DecayTerm bc2;
        private final double[] m;
        private final double[] v;
        private final double[] vMax;

        Fast(int dim, Adam o) {
            super(dim, o.decoupled ? 0 : o.weightDecay);
            this.beta1 = o.beta1;
            this.beta2 = o.beta2;
            this.eps = o.eps;
            this.decoupled = o.decoupled ? o.weightDecay : 0;
            this.amsgrad = o.amsgrad;
            this.bc1 = DecayTerm.biasCorrection(o.beta1);
            this.bc2 = DecayTerm.biasCorrection(o.beta2);
            this.m = new double[dim];
            this.v = new double[dim];
            this.vMax = new double[o.amsgrad ? dim : 0];
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            double bc1 = this.bc1.at(t);
            double bc2 = this.bc2.at(t);
            double shrink = 1 - lr * decoupled; // exactly 1 unless decoupled: old·1 = old, bit for bit
            for (int i = 0; i < dim; i++) {
                double gi = g[i];
                m[i] = beta1 * m[i] + (1 - beta1) * gi;
                v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
                double vUsed = v[i];
                if (amsgrad) {
                    vMax[i] = Math.max(vMax[i], v[i]);
                    vUsed = vMax[i];
                }
                double mHat = m[i] / bc1;
                double vHat = vUsed / bc2;
                double old = theta[i];
                double next = old * shrink - lr * mHat / (Math.sqrt(vHat) + eps);
                theta[i] = next;
                update[i] = next - old;
            }
        }

        @Override
        public List<NamedVector> snapshot() {
            if (amsgrad) {
                return List.of(new NamedVector("m", m), new NamedVector("v", v), new NamedVector("vMax", vMax),
                        new NamedVector("mHat", corrected(m, beta1, t)), new NamedVector("vHat", corrected(vMax, beta2, t)));
            }
            return List.of(new NamedVector("m", m), new NamedVector("v", v),
                    new NamedVector("mHat", corrected(m, beta1, t)), new NamedVector("vHat", corrected(v, beta2, t)));
        }

        @Override
        void load(State state, int t) {
            read(state, "m", m);
            read(state, "v", v);
            if (amsgrad) {
                read(state, "vMax", vMax);
            }
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
