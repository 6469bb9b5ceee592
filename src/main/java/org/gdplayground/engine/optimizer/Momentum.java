package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * Heavy-ball momentum — Polyak, "Some methods of speeding up the convergence of iteration methods" (1964) — in the
 * form of {@code torch.optim.SGD(momentum=μ, dampening=τ)}.
 *
 * <pre>
 *   g ← g + λ·θ                              (only when weightDecay λ ≠ 0)
 *   b ← g                  if t = 1
 *   b ← μ·b + (1 − τ)·g    otherwise
 *   θ ← θ − γ·b
 * </pre>
 * With constant γ this is the same path as Sutskever's v ← μ·v − γ·g, θ ← θ + v. State (in order): {@code b}.
 *
 * @param lr          learning rate γ, default 0.01
 * @param momentum    μ, default 0.9, in [0, 1)
 * @param dampening   τ, default 0, in [0, 1]
 * @param weightDecay L2 weight decay λ, default 0
 */
public record Momentum(double lr, double momentum, double dampening, double weightDecay) implements Optimizer {

    public static final String KEY = "momentum";
    private static final ParamSpec LR = Hyper.lr(0.01);
    private static final ParamSpec MOMENTUM = Hyper.momentum(0.9);
    private static final ParamSpec DAMPENING = Hyper.dampening(0);
    private static final ParamSpec WEIGHT_DECAY = Hyper.weightDecay(0);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, MOMENTUM, DAMPENING, WEIGHT_DECAY);

    public Momentum {
        LR.check(lr);
        MOMENTUM.check(momentum);
        DAMPENING.check(dampening);
        WEIGHT_DECAY.check(weightDecay);
    }

    public static Momentum defaults() {
        return new Momentum(LR.def(), MOMENTUM.def(), DAMPENING.def(), WEIGHT_DECAY.def());
    }

    static Momentum of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new Momentum(v[0], v[1], v[2], v[3]);
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
        return Hyper.values(SPECS, lr, momentum, dampening, weightDecay);
    }

    @Override
    public Stepper newStepper(int dim) {
        return new Fast(dim, this);
    }

    /** Heavy ball: 2(1 + μ)/((1 − τ)·L); with τ = 1 the velocity stops taking in gradients and nothing diverges. */
    @Override
    public Stability stability() {
        return dampening == 1 ? Stability.none("stability.dampened")
                : Stability.perCurvature(2 * (1 + momentum) / (1 - dampening), weightDecay, "stability.momentum");
    }

    @Override
    public void explainCoordinate(Explanation x, int i) {
        String p = x.name(i);
        double g = x.grad(i);
        double b = x.state("b", i);
        if (x.t() == 1) {
            x.line("b_" + p + " ← g = " + x.f(b));
        } else {
            x.line("b_" + p + " ← μ·b + " + (dampening == 0 ? "" : "(1 − τ)·") + "g = " + x.f(momentum) + " × "
                    + x.previousText("b", i) + " + " + (dampening == 0 ? "" : x.f(1 - dampening) + " × ") + x.f(g)
                    + " = " + x.f(b));
        }
        x.line(p + " ← " + x.f7(x.before(i)) + " − " + x.f(x.lr()) + " × " + x.f(b) + " = " + x.f7(x.after(i)));
    }

    static final class Fast extends Stepper {

        private final double mu;
        private final double keep;
        private final double[] b;

        Fast(int dim, Momentum o) {
            super(dim, o.weightDecay);
            this.mu = o.momentum;
            this.keep = 1 - o.dampening;
            this.b = new double[dim];
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            for (int i = 0; i < dim; i++) {
                b[i] = t == 1 ? g[i] : mu * b[i] + keep * g[i];
                double old = theta[i];
                double next = old - lr * b[i];
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
