package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * Plain (stochastic) gradient descent, {@code torch.optim.SGD} with momentum 0 — Cauchy (1847) for the full-batch
 * method, Robbins &amp; Monro, "A Stochastic Approximation Method" (1951) for the stochastic one. "Gradient descent"
 * and "mini-batch SGD" are this optimizer with full or k-row batches (a run setting, not an optimizer).
 *
 * <pre>
 *   g ← g + λ·θ          (only when weightDecay λ ≠ 0)
 *   θ ← θ − γ·g
 * </pre>
 * State: none.
 *
 * @param lr          learning rate γ, default 0.01
 * @param weightDecay L2 weight decay λ, default 0
 */
public record Sgd(double lr, double weightDecay) implements Optimizer {

    public static final String KEY = "sgd";
    private static final ParamSpec LR = Hyper.lr(0.01);
    private static final ParamSpec WEIGHT_DECAY = Hyper.weightDecay(0);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, WEIGHT_DECAY);

    public Sgd {
        LR.check(lr);
        WEIGHT_DECAY.check(weightDecay);
    }

    /** Only the learning rate; no weight decay. */
    public Sgd(double lr) {
        this(lr, WEIGHT_DECAY.def());
    }

    public static Sgd defaults() {
        return new Sgd(LR.def(), WEIGHT_DECAY.def());
    }

    static Sgd of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new Sgd(v[0], v[1]);
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
        return Hyper.values(SPECS, lr, weightDecay);
    }

    @Override
    public Stepper newStepper(int dim) {
        return new Fast(dim, weightDecay);
    }

    @Override
    public Stability stability() {
        return Stability.plainDescent(weightDecay);
    }

    @Override
    public void explainCoordinate(Explanation x, int i) {
        x.line(x.name(i) + " ← " + x.f7(x.before(i)) + " − " + x.f(x.lr()) + " × " + x.f(x.grad(i)) + " = "
                + x.f7(x.after(i)));
    }

    static final class Fast extends Stepper {

        Fast(int dim, double l2) {
            super(dim, l2);
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            for (int i = 0; i < dim; i++) {
                double old = theta[i];
                double next = old - lr * g[i];
                theta[i] = next;
                update[i] = next - old;
            }
        }

        @Override
        public List<NamedVector> snapshot() {
            return List.of();
        }

        @Override
        void load(State state, int t) {
            this.t = t;
        }
    }
}
