package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * ASGD, averaged stochastic gradient descent — Polyak &amp; Juditsky, "Acceleration of Stochastic Approximation by
 * Averaging" (SIAM J. Control Optim. 1992) — as {@code torch.optim.ASGD}.
 *
 * <pre>
 *   g ← g + λ_wd·θ                                   (only when weightDecay ≠ 0)
 *   θ ← θ·(1 − λ·η);   θ ← θ − η·g
 *   ax ← θ if μ = 1, else ax + μ·(θ − ax)            (the running average of θ: ASGD's answer)
 *   η ← γ / (1 + λ·γ·t)^α;   μ ← 1 / max(1, t − t₀)   (γ: the lr in force at step t)
 * </pre>
 * η starts at the lr in force at step 1, μ at 1. With the default t₀ = 10⁶ averaging never starts in a playground
 * run (ax = θ); set t₀ small to watch it. State (in order): {@code eta} (1-vector), {@code mu} (1-vector), {@code ax}.
 *
 * @param lr          learning rate γ, default 0.01
 * @param lambd       decay term λ, default 1e-4
 * @param alpha       power α of the η decay, default 0.75
 * @param t0          the step averaging starts at, default 1e6
 * @param weightDecay L2 weight decay, default 0
 */
public record Asgd(double lr, double lambd, double alpha, double t0, double weightDecay) implements Optimizer {

    public static final String KEY = "asgd";
    private static final ParamSpec LR = Hyper.lr(0.01);
    private static final ParamSpec LAMBD = Hyper.lambd(1e-4);
    private static final ParamSpec ALPHA = Hyper.power(0.75);
    private static final ParamSpec T0 = Hyper.t0(1e6);
    private static final ParamSpec WEIGHT_DECAY = Hyper.weightDecay(0);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, LAMBD, ALPHA, T0, WEIGHT_DECAY);

    public Asgd {
        LR.check(lr);
        LAMBD.check(lambd);
        ALPHA.check(alpha);
        T0.check(t0);
        WEIGHT_DECAY.check(weightDecay);
    }

    public static Asgd defaults() {
        return new Asgd(LR.def(), LAMBD.def(), ALPHA.def(), T0.def(), WEIGHT_DECAY.def());
    }

    static Asgd of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new Asgd(v[0], v[1], v[2], v[3], v[4]);
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
        return Hyper.values(SPECS, lr, lambd, alpha, t0, weightDecay);
    }

    @Override
    public Stepper newStepper(int dim) {
        return new Fast(dim, this);
    }

    /**
     * On the quadratic ASGD's step is θ·(1 − η(λ + λ₂ + L)): plain descent with a step η that starts at the learning
     * rate and shrinks slowly, so the plain-GD bound 2/(L + λ + λ₂) holds at the start.
     */
    @Override
    public Stability stability() {
        return Stability.perCurvature(2, lambd + weightDecay, "stability.asgd");
    }

    @Override
    public List<String> explanationKeys() {
        return List.of("explain.asgd.rule", "explain.asgd.average");
    }

    @Override
    public void explainStep(Explanation x) {
        View st = View.of(x.state().vectors());
        x.line(x.tr("explain.asgd.average", x.f(st.eta()), x.f(st.mu())));
    }

    @Override
    public void explainCoordinate(Explanation x, int i) {
        View st = View.of(x.state().vectors());
        String p = x.name(i);
        String b7 = x.f7(x.before(i));
        String eta = x.t() == 1 ? x.f(x.lr()) : x.previousText("eta", 0);
        x.line(p + " ← " + b7 + " × (1 − λ·η) − η × g = " + b7 + " × (1 − " + x.f(lambd) + " × " + eta + ") − " + eta
                + " × " + x.f(x.grad(i)) + " = " + x.f7(x.after(i)));
        x.line("ax_" + p + " = " + x.f(st.ax()[i]));
    }

    /** The displayed state of one step: η and μ for the next step, and the average ax. */
    public record View(double eta, double mu, double[] ax) {

        public static View of(List<NamedVector> state) {
            State s = new State(state);
            return new View(s.get("eta").get(0), s.get("mu").get(0), s.get("ax").values());
        }
    }

    static final class Fast extends Stepper {

        private final double lambd;
        private final double alpha;
        private final double t0;
        private double eta;
        private double mu = 1;
        private final double[] ax;

        Fast(int dim, Asgd o) {
            super(dim, o.weightDecay);
            this.lambd = o.lambd;
            this.alpha = o.alpha;
            this.t0 = o.t0;
            this.eta = o.lr;
            this.ax = new double[dim];
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            if (t == 1) {
                eta = lr;
            }
            double shrink = 1 - lambd * eta;
            for (int i = 0; i < dim; i++) {
                double old = theta[i];
                double next = old * shrink - eta * g[i];
                theta[i] = next;
                update[i] = next - old;
                ax[i] = mu == 1 ? next : ax[i] + (next - ax[i]) * mu;
            }
            eta = lr / Math.pow(1 + lambd * lr * t, alpha);
            mu = 1 / Math.max(1, t - t0);
        }

        @Override
        public List<NamedVector> snapshot() {
            return List.of(new NamedVector("eta", new double[] {eta}), new NamedVector("mu", new double[] {mu}),
                    new NamedVector("ax", ax));
        }

        @Override
        void load(State state, int t) {
            eta = scalar(state, "eta");
            mu = scalar(state, "mu");
            read(state, "ax", ax);
            this.t = t;
        }
    }
}
