package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;
import org.jspecify.annotations.Nullable;

/**
 * Newton's method: θ ← θ − γ·H⁻¹g with the Hessian H at θ. Not in torch.optim; here to show what the first-order
 * methods approximate. On a quadratic bowl one step with γ = 1 lands on the minimum; on a saddle (H indefinite) it
 * goes <i>to</i> the saddle point, because it looks for any point where g = 0 — a lesson.
 *
 * <pre>
 *   H = ∇²f(θ), exact (the objective's own second derivatives: hand-derived for the built-in surfaces and data
 *       problems, second-order automatic differentiation for a typed expression)
 *   solve H·p = g  (Gaussian elimination, partial pivoting)
 *   θ ← θ − γ·p
 * </pre>
 * g is the gradient the run hands over (its gradient mode); H comes from the {@link Probe}. H counts as singular when
 * a pivot is at most 1e-12 times H's largest entry (or H = 0): the step then leaves θ alone and the run stops with
 * that reason ({@link Stepper#singularHessian()}).
 * State (in order): {@code H} (n² values, row by row), {@code HinvG} (p = H⁻¹g), {@code detH} (a 1-vector).
 *
 * @param lr step scale γ, default 1
 */
public record Newton(double lr) implements Optimizer {

    public static final String KEY = "newton";
    private static final ParamSpec LR = Hyper.lr(1);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR);
    /** A pivot at most this times H's largest entry makes H singular. */
    static final double SINGULAR = 1e-12;

    public Newton {
        LR.check(lr);
    }

    public static Newton defaults() {
        return new Newton(LR.def());
    }

    static Newton of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new Newton(v[0]);
    }

    @Override
    public String key() {
        return KEY;
    }

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
        return Hyper.values(SPECS, lr);
    }

    @Override
    public Stepper newStepper(int dim) {
        return new Fast(dim);
    }

    /** On a quadratic Newton's step is θ ← (1 − γ)·θ whatever the curvature: stable for γ &lt; 2. */
    @Override
    public Stability stability() {
        return Stability.fixed(2, "stability.newton");
    }

    @Override
    public List<String> explanationKeys() {
        return List.of("explain.newton.rule", "explain.newton.minimum", "explain.newton.saddle");
    }

    @Override
    public void explainStep(Explanation x) {
        View st = View.of(x.state().vectors());
        StringBuilder h = new StringBuilder("H = [");
        for (int r = 0; r < st.hessian().length; r++) {
            h.append(r == 0 ? "" : "; ").append(x.vec(st.hessian()[r]));
        }
        x.line(h.append("],  det H = ").append(x.f(st.det())).toString());
        x.line("H⁻¹g = " + x.vec(st.hinvG()));
        x.line(x.tr(st.positiveDefinite() ? "explain.newton.minimum" : "explain.newton.saddle"));
    }

    @Override
    public void explainCoordinate(Explanation x, int i) {
        View st = View.of(x.state().vectors());
        String p = x.name(i);
        String b7 = x.f7(x.before(i));
        x.line(p + " ← " + b7 + " − " + x.f(x.lr()) + " × (H⁻¹g)_" + p + " = " + b7 + " − " + x.f(x.lr()) + " × "
                + x.f(st.hinvG()[i]) + " = " + x.f7(x.after(i)));
    }

    /** The displayed state of one step: H (n × n), p = H⁻¹g and det H. */
    public record View(double[][] hessian, double[] hinvG, double det) {

        public static View of(List<NamedVector> state) {
            State s = new State(state);
            double[] flat = s.get("H").values();
            double[] p = s.get("HinvG").values();
            int n = p.length;
            double[][] h = new double[n][n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(flat, i * n, h[i], 0, n);
            }
            return new View(h, p, s.get("detH").get(0));
        }

        /** Whether H is positive definite (Cholesky succeeds): only then does the step head for a minimum. */
        public boolean positiveDefinite() {
            int n = hinvG.length;
            double[][] l = new double[n][n];
            for (int j = 0; j < n; j++) {
                double d = hessian[j][j];
                for (int k = 0; k < j; k++) {
                    d -= l[j][k] * l[j][k];
                }
                if (!(d > 0)) {
                    return false;
                }
                l[j][j] = Math.sqrt(d);
                for (int i = j + 1; i < n; i++) {
                    double s = hessian[i][j];
                    for (int k = 0; k < j; k++) {
                        s -= l[i][k] * l[j][k];
                    }
                    l[i][j] = s / l[j][j];
                }
            }
            return true;
        }
    }

    static final class Fast extends Stepper {

        private final double[] h;
        private final double[] lu;
        private final double[] p;
        private double det;
        private boolean singular;

        Fast(int dim) {
            super(dim, 0);
            this.h = new double[dim * dim];
            this.lu = new double[dim * dim];
            this.p = new double[dim];
        }

        @Override
        public boolean needsProbe() {
            return true;
        }

        @Override
        public @Nullable Double singularHessian() {
            return singular ? det : null;
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            probe().hessian(theta, h);
            singular = !solve(g);
            for (int i = 0; i < dim; i++) {
                double old = theta[i];
                double next = singular ? old : old - lr * p[i];
                theta[i] = next;
                update[i] = next - old;
            }
        }

        /** p = H⁻¹g by Gaussian elimination with partial pivoting; det H on the way. False when H is singular. */
        private boolean solve(double[] g) {
            System.arraycopy(h, 0, lu, 0, dim * dim);
            System.arraycopy(g, 0, p, 0, dim);
            double scale = 0;
            for (double v : h) {
                scale = Math.max(scale, Math.abs(v));
            }
            det = 1;
            for (int c = 0; c < dim; c++) {
                int pivot = c;
                for (int r = c + 1; r < dim; r++) {
                    if (Math.abs(lu[r * dim + c]) > Math.abs(lu[pivot * dim + c])) {
                        pivot = r;
                    }
                }
                if (pivot != c) {
                    for (int k = 0; k < dim; k++) {
                        double tmp = lu[c * dim + k];
                        lu[c * dim + k] = lu[pivot * dim + k];
                        lu[pivot * dim + k] = tmp;
                    }
                    double tmp = p[c];
                    p[c] = p[pivot];
                    p[pivot] = tmp;
                    det = -det;
                }
                double d = lu[c * dim + c];
                det *= d;
                if (!(Math.abs(d) > SINGULAR * scale)) {
                    for (int k = 0; k < dim; k++) {
                        p[k] = 0;
                    }
                    if (!(scale > 0)) {
                        det = 0;
                    }
                    return false;
                }
                for (int r = c + 1; r < dim; r++) {
                    double f = lu[r * dim + c] / d;
                    if (f != 0) {
                        for (int k = c; k < dim; k++) {
                            lu[r * dim + k] -= f * lu[c * dim + k];
                        }
                        p[r] -= f * p[c];
                    }
                }
            }
            for (int c = dim - 1; c >= 0; c--) {
                double s = p[c];
                for (int k = c + 1; k < dim; k++) {
                    s -= lu[c * dim + k] * p[k];
                }
                p[c] = s / lu[c * dim + c];
            }
            return true;
        }

        @Override
        public List<NamedVector> snapshot() {
            return List.of(new NamedVector("H", h), new NamedVector("HinvG", p),
                    new NamedVector("detH", new double[] {t > 0 ? det : 0}));
        }

        @Override
        void load(State state, int t) {
            this.t = t;
        }
    }
}
