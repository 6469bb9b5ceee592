package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * RMSprop — Hinton, Srivastava &amp; Swersky, "Neural Networks for Machine Learning", lecture 6e (Coursera, 2012)
 * — as {@code torch.optim.RMSprop} (not centered, no momentum).
 *
 * <pre>
 *   g ← g + λ·θ                  (only when weightDecay λ ≠ 0)
 *   v ← α·v + (1 − α)·g²
 *   θ ← θ − γ·g / (√v + ε)
 * </pre>
 * TF1 and Goodfellow et al. put ε inside the square root; torch (and this) outside. State (in order): {@code v}.
 *
 * @param lr          learning rate γ, default 0.01
 * @param alpha       smoothing α, default 0.99, in [0, 1)
 * @param eps         ε, default 1e-8
 * @param weightDecay L2 weight decay λ, default 0
 */
public record RmsProp(double lr, double alpha, double eps, double weightDecay) implements Optimizer {

    public static final String KEY = "rmsprop";
    private static final ParamSpec LR = Hyper.lr(0.01);
    private static final ParamSpec ALPHA = Hyper.alpha(0.99);
    private static final ParamSpec EPS = Hyper.eps(1e-8);
    private static final ParamSpec WEIGHT_DECAY = Hyper.weightDecay(0);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, ALPHA, EPS, WEIGHT_DECAY);

    public RmsProp {
        LR.check(lr);
        ALPHA.check(alpha);
        EPS.check(eps);
        WEIGHT_DECAY.check(weightDecay);
    }

    public static RmsProp defaults() {
        return new RmsProp(LR.def(), ALPHA.def(), EPS.def(), WEIGHT_DECAY.def());
    }

    static RmsProp of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new RmsProp(v[0], v[1], v[2], v[3]);
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
        return Hyper.values(SPECS, lr, alpha, eps, weightDecay);
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
        double v = x.state("v", i);
        x.line("v_" + p + " ← α·v + (1 − α)·g² = " + x.f(alpha) + " × " + x.previousText("v", i) + " + "
                + x.f(1 - alpha) + " × " + x.f(g) + "² = " + x.f(v));
        x.line(p + " ← " + x.f7(x.before(i)) + " − " + x.f(x.lr()) + " × " + x.f(g) + " / (√" + x.f(v) + " + "
                + x.f(eps) + ") = " + x.f7(x.after(i)));
    }

    static final class Fast extends Stepper {

        private final double alpha;
        private final double eps;
        private final double[] v;

        Fast(int dim, RmsProp o) {
            super(dim, o.weightDecay);
            this.alpha = o.alpha;
            this.eps = o.eps;
            this.v = new double[dim];
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            for (int i = 0; i < dim; i++) {
                double gi = g[i];
                v[i] = alpha * v[i] + (1 - alpha) * gi * gi;
                double old = theta[i];
                double next = old - lr * (gi / (Math.sqrt(v[i]) + eps));
                theta[i] = next;
                update[i] = next - old;
            }
        }

        @Override
        public List<NamedVector> snapshot() {
            return List.of(new NamedVector("v", v));
        }

        @Override
        void load(State state, int t) {
            read(state, "v", v);
            this.t = t;
        }
    }
}
