package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * Nesterov momentum — Nesterov, "A method for solving the convex programming problem with convergence rate
 * O(1/k²)" (1983); in deep learning Sutskever, Martens, Dahl &amp; Hinton, "On the importance of initialization and
 * momentum in deep learning" (ICML 2013) — in the form of {@code torch.optim.SGD(momentum=μ, nesterov=True)}: the
 * gradient is taken at the current θ, no look-ahead evaluation (torch requires zero dampening, so there is none).
 *
 * <pre>
 *   g ← g + λ·θ                     (only when weightDecay λ ≠ 0)
 *   b ← g  if t = 1,  else  b ← μ·b + g
 *   θ ← θ − γ·(g + μ·b)
 * </pre>
 * State (in order): {@code b}.
 *
 * @param lr          learning rate γ, default 0.01
 * @param momentum    μ, default 0.9, in [0, 1)
 * @param weightDecay L2 weight decay λ, default 0
 */
public record Nesterov(double lr, double momentum, double weightDecay) implements Optimizer {

    public static final String KEY = "nesterov";
    private static final ParamSpec LR = Hyper.lr(0.01);
    private static final ParamSpec MOMENTUM = Hyper.momentum(0.9);
    private static final ParamSpec WEIGHT_DECAY = Hyper.weightDecay(0);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, MOMENTUM, WEIGHT_DECAY);

    public Nesterov {
        LR.check(lr);
        MOMENTUM.check(momentum);
        WEIGHT_DECAY.check(weightDecay);
    }

    public static Nesterov defaults() {
        return new Nesterov(LR.def(), MOMENTUM.def(), WEIGHT_DECAY.def());
    }

    static Nesterov of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new Nesterov(v[0], v[1], v[2]);
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
        return Hyper.values(SPECS, lr, momentum, weightDecay);
    }

    @Override
    public Stepper newStepper(int dim) {
        return new Fast(dim, this);
    }

    /** 2(1 + μ)/((1 + 2μ)·L): see {@link Stability}. */
    @Override
    public Stability stability() {
        return Stability.perCurvature(2 * (1 + momentum) / (1 + 2 * momentum), weightDecay, "stability.nesterov");
    }

    @Override
    public void explainCoordinate(Explanation x, int i) {
        String p = x.name(i);
        double g = x.grad(i);
        double b = x.state("b", i);
        if (x.t() == 1) {
            x.line("b_" + p + " ← g = " + x.f(b));
        } else {
            x.line("b_" + p + " ← μ·b + g = " + x.f(momentum) + " × " + x.previousText("b", i) + " + " + x.f(g)
                    + " = " + x.f(b));
        }
        x.line(p + " ← " + x.f7(x.before(i)) + " − " + x.f(x.lr()) + " × (" + x.f(g) + " + " + x.f(momentum) + " × "
                + x.f(b) + ") = " + x.f7(x.after(i)));
    }

    static final class Fast extends Stepper {

        private final double mu;
        private final double[] b;

        Fast(int dim, Nesterov o) {
            super(dim, o.weightDecay);
            this.mu = o.momentum;
            this.b = new double[dim];
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            for (int i = 0; i < dim; i++) {
                b[i] = t == 1 ? g[i] : mu * b[i] + g[i];
                double old = theta[i];
                double next = old - lr * (g[i] + mu * b[i]);
                theta[i] = next;
                update[i] = next - old;
            }
        }

        @Override
        public List<NamedVector> snapshot() {
            return List.of(new NamedVector("b", b));
        }

        @Override
        void load(State state, int t) {
            read(state, "b", b);
            this.t = t;
        }
    }
}
