package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * Lion, evolved sign momentum — Chen et al., "Symbolic Discovery of Optimization Algorithms" (NeurIPS 2023,
 * arXiv:2302.06675), as the authors' {@code lion_pytorch.py} (google/automl); not in torch.optim.
 *
 * <pre>
 *   θ ← θ·(1 − γ·λ)                     (decoupled weight decay, as AdamW)
 *   c = β1·m + (1 − β1)·g
 *   θ ← θ − γ·sign(c)                   (every coordinate moves by exactly γ, or 0 where c = 0)
 *   m ← β2·m + (1 − β2)·g
 * </pre>
 * Lion's steps are as large as Adam's largest, so its lr is usually 3–10 times smaller than Adam's. State (in order):
 * {@code m}, and for display {@code c} (the interpolation whose sign was taken).
 *
 * @param lr          learning rate γ, default 1e-4
 * @param beta1       β1 (the interpolation for the step), default 0.9, in [0, 1)
 * @param beta2       β2 (the momentum decay), default 0.99, in [0, 1)
 * @param weightDecay decoupled weight decay λ, default 0
 */
public record Lion(double lr, double beta1, double beta2, double weightDecay) implements Optimizer {

    public static final String KEY = "lion";
    private static final ParamSpec LR = Hyper.lr(1e-4);
    private static final ParamSpec BETA1 = Hyper.beta1(0.9);
    private static final ParamSpec BETA2 = Hyper.beta2(0.99);
    private static final ParamSpec WEIGHT_DECAY = Hyper.weightDecay(0);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, BETA1, BETA2, WEIGHT_DECAY);

    public Lion {
        LR.check(lr);
        BETA1.check(beta1);
        BETA2.check(beta2);
        WEIGHT_DECAY.check(weightDecay);
    }

    public static Lion defaults() {
        return new Lion(LR.def(), BETA1.def(), BETA2.def(), WEIGHT_DECAY.def());
    }

    static Lion of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new Lion(v[0], v[1], v[2], v[3]);
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
        return Hyper.values(SPECS, lr, beta1, beta2, weightDecay);
    }

    @Override
    public Stepper newStepper(int dim) {
        return new Fast(dim, this);
    }

    @Override
    public boolean decoupledWeightDecay() {
        return true;
    }

    @Override
    public Stability stability() {
        return Stability.none("stability.sign");
    }

    @Override
    public void explainCoordinate(Explanation x, int i) {
        View st = View.of(x.state().vectors());
        String p = x.name(i);
        double g = x.grad(i);
        String shrink = weightDecay != 0 ? " × (1 − " + x.f(x.lr()) + " × " + x.f(weightDecay) + ")" : "";
        x.line("c_" + p + " = β1·m + (1 − β1)·g = " + x.f(beta1) + " × " + x.previousText("m", i) + " + "
                + x.f(1 - beta1) + " × " + x.f(g) + " = " + x.f(st.c()[i]));
        x.line(p + " ← " + x.f7(x.before(i)) + shrink + " − " + x.f(x.lr()) + " × sign(" + x.f(st.c()[i]) + ") = "
                + x.f7(x.after(i)));
        x.line("m_" + p + " ← β2·m + (1 − β2)·g = " + x.f(beta2) + " × " + x.previousText("m", i) + " + "
                + x.f(1 - beta2) + " × " + x.f(g) + " = " + x.f(st.m()[i]));
    }

    /** The displayed state of one step. */
    public record View(double[] m, double[] c) {

        public static View of(List<NamedVector> state) {
            State s = new State(state);
            return new View(s.get("m").values(), s.get("c").values());
        }
    }

    static final class Fast extends Stepper {

        private final double beta1;
        private final double beta2;
        private final double decay;
        private final double[] m;
        private final double[] c;

        Fast(int dim, Lion o) {
            super(dim, 0);
            this.beta1 = o.beta1;
            this.beta2 = o.beta2;
            this.decay = o.weightDecay;
            this.m = new double[dim];
            this.c = new double[dim];
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            double shrink = 1 - lr * decay;
            for (int i = 0; i < dim; i++) {
                double gi = g[i];
                c[i] = beta1 * m[i] + (1 - beta1) * gi;
                double old = theta[i];
                double next = old * shrink - lr * Math.signum(c[i]);
                theta[i] = next;
                update[i] = next - old;
                m[i] = beta2 * m[i] + (1 - beta2) * gi;
            }
        }

        @Override
        public List<NamedVector> snapshot() {
            return List.of(new NamedVector("m", m), new NamedVector("c", c));
        }

        @Override
        void load(State state, int t) {
            read(state, "m", m);
            read(state, "c", c);
            this.t = t;
        }
    }
}
