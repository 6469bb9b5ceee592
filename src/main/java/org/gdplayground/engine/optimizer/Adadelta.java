package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * Adadelta — Zeiler, "ADADELTA: An Adaptive Learning Rate Method" (arXiv:1212.5701, 2012) — as
 * {@code torch.optim.Adadelta} (which keeps a learning rate γ, default 1).
 *
 * <pre>
 *   g ← g + λ·θ                          (only when weightDecay λ ≠ 0)
 *   v ← ρ·v + (1 − ρ)·g²
 *   Δ ← √(u + ε) / √(v + ε) · g
 *   u ← ρ·u + (1 − ρ)·Δ²
 *   θ ← θ − γ·Δ
 * </pre>
 * The first step is tiny: with u = 0 it is about √ε/√((1 − ρ)·g²)·g = √(ε/(1 − ρ))·sign(g). State (in order):
 * {@code v} (average of g²), {@code u} (average of Δ²).
 *
 * @param lr          learning rate γ, default 1.0
 * @param rho         ρ, default 0.9, in [0, 1]
 * @param eps         ε, default 1e-6
 * @param weightDecay L2 weight decay λ, default 0
 */
public record Adadelta(double lr, double rho, double eps, double weightDecay) implements Optimizer {

    public static final String KEY = "adadelta";
    private static final ParamSpec LR = Hyper.lr(1.0);
    private static final ParamSpec RHO = Hyper.rho(0.9);
    private static final ParamSpec EPS = Hyper.eps(1e-6);
    private static final ParamSpec WEIGHT_DECAY = Hyper.weightDecay(0);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, RHO, EPS, WEIGHT_DECAY);

    public Adadelta {
        LR.check(lr);
        RHO.check(rho);
        EPS.check(eps);
        WEIGHT_DECAY.check(weightDecay);
    }

    public static Adadelta defaults() {
        return new Adadelta(LR.def(), RHO.def(), EPS.def(), WEIGHT_DECAY.def());
    }

    static Adadelta of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new Adadelta(v[0], v[1], v[2], v[3]);
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
        return Hyper.values(SPECS, lr, rho, eps, weightDecay);
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
        double lr = x.lr();
        double before = x.before(i);
        double after = x.after(i);
        double v = x.state("v", i);
        double u = x.state("u", i);
        double delta = lr == 0 ? 0 : (before - after) / lr;
        x.line("v_" + p + " ← ρ·v + (1 − ρ)·g² = " + x.f(rho) + " × " + x.previousText("v", i) + " + "
                + x.f(1 - rho) + " × " + x.f(g) + "² = " + x.f(v));
        x.line("Δ_" + p + " = √(u + ε) / √(v + ε) · g = √(" + x.previousText("u", i) + " + " + x.f(eps) + ") / √("
                + x.f(v) + " + " + x.f(eps) + ") × " + x.f(g) + " = " + x.f(delta));
        x.line("u_" + p + " ← ρ·u + (1 − ρ)·Δ² = " + x.f(u));
        x.line(p + " ← " + x.f7(before) + " − " + x.f(lr) + " × " + x.f(delta) + " = " + x.f7(after));
    }

    static final class Fast extends Stepper {

        private final double rho;
        private final double eps;
        private final double[] v;
        private final double[] u;

        Fast(int dim, Adadelta o) {
            super(dim, o.weightDecay);
            this.rho = o.rho;
            this.eps = o.eps;
            this.v = new double[dim];
            this.u = new double[dim];
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            for (int i = 0; i < dim; i++) {
                double gi = g[i];
                v[i] = rho * v[i] + (1 - rho) * gi * gi;
                double delta = Math.sqrt(u[i] + eps) / Math.sqrt(v[i] + eps) * gi;
                u[i] = rho * u[i] + (1 - rho) * delta * delta;
                double old = theta[i];
                double next = old - lr * delta;
                theta[i] = next;
                update[i] = next - old;
            }
        }

        @Override
        public List<NamedVector> snapshot() {
            return List.of(new NamedVector("v", v), new NamedVector("u", u));
        }

        @Override
        void load(State state, int t) {
            read(state, "v", v);
            read(state, "u", u);
            this.t = t;
        }
    }
}
