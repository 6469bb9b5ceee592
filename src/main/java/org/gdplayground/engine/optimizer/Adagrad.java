package org.gdplayground.engine.optimizer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * Adagrad — Duchi, Hazan &amp; Singer, "Adaptive Subgradient Methods for Online Learning and Stochastic
 * Optimization" (JMLR 2011) — as {@code torch.optim.Adagrad} (lr_decay 0).
 *
 * <pre>
 *   g ← g + λ·θ                (only when weightDecay λ ≠ 0)
 *   s ← s + g²                 (s starts at initialAccumulator)
 *   θ ← θ − γ·g / (√s + ε)
 * </pre>
 * Keras starts its accumulator at 0.1; torch (and this default) at 0. State (in order): {@code s}.
 *
 * @param lr                 learning rate γ, default 0.01
 * @param eps                ε, default 1e-10
 * @param initialAccumulator starting value of s, default 0
 * @param weightDecay        L2 weight decay λ, default 0
 */
public record Adagrad(double lr, double eps, double initialAccumulator, double weightDecay) implements Optimizer {

    public static final String KEY = "adagrad";
    private static final ParamSpec LR = Hyper.lr(0.01);
    private static final ParamSpec EPS = Hyper.eps(1e-10);
    private static final ParamSpec INITIAL_ACCUMULATOR = Hyper.initialAccumulator(0);
    private static final ParamSpec WEIGHT_DECAY = Hyper.weightDecay(0);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, EPS, INITIAL_ACCUMULATOR, WEIGHT_DECAY);

    public Adagrad {
        LR.check(lr);
        EPS.check(eps);
        INITIAL_ACCUMULATOR.check(initialAccumulator);
        WEIGHT_DECAY.check(weightDecay);
    }

    public static Adagrad defaults() {
        return new Adagrad(LR.def(), EPS.def(), INITIAL_ACCUMULATOR.def(), WEIGHT_DECAY.def());
    }

    static Adagrad of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new Adagrad(v[0], v[1], v[2], v[3]);
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
        return Hyper.values(SPECS, lr, eps, initialAccumulator, weightDecay);
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
        double sNew = x.state("s", i);
        x.line("s_" + p + " ← s + g² = " + x.previousText("s", i) + " + " + x.f(g) + "² = " + x.f(sNew));
        x.line(p + " ← " + x.f7(x.before(i)) + " − " + x.f(x.lr()) + " × " + x.f(g) + " / (√" + x.f(sNew) + " + "
                + x.f(eps) + ") = " + x.f7(x.after(i)));
    }

    static final class Fast extends Stepper {

        private final double eps;
        private final double[] s;

        Fast(int dim, Adagrad o) {
            super(dim, o.weightDecay);
            this.eps = o.eps;
            this.s = new double[dim];
            Arrays.fill(s, o.initialAccumulator);
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            for (int i = 0; i < dim; i++) {
                double gi = g[i];
                s[i] += gi * gi;
                double old = theta[i];
                double next = old - lr * (gi / (Math.sqrt(s[i]) + eps));
                theta[i] = next;
                update[i] = next - old;
            }
        }

        @Override
        public List<NamedVector> snapshot() {
            return List.of(new NamedVector("s", s));
        }

        @Override
        void load(State state, int t) {
            read(state, "s", s);
            this.t = t;
        }
    }
}
