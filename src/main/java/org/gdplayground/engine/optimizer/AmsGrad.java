package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * AMSGrad — Reddi, Kale &amp; Kumar, "On the Convergence of Adam and Beyond" (ICLR 2018) — as
 * {@code torch.optim.Adam(amsgrad=True)}: Adam whose denominator never shrinks.
 *
 * <pre>
 *   g ← g + λ·θ                               (only when weightDecay λ ≠ 0)
 *   m ← β1·m + (1 − β1)·g
 *   v ← β2·v + (1 − β2)·g²
 *   vMax ← max(vMax, v)
 *   m̂ = m / (1 − β1ᵗ),   v̂ = vMax / (1 − β2ᵗ)
 *   θ ← θ − γ·m̂ / (√v̂ + ε)
 * </pre>
 * State (in order): {@code m}, {@code v}, {@code vMax}, and for display {@code mHat}, {@code vHat}.
 *
 * @param lr          learning rate γ, default 1e-3
 * @param beta1       β1, default 0.9, in [0, 1)
 * @param beta2       β2, default 0.999, in [0, 1)
 * @param eps         ε, default 1e-8
 * @param weightDecay L2 weight decay λ, default 0
 */
public record AmsGrad(double lr, double beta1, double beta2, double eps, double weightDecay) implements Optimizer {

    public static final String KEY = "amsgrad";
    private static final ParamSpec LR = Hyper.lr(1e-3);
    private static final ParamSpec BETA1 = Hyper.beta1(0.9);
    private static final ParamSpec BETA2 = Hyper.beta2(0.999);
    private static final ParamSpec EPS = Hyper.eps(1e-8);
    private static final ParamSpec WEIGHT_DECAY = Hyper.weightDecay(0);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, BETA1, BETA2, EPS, WEIGHT_DECAY);

    public AmsGrad {
        LR.check(lr);
        BETA1.check(beta1);
        BETA2.check(beta2);
        EPS.check(eps);
        WEIGHT_DECAY.check(weightDecay);
    }

    public static AmsGrad defaults() {
        return new AmsGrad(LR.def(), BETA1.def(), BETA2.def(), EPS.def(), WEIGHT_DECAY.def());
    }

    static AmsGrad of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new AmsGrad(v[0], v[1], v[2], v[3], v[4]);
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
        return new Fast(dim, this);
    }

    static final class Fast extends Stepper {

        private final double beta1;
        private final double beta2;
        private final double eps;
        private final DecayTerm bc1;
        private final DecayTerm bc2;
        private final double[] m;
        private final double[] v;
        private final double[] vMax;

        Fast(int dim, AmsGrad o) {
            super(dim, o.weightDecay);
            this.beta1 = o.beta1;
            this.beta2 = o.beta2;
            this.eps = o.eps;
            this.bc1 = DecayTerm.biasCorrection(o.beta1);
            this.bc2 = DecayTerm.biasCorrection(o.beta2);
            this.m = new double[dim];
            this.v = new double[dim];
            this.vMax = new double[dim];
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            double bc1 = this.bc1.at(t);
            double bc2 = this.bc2.at(t);
            for (int i = 0; i < dim; i++) {
                double gi = g[i];
                m[i] = beta1 * m[i] + (1 - beta1) * gi;
                v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
                vMax[i] = Math.max(vMax[i], v[i]);
                double mHat = m[i] / bc1;
                double vHat = vMax[i] / bc2;
                double old = theta[i];
                double next = old - lr * mHat / (Math.sqrt(vHat) + eps);
                theta[i] = next;
                update[i] = next - old;
            }
        }

        @Override
        public List<NamedVector> snapshot() {
            return List.of(new NamedVector("m", m), new NamedVector("v", v), new NamedVector("vMax", vMax),
                    new NamedVector("mHat", Adam.corrected(m, beta1, t)),
                    new NamedVector("vHat", Adam.corrected(vMax, beta2, t)));
        }

        @Override
        void load(State state, int t) {
            read(state, "m", m);
            read(state, "v", v);
            read(state, "vMax", vMax);
            this.t = t;
        }
    }
}
