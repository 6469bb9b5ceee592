package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * Adamax, Adam with the infinity norm — Kingma &amp; Ba, "Adam: A Method for Stochastic Optimization" (ICLR 2015),
 * section 7.1 — as {@code torch.optim.Adamax}.
 *
 * <pre>
 *   g ← g + λ·θ                         (only when weightDecay λ ≠ 0)
 *   m ← β1·m + (1 − β1)·g
 *   u ← max(β2·u, |g| + ε)
 *   θ ← θ − (γ / (1 − β1ᵗ))·m / u
 * </pre>
 * State (in order): {@code m}, {@code u}.
 *
 * @param lr          learning rate γ, default 2e-3
 * @param beta1       β1, default 0.9, in [0, 1)
 * @param beta2       β2, default 0.999, in [0, 1)
 * @param eps         ε, default 1e-8
 * @param weightDecay L2 weight decay λ, default 0
 */
public record Adamax(double lr, double beta1, double beta2, double eps, double weightDecay) implements Optimizer {

    public static final String KEY = "adamax";
    private static final ParamSpec LR = Hyper.lr(2e-3);
    private static final ParamSpec BETA1 = Hyper.beta1(0.9);
    private static final ParamSpec BETA2 = Hyper.beta2(0.999);
    private static final ParamSpec EPS = Hyper.eps(1e-8);
    private static final ParamSpec WEIGHT_DECAY = Hyper.weightDecay(0);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, BETA1, BETA2, EPS, WEIGHT_DECAY);

    public Adamax {
        LR.check(lr);
        BETA1.check(beta1);
        BETA2.check(beta2);
        EPS.check(eps);
        WEIGHT_DECAY.check(weightDecay);
    }

    public static Adamax defaults() {
        return new Adamax(LR.def(), BETA1.def(), BETA2.def(), EPS.def(), WEIGHT_DECAY.def());
    }

    static Adamax of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new Adamax(v[0], v[1], v[2], v[3], v[4]);
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

    @Override
    public Stability stability() {
        return Stability.none("stability.adaptive");
    }

    @Override
    public void explainCoordinate(Explanation x, int i) {
        String p = x.name(i);
        double g = x.grad(i);
        x.line("m_" + p + " ← β1·m + (1 − β1)·g = " + x.f(beta1) + " × " + x.previousText("m", i) + " + "
                + x.f(1 - beta1) + " × " + x.f(g) + " = " + x.f(x.state("m", i)));
        x.line("u_" + p + " ← max(β2·u, |g| + ε) = max(" + x.f(beta2) + " × " + x.previousText("u", i) + ", "
                + x.f(Math.abs(g)) + " + ε) = " + x.f(x.state("u", i)));
        x.line(p + " ← " + x.f7(x.before(i)) + " − " + x.f(x.lr()) + " / (1 − β1^" + x.t() + ") × "
                + x.f(x.state("m", i)) + " / " + x.f(x.state("u", i)) + " = " + x.f7(x.after(i)));
    }

    static final class Fast extends Stepper {

        private final double beta1;
        private final double beta2;
        private final double eps;
        private final DecayTerm bc1;
        private final double[] m;
        private final double[] u;

        Fast(int dim, Adamax o) {
            super(dim, o.weightDecay);
            this.beta1 = o.beta1;
            this.beta2 = o.beta2;
            this.eps = o.eps;
            this.bc1 = DecayTerm.biasCorrection(o.beta1);
            this.m = new double[dim];
            this.u = new double[dim];
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            double clr = lr / bc1.at(t);
            for (int i = 0; i < dim; i++) {
                double gi = g[i];
                m[i] = beta1 * m[i] + (1 - beta1) * gi;
                u[i] = Math.max(beta2 * u[i], Math.abs(gi) + eps);
                double old = theta[i];
                double next = old - clr * (m[i] / u[i]);
                theta[i] = next;
                update[i] = next - old;
            }
        }

        @Override
        public List<NamedVector> snapshot() {
            return List.of(new NamedVector("m", m), new NamedVector("u", u));
        }

        @Override
        void load(State state, int t) {
            read(state, "m", m);
            read(state, "u", u);
            this.t = t;
        }
    }
}
