package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.ParamSpec;

/**
 * Rprop, resilient backpropagation — Riedmiller &amp; Braun, "A Direct Adaptive Method for Faster Backpropagation
 * Learning: The RPROP Algorithm" (ICNN 1993) — as {@code torch.optim.Rprop}: only the sign of the gradient is used,
 * and each coordinate has its own step size η.
 *
 * <pre>
 *   per coordinate:  g_prev·g &gt; 0:  η ← η·η₊      (same sign again: grow)
 *                    g_prev·g &lt; 0:  η ← η·η₋,  g ← 0   (the sign flipped: we jumped over a minimum, shrink and wait)
 *                    otherwise:     η unchanged
 *                    η ← clamp(η, stepMin, stepMax)   (torch clamps in all three cases)
 *                    θ ← θ − η·sign(g);   g_prev ← g
 * </pre>
 * η starts at the learning rate in force at step 1; a schedule changes nothing after that (as in torch). No weight
 * decay (torch's Rprop has none). State (in order): {@code eta} (η), {@code prevGrad} (g_prev, 0 after a flip).
 *
 * @param lr       the initial step size, default 0.01
 * @param etaMinus η₋, default 0.5, in (0, 1)
 * @param etaPlus  η₊, default 1.2, in (1, ∞)
 * @param stepMin  smallest step size, default 1e-6
 * @param stepMax  largest step size, default 50, at least stepMin
 */
public record Rprop(double lr, double etaMinus, double etaPlus, double stepMin, double stepMax) implements Optimizer {

    public static final String KEY = "rprop";
    private static final ParamSpec LR = Hyper.lr(0.01);
    private static final ParamSpec ETA_MINUS = Hyper.etaMinus(0.5);
    private static final ParamSpec ETA_PLUS = Hyper.etaPlus(1.2);
    private static final ParamSpec STEP_MIN = Hyper.stepMin(1e-6);
    private static final ParamSpec STEP_MAX = Hyper.stepMax(50);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, ETA_MINUS, ETA_PLUS, STEP_MIN, STEP_MAX);

    public Rprop {
        LR.check(lr);
        ETA_MINUS.check(etaMinus);
        ETA_PLUS.check(etaPlus);
        STEP_MIN.check(stepMin);
        STEP_MAX.check(stepMax);
        if (stepMax < stepMin) {
            throw new InvalidParameterException("stepMax", stepMax, "at least stepMin (" + stepMin + ")");
        }
    }

    public static Rprop defaults() {
        return new Rprop(LR.def(), ETA_MINUS.def(), ETA_PLUS.def(), STEP_MIN.def(), STEP_MAX.def());
    }

    static Rprop of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new Rprop(v[0], v[1], v[2], v[3], v[4]);
    }

    @Override
    public String key() {
        return KEY;
    }

    /** None: torch's Rprop has no weight decay. */
    @Override
    public double weightDecay() {
        return 0;
    }

    @Override
    public List<ParamSpec> specs() {
        return SPECS;
    }

    @Override
    public Map<String, Double> values() {
        return Hyper.values(SPECS, lr, etaMinus, etaPlus, stepMin, stepMax);
    }

    @Override
    public Stepper newStepper(int dim) {
        return new Fast(dim, this);
    }

    @Override
    public Stability stability() {
        return Stability.none("stability.sign");
    }

    @Override
    public List<String> explanationKeys() {
        return List.of("explain.rprop.rule", "explain.rprop.grow", "explain.rprop.shrink", "explain.rprop.keep");
    }

    @Override
    public void explainCoordinate(Explanation x, int i) {
        View st = View.of(x.state().vectors());
        String p = x.name(i);
        int t = x.t();
        double g = x.grad(i);
        String etaBefore = t == 1 ? x.f(x.lr()) : x.previousText("eta", i);
        // g_prev·g decides; without record k − 1, a zeroed g_prev after a non-zero g means a flip
        double product = t == 1 ? 0 : x.hasPrevious() ? x.previous("prevGrad", i) * g
                : st.prevGrad()[i] == 0 && g != 0 ? -1 : Double.NaN;
        String change = product > 0 ? "explain.rprop.grow" : product < 0 ? "explain.rprop.shrink"
                : product == 0 ? "explain.rprop.keep" : null;
        x.line("η_" + p + ": " + etaBefore + " → " + x.f(st.eta()[i])
                + (change == null ? "" : "  (" + x.tr(change) + ")"));
        double used = product < 0 ? 0 : g;
        x.line(p + " ← " + x.f7(x.before(i)) + " − " + x.f(st.eta()[i]) + " × sign(" + x.f(used) + ") = "
                + x.f7(x.after(i)));
    }

    /** The displayed state of one step. */
    public record View(double[] eta, double[] prevGrad) {

        public static View of(List<NamedVector> state) {
            State s = new State(state);
            return new View(s.get("eta").values(), s.get("prevGrad").values());
        }
    }

    static final class Fast extends Stepper {

        private final double etaMinus;
        private final double etaPlus;
        private final double stepMin;
        private final double stepMax;
        private final double[] eta;
        private final double[] prev;

        Fast(int dim, Rprop o) {
            super(dim, 0);
            this.etaMinus = o.etaMinus;
            this.etaPlus = o.etaPlus;
            this.stepMin = o.stepMin;
            this.stepMax = o.stepMax;
            this.eta = new double[dim];
            this.prev = new double[dim];
            java.util.Arrays.fill(eta, o.lr);
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            if (t == 1) {
                java.util.Arrays.fill(eta, lr);
            }
            for (int i = 0; i < dim; i++) {
                double gi = g[i];
                double product = gi * prev[i];
                double factor = product > 0 ? etaPlus : product < 0 ? etaMinus : 1;
                eta[i] = Math.min(Math.max(eta[i] * factor, stepMin), stepMax);
                if (product < 0) {
                    gi = 0;
                }
                double old = theta[i];
                double next = old - eta[i] * Math.signum(gi);
                theta[i] = next;
                update[i] = next - old;
                prev[i] = gi;
            }
        }

        @Override
        public List<NamedVector> snapshot() {
            return List.of(new NamedVector("eta", eta), new NamedVector("prevGrad", prev));
        }

        @Override
        void load(State state, int t) {
            read(state, "eta", eta);
            read(state, "prevGrad", prev);
            this.t = t;
        }
    }
}
