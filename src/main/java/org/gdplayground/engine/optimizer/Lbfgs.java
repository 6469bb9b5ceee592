package org.gdplayground.engine.optimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;

/**
 * L-BFGS, limited-memory BFGS — Liu &amp; Nocedal, "On the limited memory BFGS method for large scale optimization"
 * (Math. Programming 1989) — as {@code torch.optim.LBFGS(max_iter=1)}: one playground step is one iteration.
 *
 * <pre>
 *   max|g| ≤ toleranceGrad:  no move, nothing changes (torch returns at once)
 *   first iteration:  d = −g,  t = min(1, 1/‖g‖₁)·lr
 *   later:            y = g − g_prev,  s = t_prev·d_prev;  if yᵀs &gt; 1e-10: remember (s, y) (dropping the oldest
 *                     beyond historySize) and H_diag = yᵀs / yᵀy;  d = −H·g by the two-loop recursion;  t = lr
 *   gᵀd &gt; −toleranceChange:  no move (d is not a descent direction any more)
 *   strongWolfe = 1:  t from torch's _strong_wolfe line search along d (cubic interpolation, c1 = 1e-4, c2 = 0.9,
 *                     tolerance_change 1e-9, at most 25 evaluations of f and ∇f)
 *   θ ← θ + t·d
 * </pre>
 * The line search evaluates the full objective through the run's {@link Probe}; its evaluations are the state's
 * {@code evals} of that step and are not steps. toleranceChange is also torch's: it only stops the iteration loop,
 * which one iteration per step never reaches. There is no weight decay (torch's L-BFGS has none).
 *
 * <p>State (in order): {@code d} (the direction), {@code t} (the step length used), {@code memory} (pairs held),
 * {@code Hdiag} (the initial inverse-Hessian scale), {@code iter} (iterations done), {@code evals} (line-search
 * evaluations in this step), {@code prevGrad}; the (s, y) pairs themselves travel as the hidden vectors
 * {@code memS}, {@code memY} (oldest first, row by row).
 *
 * @param lr              learning rate (the step length without line search, the first trial with it), default 1
 * @param historySize     how many (s, y) pairs are kept, default 100
 * @param strongWolfe     1 for torch's {@code line_search_fn="strong_wolfe"}, 0 (default) for none
 * @param toleranceGrad   no move when max|g| is at most this, default 1e-7
 * @param toleranceChange no move when gᵀd &gt; −toleranceChange, default 1e-9
 */
public record Lbfgs(double lr, double historySize, double strongWolfe, double toleranceGrad, double toleranceChange)
        implements Optimizer {

    public static final String KEY = "lbfgs";
    private static final ParamSpec LR = Hyper.lr(1);
    private static final ParamSpec HISTORY_SIZE = Hyper.historySize(100);
    private static final ParamSpec STRONG_WOLFE = Hyper.strongWolfe(0);
    private static final ParamSpec TOLERANCE_GRAD = Hyper.tolerance("toleranceGrad", 1e-7);
    private static final ParamSpec TOLERANCE_CHANGE = Hyper.tolerance("toleranceChange", 1e-9);
    /** Hyper-parameters, defaults and ranges: the one place the defaults live. */
    public static final List<ParamSpec> SPECS = List.of(LR, HISTORY_SIZE, STRONG_WOLFE, TOLERANCE_GRAD,
            TOLERANCE_CHANGE);
    /** torch's curvature condition for remembering a pair. */
    static final double MIN_CURVATURE = 1e-10;
    /** torch's _strong_wolfe defaults (LBFGS does not pass its own). */
    static final double C1 = 1e-4;
    static final double C2 = 0.9;
    static final double LS_TOLERANCE_CHANGE = 1e-9;
    static final int MAX_LS = 25;

    public Lbfgs {
        LR.check(lr);
        HISTORY_SIZE.check(historySize);
        STRONG_WOLFE.check(strongWolfe);
        TOLERANCE_GRAD.check(toleranceGrad);
        TOLERANCE_CHANGE.check(toleranceChange);
    }

    public static Lbfgs defaults() {
        return new Lbfgs(LR.def(), HISTORY_SIZE.def(), STRONG_WOLFE.def(), TOLERANCE_GRAD.def(),
                TOLERANCE_CHANGE.def());
    }

    static Lbfgs of(Map<String, Double> values) {
        double[] v = Hyper.resolve(KEY, SPECS, values);
        return new Lbfgs(v[0], v[1], v[2], v[3], v[4]);
    }

    /** Whether the strong-Wolfe line search is on. */
    public boolean lineSearch() {
        return strongWolfe == 1;
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
        return Hyper.values(SPECS, lr, historySize, strongWolfe, toleranceGrad, toleranceChange);
    }

    @Override
    public Stepper newStepper(int dim) {
        return new Fast(dim, this);
    }

    @Override
    public Stability stability() {
        return Stability.none("stability.lbfgs");
    }

    @Override
    public List<String> explanationKeys() {
        return List.of("explain.lbfgs.rule", "explain.lbfgs.memory", "explain.lbfgs.lineSearch",
                "explain.lbfgs.noMove", "explain.lbfgs.first");
    }

    @Override
    public void explainStep(Explanation x) {
        View st = View.of(x.state().vectors());
        boolean moved = false;
        for (int i = 0; i < x.dimension(); i++) {
            moved |= x.update(i) != 0;
        }
        if (st.iter() == 1 && moved) {
            x.line(x.tr("explain.lbfgs.first"));
        }
        x.line(x.tr("explain.lbfgs.memory", Integer.toString(st.memory()), x.num(historySize), x.vec(st.d()),
                x.f(st.t())));
        if (lineSearch() && moved) {
            x.line(x.tr("explain.lbfgs.lineSearch", Integer.toString(st.evals()), x.f(st.t())));
        }
        if (!moved) {
            x.line(x.tr("explain.lbfgs.noMove"));
        }
    }

    @Override
    public void explainCoordinate(Explanation x, int i) {
        View st = View.of(x.state().vectors());
        String b7 = x.f7(x.before(i));
        x.line(x.name(i) + " ← " + b7 + " + t × d = " + b7 + " + " + x.f(x.update(i) == 0 ? 0 : st.t()) + " × "
                + x.f(st.d()[i]) + " = " + x.f7(x.after(i)));
    }

    /** The displayed state of one step. */
    public record View(double[] d, double t, int memory, double hDiag, int iter, int evals, double[] prevGrad) {

        public static View of(List<NamedVector> state) {
            State s = new State(state);
            return new View(s.get("d").values(), s.get("t").get(0), (int) s.get("memory").get(0),
                    s.get("Hdiag").get(0), (int) s.get("iter").get(0), (int) s.get("evals").get(0),
                    s.get("prevGrad").values());
        }
    }

    static final class Fast extends Stepper {

        private final int history;
        private final boolean wolfe;
        private final double toleranceGrad;
        private final double toleranceChange;
        /** Ring buffers of the pairs: pair i (0 = oldest) sits in row (head + i) % history. */
        private final double[][] memS;
        private final double[][] memY;
        private final double[] ro;
        private final double[] al;
        private int head;
        private int count;
        private final double[] d;
        private final double[] prevGrad;
        private final double[] trial;
        private final double[] trialGrad;
        private double stepLength;
        private double hDiag = 1;
        private int iter;
        private int evals;

        Fast(int dim, Lbfgs o) {
            super(dim, 0);
            this.history = (int) o.historySize;
            this.wolfe = o.lineSearch();
            this.toleranceGrad = o.toleranceGrad;
            this.toleranceChange = o.toleranceChange;
            this.memS = new double[history][dim];
            this.memY = new double[history][dim];
            this.ro = new double[history];
            this.al = new double[history];
            this.d = new double[dim];
            this.prevGrad = new double[dim];
            this.trial = new double[dim];
            this.trialGrad = new double[dim];
        }

        @Override
        public boolean needsProbe() {
            return wolfe;
        }

        @Override
        void apply(double[] theta, double[] g, double lr, int t, double[] update) {
            evals = 0;
            for (int i = 0; i < dim; i++) {
                update[i] = 0;
            }
            double gMax = 0;
            for (double gi : g) {
                gMax = Math.max(gMax, Math.abs(gi));
            }
            if (gMax <= toleranceGrad) {
                return;
            }
            iter++;
            if (iter == 1) {
                for (int i = 0; i < dim; i++) {
                    d[i] = -g[i];
                }
                count = 0;
                head = 0;
                hDiag = 1;
            } else {
                remember(g);
                direction(g);
            }
            System.arraycopy(g, 0, prevGrad, 0, dim);
            double l1 = 0;
            for (double gi : g) {
                l1 += Math.abs(gi);
            }
            stepLength = iter == 1 ? Math.min(1, 1 / l1) * lr : lr;
            double gtd = dot(g, d);
            if (gtd > -toleranceChange) {
                return;
            }
            if (wolfe) {
                stepLength = strongWolfe(theta, stepLength, probe().value(theta), g, gtd);
            }
            for (int i = 0; i < dim; i++) {
                double old = theta[i];
                double next = old + stepLength * d[i];
                theta[i] = next;
                update[i] = next - old;
            }
        }

        /** y = g − g_prev, s = t·d; kept when yᵀs &gt; 1e-10 (the oldest pair drops out when the memory is full). */
        private void remember(double[] g) {
            int slot = count < history ? (head + count) % history : head;
            double[] y = memY[slot];
            double[] s = memS[slot];
            double ys = 0;
            double yy = 0;
            for (int i = 0; i < dim; i++) {
                trial[i] = g[i] - prevGrad[i];
                trialGrad[i] = d[i] * stepLength;
            }
            ys = dot(trial, trialGrad);
            if (ys > MIN_CURVATURE) {
                yy = dot(trial, trial);
                System.arraycopy(trial, 0, y, 0, dim);
                System.arraycopy(trialGrad, 0, s, 0, dim);
                ro[slot] = 1.0 / ys;
                if (count < history) {
                    count++;
                } else {
                    head = (head + 1) % history;
                }
                hDiag = ys / yy;
            }
        }

        /** d = −H·g by the two-loop recursion over the pairs, oldest first. */
        private void direction(double[] g) {
            for (int i = 0; i < dim; i++) {
                d[i] = -g[i];
            }
            for (int i = count - 1; i >= 0; i--) {
                int r = (head + i) % history;
                al[i] = dot(memS[r], d) * ro[r];
                double a = -al[i];
                double[] y = memY[r];
                for (int k = 0; k < dim; k++) {
                    d[k] += a * y[k];
                }
            }
            for (int k = 0; k < dim; k++) {
                d[k] *= hDiag;
            }
            for (int i = 0; i < count; i++) {
                int r = (head + i) % history;
                double be = dot(memY[r], d) * ro[r];
                double a = al[i] - be;
                double[] s = memS[r];
                for (int k = 0; k < dim; k++) {
                    d[k] += a * s[k];
                }
            }
        }

        /** f(x + t·d) and ∇f(x + t·d)·d: the value, with the directional derivative left in {@link #gtdNew}. */
        private double evaluate(double[] x, double t) {
            for (int i = 0; i < dim; i++) {
                trial[i] = x[i] + t * d[i];
            }
            Probe probe = probe();
            double f = probe.value(trial);
            probe.gradient(trial, trialGrad);
            gtdNew = dot(trialGrad, d);
            evals++;
            return f;
        }

        private double gtdNew;

        /** torch's {@code _strong_wolfe}, returning the step length (torch's g_new is not needed: max_iter = 1). */
        private double strongWolfe(double[] x, double t, double f, double[] g, double gtd) {
            double dNorm = 0;
            for (double di : d) {
                dNorm = Math.max(dNorm, Math.abs(di));
            }
            double fNew = evaluate(x, t);
            double tPrev = 0;
            double fPrev = f;
            double gtdPrev = gtd;
            boolean done = false;
            int lsIter = 0;
            // the bracket: [b0, b1] with values and directional derivatives; single = one point only
            double b0 = 0;
            double b1 = 0;
            double bf0 = 0;
            double bf1 = 0;
            double bg0 = 0;
            double bg1 = 0;
            boolean single = false;
            boolean found = false;
            while (lsIter < MAX_LS) {
                if (fNew > f + C1 * t * gtd || (lsIter > 1 && fNew >= fPrev)) {
                    b0 = tPrev;
                    b1 = t;
                    bf0 = fPrev;
                    bf1 = fNew;
                    bg0 = gtdPrev;
                    bg1 = gtdNew;
                    found = true;
                    break;
                }
                if (Math.abs(gtdNew) <= -C2 * gtd) {
                    b0 = t;
                    bf0 = fNew;
                    single = true;
                    done = true;
                    found = true;
                    break;
                }
                if (gtdNew >= 0) {
                    b0 = tPrev;
                    b1 = t;
                    bf0 = fPrev;
                    bf1 = fNew;
                    bg0 = gtdPrev;
                    bg1 = gtdNew;
                    found = true;
                    break;
                }
                double minStep = t + 0.01 * (t - tPrev);
                double maxStep = t * 10;
                double tmp = t;
                t = cubicInterpolate(tPrev, fPrev, gtdPrev, t, fNew, gtdNew, minStep, maxStep);
                tPrev = tmp;
                fPrev = fNew;
                gtdPrev = gtdNew;
                fNew = evaluate(x, t);
                lsIter++;
            }
            if (lsIter == MAX_LS) {
                // torch: bracket = [0, t], bracket_f = [f, f_new] (its bracket_gtd stays as it was, unused below)
                b0 = 0;
                b1 = t;
                bf0 = f;
                bf1 = fNew;
                single = false;
            }
            if (!found && lsIter != MAX_LS) {
                throw new IllegalStateException("line search ended without a bracket");
            }
            if (single) {
                return b0;
            }
            boolean insufficient = false;
            int low = bf0 <= bf1 ? 0 : 1;
            while (!done && lsIter < MAX_LS) {
                if (Math.abs(b1 - b0) * dNorm < LS_TOLERANCE_CHANGE) {
                    break;
                }
                t = cubicInterpolate(b0, bf0, bg0, b1, bf1, bg1, Math.min(b0, b1), Math.max(b0, b1));
                double hi = Math.max(b0, b1);
                double lo = Math.min(b0, b1);
                double eps = 0.1 * (hi - lo);
                if (Math.min(hi - t, t - lo) < eps) {
                    if (insufficient || t >= hi || t <= lo) {
                        t = Math.abs(t - hi) < Math.abs(t - lo) ? hi - eps : lo + eps;
                        insufficient = false;
                    } else {
                        insufficient = true;
                    }
                } else {
                    insufficient = false;
                }
                fNew = evaluate(x, t);
                lsIter++;
                double lowF = low == 0 ? bf0 : bf1;
                if (fNew > f + C1 * t * gtd || fNew >= lowF) {
                    if (low == 0) {
                        b1 = t;
                        bf1 = fNew;
                        bg1 = gtdNew;
                    } else {
                        b0 = t;
                        bf0 = fNew;
                        bg0 = gtdNew;
                    }
                    low = bf0 <= bf1 ? 0 : 1;
                } else {
                    if (Math.abs(gtdNew) <= -C2 * gtd) {
                        done = true;
                    } else {
                        double high = low == 0 ? b1 : b0;
                        double lowT = low == 0 ? b0 : b1;
                        if (gtdNew * (high - lowT) >= 0) {
                            if (low == 0) {
                                b1 = b0;
                                bf1 = bf0;
                                bg1 = bg0;
                            } else {
                                b0 = b1;
                                bf0 = bf1;
                                bg0 = bg1;
                            }
                        }
                    }
                    if (low == 0) {
                        b0 = t;
                        bf0 = fNew;
                        bg0 = gtdNew;
                    } else {
                        b1 = t;
                        bf1 = fNew;
                        bg1 = gtdNew;
                    }
                }
            }
            return low == 0 ? b0 : b1;
        }

        @Override
        public List<NamedVector> snapshot() {
            return List.of(new NamedVector("d", d), new NamedVector("t", new double[] {stepLength}),
                    new NamedVector("memory", new double[] {count}), new NamedVector("Hdiag", new double[] {hDiag}),
                    new NamedVector("iter", new double[] {iter}), new NamedVector("evals", new double[] {evals}),
                    new NamedVector("prevGrad", prevGrad));
        }

        @Override
        List<NamedVector> hidden() {
            double[] s = new double[count * dim];
            double[] y = new double[count * dim];
            double[] r = new double[count];
            for (int i = 0; i < count; i++) {
                int row = (head + i) % history;
                System.arraycopy(memS[row], 0, s, i * dim, dim);
                System.arraycopy(memY[row], 0, y, i * dim, dim);
                r[i] = ro[row];
            }
            List<NamedVector> out = new ArrayList<>(3);
            out.add(new NamedVector("memS", s));
            out.add(new NamedVector("memY", y));
            out.add(new NamedVector("memRo", r));
            return out;
        }

        @Override
        void load(State state, int t) {
            read(state, "d", d);
            read(state, "prevGrad", prevGrad);
            stepLength = scalar(state, "t");
            hDiag = scalar(state, "Hdiag");
            iter = (int) scalar(state, "iter");
            evals = (int) scalar(state, "evals");
            NamedVector s = state.get("memS");
            NamedVector y = state.get("memY");
            NamedVector r = state.get("memRo");
            int n = r.size();
            if (n > history || s.size() != n * dim || y.size() != n * dim) {
                throw new IllegalArgumentException("L-BFGS memory must hold at most " + history + " pairs of "
                        + dim + " values");
            }
            head = 0;
            count = n;
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < dim; k++) {
                    memS[i][k] = s.get(i * dim + k);
                    memY[i][k] = y.get(i * dim + k);
                }
                ro[i] = r.get(i);
            }
            this.t = t;
        }
    }

    /** torch's {@code _cubic_interpolate} of two points with values and derivatives, clamped to the bounds. */
    static double cubicInterpolate(double x1, double f1, double g1, double x2, double f2, double g2, double lo,
            double hi) {
        double d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2);
        double d2Square = d1 * d1 - g1 * g2;
        if (d2Square >= 0) {
            double d2 = Math.sqrt(d2Square);
            double minPos = x1 <= x2 ? x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
                    : x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2));
            return Math.min(Math.max(minPos, lo), hi);
        }
        return (lo + hi) / 2.0;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
