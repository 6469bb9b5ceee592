package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * RAdam, rectified Adam — Liu et al., "On the Variance of the Adaptive Learning Rate and Beyond" (ICLR 2020,
 * arXiv:1908.03265) — as {@code torch.optim.RAdam} (decoupled_weight_decay off).
 *
 * <pre>
 *   g ← g + λ·θ                                         (only when weightDecay λ ≠ 0)
 *   m ← β1·m + (1 − β1)·g,   v ← β2·v + (1 − β2)·g²,   m̂ = m / (1 − β1ᵗ)
 *   ρ∞ = 2/(1 − β2) − 1,     ρₜ = ρ∞ − 2t·β2ᵗ / (1 − β2ᵗ)
 *   ρₜ &gt; 5:  l = √(1 − β2ᵗ) / (√v + ε),  r = √((ρₜ − 4)(ρₜ − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρₜ)),  θ ← θ − γ·m̂·l·r
 *   else:    θ ← θ − γ·m̂                                 (too few steps for v to be trusted: momentum SGD)
 * </pre>
 * With β2 = 0.999 the first five steps are unrectified (ρ₁ = 1, ρ₆ ≈ 5.0). State (in order): {@code m}, {@code v},
 * and for display {@code mHat}, {@code rho} (ρₜ), {@code r} (the rectification, 0 when unrectified) and
 * {@code rectified} (1 or 0), each a 1-vector but m̂.
 *
 * @param lr          learning rate γ, default 1e-3
 * @param beta1       β1, default 0.9, in [0, 1)
 * @param beta2       β2, default 0.999, in [0, 1)
 * @param eps         ε, default 1e-8
 * @param weightDecay L2 weight decay λ, default 0
 */
public record RAdam(double lr, double beta1, double beta2, double eps, double weightDecay) implements Optimizer {

    public static final String KEY = "radam";
    private static final ParamSpec LR = Hyper.lr(1e-3);
    private static final ParamSpec BETA1 = Hyper.beta1(0.9);
    private static final ParamSpec BETA2 = Hyper.beta2(0.999);
    private static final ParamSpec EPS = Hyper.eps(1e-8);
    private static final ParamSpec WEIGHT_DECAY = Hyper.weightDecay(0);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, BETA1, BETA2, EPS, WEIGHT_DECAY);

    public RAdam {
        LR.check(lr);
        BETA1.check(beta1);
        BETA2.check(beta2);
        EPS.check(eps);
        WEIGHT_DECAY.check(weightDecay);
    }

    /** Only the learning rate; the other hyper-parameters at their defaults. */
    public RAdam(double lr) {
        this(lr, BETA1.def(), BETA2.def(), EPS.def(), WEIGHT_DECAY.def());
    }

    public static RAdam defaults() {
        return new RAdam(LR.def());
    }

    static RAdam of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new RAdam(v[0], v[1], v[2], v[3], v[4]);
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
    public List<String> explanationKeys() {
        return List.of("explain.radam.rule", "explain.radam.rectified", "explain.radam.unrectified");
    }

    @Override
    public void explainStep(Explanation x) {
        View st = View.of(x.state().vectors());
        x.line(st.rectified() ? x.tr("explain.radam.rectified", x.f(st.rho()), x.f(st.r()))
                : x.tr("explain.radam.unrectified", x.f(st.rho())));
    }

    @Override
    public void explainCoordinate(Explanation x, int i) {
        View st = View.of(x.state().vectors());
        String p = x.name(i);
        String b7 = x.f7(x.before(i));
        String lr = x.f(x.lr());
        x.line("m_" + p + " = " + x.f(st.m()[i]) + ",  v_" + p + " = " + x.f(st.v()[i]) + ",  m̂ = "
                + x.f(st.mHat()[i]));
        if (st.rectified()) {
            double bc2 = 1 - Math.pow(beta2, x.t());
            double l = Math.sqrt(bc2) / (Math.sqrt(st.v()[i]) + eps);
            x.line(p + " ← " + b7 + " − " + lr + " × " + x.f(st.mHat()[i]) + " × r × l = " + b7 + " − " + lr + " × "
                    + x.f(st.mHat()[i]) + " × " + x.f(st.r()) + " × " + x.f(l) + " = " + x.f7(x.after(i)));
        } else {
            x.line(p + " ← " + b7 + " − " + lr + " × " + x.f(st.mHat()[i]) + " = " + x.f7(x.after(i)));
        }
    }

    /** The displayed state of one step, read from a step record's named vectors. */
    public record View(double[] m, double[] v, double[] mHat, double rho, double r, boolean rectified) {

        public static View of(List<NamedVector> state) {
            State s = new State(state);
            return new View(s.get("m").values(), s.get("v").values(), s.get("mHat").values(),
                    s.get("rho").get(0), s.get("r").get(0), s.get("rectified").get(0) == 1);
        }
    }

    static final class Fast extends Stepper {

        private final double beta1;
        private final double beta2;
        private final double eps;
        private final double rhoInf;
        private final DecayTerm bc1;
        private final DecayTerm bc2;
        private final double[] m;
        private final double[] v;
        private double rho;
        private double r;

        Fast(int dim, RAdam o) {
            super(dim, o.weightDecay);
            this.beta1 = o.beta1;
            this.beta2 = o.beta2;
            this.eps = o.eps;
            this.rhoInf = 2 / (1 - o.beta2) - 1;
            this.bc1 = DecayTerm.biasCorrection(o.beta1);
            this.bc2 = DecayTerm.biasCorrection(o.beta2);
            this.m = new double[dim];
            this.v = new double[dim];
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            double bc1 = this.bc1.at(t);
            double bc2 = this.bc2.at(t);
            rho = rhoAt(t, bc2);
            boolean rectified = rho > 5;
            r = rectified ? Math.sqrt((rho - 4) * (rho - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rho)) : 0;
            double sqrtBc2 = Math.sqrt(bc2);
            for (int i = 0; i < dim; i++) {
                double gi = g[i];
                m[i] = beta1 * m[i] + (1 - beta1) * gi;
                v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
                double mHat = m[i] / bc1;
                double old = theta[i];
                double next = rectified ? old - mHat * lr * (sqrtBc2 / (Math.sqrt(v[i]) + eps)) * r
                        : old - mHat * lr;
                theta[i] = next;
                update[i] = next - old;
            }
        }

        /** ρₜ = ρ∞ − 2t·β2ᵗ / (1 − β2ᵗ); β2ᵗ = 1 − bc2 (exact where bc2 rounds to 1: ρₜ = ρ∞ then). */
        private double rhoAt(int t, double bc2) {
            return rhoInf - 2 * t * Math.pow(beta2, t) / bc2;
        }

        @Override
        public List<NamedVector> snapshot() {
            return List.of(new NamedVector("m", m), new NamedVector("v", v),
                    new NamedVector("mHat", Adam.corrected(m, beta1, t)), new NamedVector("rho", new double[] {rho}),
                    new NamedVector("r", new double[] {r}),
                    new NamedVector("rectified", new double[] {t > 0 && rho > 5 ? 1 : 0}));
        }

        @Override
        void load(State state, int t) {
            read(state, "m", m);
            read(state, "v", v);
            rho = scalar(state, "rho");
            r = scalar(state, "r");
            this.t = t;
        }
    }
}
