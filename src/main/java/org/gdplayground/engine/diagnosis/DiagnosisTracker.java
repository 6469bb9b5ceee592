package org.gdplayground.engine.diagnosis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.optimizer.Optimizer;
import org.jspecify.annotations.Nullable;

/**
 * Watches a run step by step and says what it is doing ({@link Diagnosis}). Fed once per step with primitive values
 * and the run's own arrays (read, never kept); {@link #observe} allocates nothing. {@link #diagnose} classifies the
 * current state (allocating a little, and caching the answer until the next step).
 *
 * <p>The rules, in the order {@link #diagnose} applies them:
 * <ol>
 *   <li><b>diverging</b>: the run stopped at a non-finite value; or the loss gap (loss − the known global minimum's
 *       value; when none is known, loss − min(0, loss(θ₀))) grew ×{@value #GROWTH} over at least {@value #STREAK}
 *       consecutive increases and is now ×{@value #GROWTH} its value at the start; or it rose ×{@value #RUNAWAY}
 *       above its value at the start whatever the path. It stays diverging until the gap falls back below where the
 *       growth began. Growth measured against the start, not only against the last low, keeps the jitter of a run
 *       that has all but converged (loss 1e−40 → 1e−38) or that bounces in a well from being called diverging.</li>
 *   <li><b>unbounded</b>: no global minimum is known, the loss fell below loss(θ₀) by ≥ {@value #UNBOUNDED_DROP} ×
 *       max(1, |loss(θ₀)|) and fell in each of the last {@value #STREAK} steps (or reached −∞).</li>
 *   <li><b>local / global minimum</b>: θ is within reach of a known minimum (distance ≤ {@link #radius()}, which is
 *       0.1 on the built-in surfaces and grows with wider plot bounds), or the loss has closed all but a millionth
 *       of its starting gap to the nearest one.</li>
 *   <li><b>saddle / plateau</b>: ‖∇f(θ)‖ ≤ {@value #TINY_GRADIENT}; the exact Hessian has an eigenvalue below −{@value #FLAT_CURVATURE}: saddle; all of them within
 *       ±{@value #FLAT_CURVATURE}: plateau; otherwise the point is a minimum the catalog does not list (reported
 *       as a local minimum, not catalogued).</li>
 *   <li><b>plateau</b> also where the gradient is tiny for the loss still to lose: ‖∇f(θ)‖ · plot span ≤
 *       {@value #FLAT_RELATIVE} × (loss − floor) (a quadratic never qualifies inside its plot; the plateau surface
 *       does from its default start).</li>
 *   <li><b>oscillating</b>: over the last {@value #WINDOW} steps at least {@value #REVERSALS} updates reversed the
 *       previous one's direction and the loss gap did not even halve.</li>
 *   <li><b>too slow</b>: the run has ended after ≥ {@value #SLOW_STEPS} steps having closed less than
 *       {@value #SLOW_CLOSED} of its starting loss gap (and none of the above applies).</li>
 *   <li><b>none</b> otherwise.</li>
 * </ol>
 * A run that zigzags while its loss shrinks fast (x² + y² with lr 0.95) is therefore neither diverging nor
 * oscillating, and ends as global-minimum.
 *
 * <p>Not thread-safe: one per run, confined like the run.
 */
public final class DiagnosisTracker {

    /** Growth factor of the loss gap over a streak of increases that counts as diverging. */
    static final double GROWTH = 10;
    /** Fewest consecutive increases for {@link #GROWTH}. */
    static final int STREAK = 3;
    /** Growth above the starting gap that counts as diverging whatever the path. */
    static final double RUNAWAY = 1000;
    /** Gradient norm at or below which a point counts as stationary. */
    static final double TINY_GRADIENT = 1e-3;
    /** Curvature within ± this counts as flat. */
    static final double FLAT_CURVATURE = 1e-3;
    /** Steps looked at for oscillation. */
    static final int WINDOW = 16;
    /** Reversals within {@link #WINDOW} that count as oscillating. */
    static final int REVERSALS = 12;
    /** A gradient this small relative to the loss gap (‖g‖·plot span ≤ this × gap) marks a plateau. */
    static final double FLAT_RELATIVE = 0.1;
    /** Fewest steps before a run can be called too slow. */
    static final int SLOW_STEPS = 10;
    /** A run that closed less than this fraction of its loss gap (and ended away from a stationary point) crawled. */
    static final double SLOW_CLOSED = 0.01;
    /** A drop of the loss below loss(θ₀) by this times max(1, |loss(θ₀)|) that keeps going counts as unbounded. */
    static final double UNBOUNDED_DROP = 1000;

    private final Objective objective;
    private final int dim;
    private final double[][] minPoints;
    private final double[] minValues;
    private final List<Minimum> minima;
    private final @Nullable Minimum global;
    private final double radius;
    private final double span;
    private final boolean plainSgd;
    private final double weightDecay;

    /** The loss the gaps are measured from: the known global minimum's value, else min(0, loss(θ₀)). */
    private double floor;
    private boolean started;
    private int k = -1;
    private double prevLoss = Double.NaN;
    private double gap0 = Double.NaN;
    private double loss0 = Double.NaN;
    private final double[] theta0;
    private double lastLr = Double.NaN;

    // falling without bound
    private int falls;
    private int dropSince = Diagnosis.NO_STEP;

    // a flat stretch relative to the loss gap
    private int flatSince = Diagnosis.NO_STEP;

    // a streak of consecutive increases
    private int streak;
    private int streakFirst;
    private double streakGap;
    private double streakLr;
    private final double[] streakTheta;

    // above the starting gap since
    private boolean above;
    private int aboveFirst;
    private double aboveLr;
    private final double[] aboveTheta;

    // diverging
    private boolean diverging;
    private int divSince;
    private int divDetected;
    private int divOver;
    private double divRatio;
    private double divLr;
    private double divFromGap;
    private final double[] divTheta;

    // oscillation
    private final double[] prevUpdate;
    private boolean havePrevUpdate;
    private final boolean[] reversed = new boolean[WINDOW];
    private final double[] gaps = new double[WINDOW + 1];
    private int reversals;
    private boolean oscillating;
    private int oscSince;

    // tiny gradient and nearest minimum
    private int tinySince = Diagnosis.NO_STEP;
    private int nearIndex = -1;
    private int nearSince = Diagnosis.NO_STEP;

    private @Nullable Diagnosis cached;
    private int cachedK = -1;
    private boolean cachedEnded;
    private boolean cachedNonFinite;

    /** A tracker for runs of {@code optimizer} on {@code objective}; call {@link #start} with θ₀ next. */
    public DiagnosisTracker(Objective objective, Optimizer optimizer) {
        this.objective = objective;
        this.dim = objective.dimension();
        this.minima = List.copyOf(objective.minima());
        this.minPoints = new double[minima.size()][];
        this.minValues = new double[minima.size()];
        Minimum g = null;
        for (int i = 0; i < minima.size(); i++) {
            Minimum m = minima.get(i);
            minPoints[i] = m.point();
            minValues[i] = m.value();
            if (m.global() && (g == null || m.value() < g.value())) {
                g = m;
            }
        }
        this.global = g;
        this.floor = g != null ? g.value() : 0;
        this.radius = radius(objective.bounds());
        Bounds b = objective.bounds();
        this.span = Math.max(b.xMax() - b.xMin(), b.yMax() - b.yMin());
        this.theta0 = new double[dim];
        this.plainSgd = optimizer.key().equals("sgd");
        this.weightDecay = optimizer.weightDecay();
        this.streakTheta = new double[dim];
        this.aboveTheta = new double[dim];
        this.divTheta = new double[dim];
        this.prevUpdate = new double[dim];
    }

    /** How close θ must come to a known minimum to be "in" it: 0.1 for plot spans up to 10, proportionally more. */
    static double radius(Bounds b) {
        double span = Math.max(b.xMax() - b.xMin(), b.yMax() - b.yMin());
        return 0.1 * Math.max(1, span / 10);
    }

    /** How close θ must come to a known minimum to count as in it. */
    public double radius() {
        return radius;
    }

    /** Step 0: θ₀, loss(θ₀), the gradient at θ₀, and the lr of step 1. */
    public void start(double[] theta, double loss, double[] grad, double lr) {
        started = true;
        k = 0;
        prevLoss = loss;
        if (global == null && Double.isFinite(loss)) {
            floor = Math.min(0, loss);
        }
        gap0 = loss - floor;
        loss0 = loss;
        lastLr = lr;
        System.arraycopy(theta, 0, theta0, 0, dim);
        gaps[0] = gap0;
        tinySince = norm(grad) <= TINY_GRADIENT ? 0 : Diagnosis.NO_STEP;
        flatSince = flatFar(norm(grad), gap0) ? 0 : Diagnosis.NO_STEP;
        near(theta, 0);
    }

    /**
     * Step k ≥ 1 was taken.
     *
     * @param k      the step
     * @param theta  θ_k
     * @param loss   loss(θ_k)
     * @param grad   the gradient step k used (at θ_{k−1})
     * @param update Δθ_k
     * @param lr     the lr of step k
     */
    public void observe(int k, double[] theta, double loss, double[] grad, double[] update, double lr) {
        if (!started || !Double.isFinite(loss)) {
            this.k = k;
            return;
        }
        this.k = k;
        lastLr = lr;
        double gap = loss - floor;
        double prevGap = prevLoss - floor;

        // falling far below the start
        falls = loss < prevLoss ? falls + 1 : 0;
        if (loss0 - loss >= UNBOUNDED_DROP * Math.max(1, Math.abs(loss0))) {
            if (dropSince == Diagnosis.NO_STEP) {
                dropSince = k;
            }
        } else {
            dropSince = Diagnosis.NO_STEP;
        }

        // increases
        if (loss > prevLoss) {
            if (streak == 0) {
                streakFirst = k;
                streakGap = prevGap;
                streakLr = lr;
                previousTheta(theta, update, streakTheta);
            }
            streak++;
            if (!diverging && streak >= STREAK && streakGap > 0 && gap >= GROWTH * streakGap
                    && gap >= GROWTH * gap0) {
                diverge(streakFirst, k, streakGap, gap, streakLr, streakTheta);
            }
        } else {
            streak = 0;
        }
        // above the start
        if (gap > gap0) {
            if (!above) {
                above = true;
                aboveFirst = k;
                aboveLr = lr;
                previousTheta(theta, update, aboveTheta);
            }
            if (!diverging && gap0 > 0 && gap >= RUNAWAY * gap0) {
                diverge(aboveFirst, k, gap0, gap, aboveLr, aboveTheta);
            }
        } else {
            above = false;
        }
        if (diverging && gap < divFromGap) {
            diverging = false;
        }

        // reversals and the loss gap a window ago
        int slot = k % WINDOW;
        if (reversed[slot]) {
            reversals--;
        }
        boolean rev = false;
        if (havePrevUpdate) {
            double dot = 0;
            for (int i = 0; i < dim; i++) {
                dot += update[i] * prevUpdate[i];
            }
            rev = dot < 0;
        }
        reversed[slot] = rev;
        if (rev) {
            reversals++;
        }
        System.arraycopy(update, 0, prevUpdate, 0, dim);
        havePrevUpdate = true;
        int gslot = k % (WINDOW + 1);
        double gapThen = gaps[gslot]; // gap at k − WINDOW (when k ≥ WINDOW)
        gaps[gslot] = gap;
        boolean osc = k > WINDOW && reversals >= REVERSALS && gapThen > 0 && gap > 0.5 * gapThen;
        if (osc && !oscillating) {
            oscSince = k - WINDOW + 1;
        }
        oscillating = osc;

        // tiny gradient (the one used at step k, so at θ_{k−1})
        double gn = norm(grad);
        if (flatFar(gn, prevGap)) {
            if (flatSince == Diagnosis.NO_STEP) {
                flatSince = k - 1;
            }
        } else {
            flatSince = Diagnosis.NO_STEP;
        }
        if (gn <= TINY_GRADIENT) {
            if (tinySince == Diagnosis.NO_STEP) {
                tinySince = k - 1;
            }
        } else {
            tinySince = Diagnosis.NO_STEP;
        }
        near(theta, k);
        prevLoss = loss;
    }

    /** A gradient so small for the loss still to lose that the surface is flat here: ‖g‖·span ≤ 0.1·gap. */
    private boolean flatFar(double gradNorm, double gap) {
        return gap > 0 && Double.isFinite(gap) && gradNorm * span <= FLAT_RELATIVE * gap;
    }

    /** The loss fell by ≥ {@link #UNBOUNDED_DROP}·max(1, |loss₀|) and kept falling, with no known minimum. */
    private boolean unbounded() {
        return global == null && dropSince != Diagnosis.NO_STEP && falls >= STREAK;
    }

    private void diverge(int since, int at, double fromGap, double gap, double lr, double[] from) {
        diverging = true;
        divSince = since;
        divDetected = at;
        divOver = at - since + 1;
        divRatio = fromGap > 0 ? gap / fromGap : Double.POSITIVE_INFINITY;
        divLr = lr;
        divFromGap = fromGap;
        System.arraycopy(from, 0, divTheta, 0, dim);
    }

    private static void previousTheta(double[] theta, double[] update, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = theta[i] - update[i];
        }
    }

    private void near(double[] theta, int step) {
        int best = nearest(theta);
        int index = best >= 0 && distance(theta, minPoints[best]) <= radius ? best : -1;
        if (index != nearIndex) {
            nearIndex = index;
            nearSince = index >= 0 ? step : Diagnosis.NO_STEP;
        }
    }

    private int nearest(double[] theta) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < minPoints.length; i++) {
            double d = distance(theta, minPoints[i]);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < b.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /**
     * The diagnosis of the state after step {@code step}; the same object until the next step (the page may ask
     * every frame).
     *
     * @param step      the run's current step
     * @param theta     θ now
     * @param loss      loss(θ) now
     * @param nonFinite true when the run ended at a non-finite value (status diverged)
     * @param ended     true when the run has finished
     */
    public Diagnosis diagnose(int step, double[] theta, double loss, boolean nonFinite, boolean ended) {
        Diagnosis c = cached;
        if (c != null && cachedK == step && cachedEnded == ended && cachedNonFinite == nonFinite) {
            return c;
        }
        Diagnosis d = classify(step, theta, loss, nonFinite, ended);
        cached = d;
        cachedK = step;
        cachedEnded = ended;
        cachedNonFinite = nonFinite;
        return d;
    }

    private Diagnosis classify(int step, double[] theta, double loss, boolean nonFinite, boolean ended) {
        if (nonFinite && global == null && !diverging
                && (loss == Double.NEGATIVE_INFINITY || dropSince != Diagnosis.NO_STEP)) {
            int since = dropSince != Diagnosis.NO_STEP ? dropSince : step;
            return new Diagnosis(Diagnosis.Code.UNBOUNDED, since, ended,
                    new Diagnosis.Unbounded(loss0, Double.isFinite(loss) ? loss : prevLoss, step));
        }
        if (nonFinite) {
            if (diverging) {
                return new Diagnosis(Diagnosis.Code.DIVERGING, divSince, ended, new Diagnosis.Diverging(divDetected,
                        divOver, divRatio, divLr, twoOverL(divTheta), true, step));
            }
            int since = above ? aboveFirst : step;
            return new Diagnosis(Diagnosis.Code.DIVERGING, since, ended, new Diagnosis.Diverging(step,
                    step - since + 1, Double.NaN, above ? aboveLr : Double.NaN, Double.NaN, true, step));
        }
        if (diverging) {
            return new Diagnosis(Diagnosis.Code.DIVERGING, divSince, ended, new Diagnosis.Diverging(divDetected,
                    divOver, divRatio, divLr, twoOverL(divTheta), false, Diagnosis.NO_STEP));
        }
        if (unbounded()) {
            return new Diagnosis(Diagnosis.Code.UNBOUNDED, dropSince, ended,
                    new Diagnosis.Unbounded(loss0, loss, step));
        }
        int best = nearest(theta);
        if (best >= 0) {
            double d = distance(theta, minPoints[best]);
            double closeGap = gap0 - (minValues[best] - floor);
            boolean lossThere = Double.isFinite(closeGap) && closeGap > 0 && loss - minValues[best] >= -1e-12
                    && loss - minValues[best] <= 1e-6 * closeGap;
            if (d <= radius || lossThere) {
                Minimum m = minima.get(best);
                boolean isGlobal = m.global();
                int since = best == nearIndex ? nearSince : step;
                return new Diagnosis(isGlobal ? Diagnosis.Code.GLOBAL_MINIMUM : Diagnosis.Code.LOCAL_MINIMUM, since,
                        ended, new Diagnosis.AtMinimum(m, d, isGlobal ? null : global, true));
            }
        }
        double[] g = new double[dim];
        objective.gradient(theta, g);
        double gn = norm(g);
        if (gn <= TINY_GRADIENT) {
            double[] eig = eigenvalues(hessian(theta));
            List<Double> point = list(theta);
            List<Double> eigen = list(eig);
            int since = tinySince == Diagnosis.NO_STEP ? step : tinySince;
            double lowest = eig[0];
            double largest = Math.max(Math.abs(eig[0]), Math.abs(eig[eig.length - 1]));
            if (lowest < -FLAT_CURVATURE) {
                return new Diagnosis(Diagnosis.Code.SADDLE, since, ended,
                        new Diagnosis.Flat(point, loss, gn, eigen));
            }
            if (largest <= FLAT_CURVATURE) {
                return new Diagnosis(Diagnosis.Code.PLATEAU, since, ended,
                        new Diagnosis.Flat(point, loss, gn, eigen));
            }
            Minimum here = new Minimum(theta, loss, false);
            return new Diagnosis(Diagnosis.Code.LOCAL_MINIMUM, since, ended,
                    new Diagnosis.AtMinimum(here, 0, global, false));
        }
        if (flatFar(gn, loss - floor)) {
            double[] eig = eigenvalues(hessian(theta));
            int since = flatSince == Diagnosis.NO_STEP ? step : flatSince;
            return new Diagnosis(Diagnosis.Code.PLATEAU, since, ended,
                    new Diagnosis.Flat(list(theta), loss, gn, list(eig)));
        }
        if (oscillating) {
            int then = (step + 1) % (WINDOW + 1); // the slot written at step − WINDOW
            double gapThen = gaps[then];
            double ratio = gapThen > 0 ? (loss - floor) / gapThen : Double.NaN;
            return new Diagnosis(Diagnosis.Code.OSCILLATING, oscSince, ended,
                    new Diagnosis.Oscillating(WINDOW, reversals, ratio));
        }
        double gap = loss - floor;
        if (ended && step >= SLOW_STEPS && gap0 > 0 && Double.isFinite(gap0) && gap0 - gap < SLOW_CLOSED * gap0) {
            return new Diagnosis(Diagnosis.Code.TOO_SLOW, 0, true, new Diagnosis.Crawling(lastLr, step,
                    distance(theta, theta0), gn, (gap0 - gap) / gap0));
        }
        return Diagnosis.none(ended);
    }

    /** 2/L at θ for plain gradient descent, L = the Hessian's largest eigenvalue + weight decay; NaN otherwise. */
    private double twoOverL(double[] at) {
        if (!plainSgd) {
            return Double.NaN;
        }
        for (double x : at) {
            if (!Double.isFinite(x)) {
                return Double.NaN;
            }
        }
        double[] eig = eigenvalues(hessian(at));
        double l = eig[eig.length - 1] + weightDecay;
        return l > 0 && Double.isFinite(l) ? 2 / l : Double.NaN;
    }

    /** The exact Hessian at θ ({@link Objective#hessian}). */
    double[][] hessian(double[] theta) {
        double[] flat = new double[dim * dim];
        objective.hessian(theta, flat);
        double[][] h = new double[dim][dim];
        for (int i = 0; i < dim; i++) {
            System.arraycopy(flat, i * dim, h[i], 0, dim);
        }
        return h;
    }

    /** Eigenvalues of a symmetric matrix, ascending (closed form up to 2×2). */
    static double[] eigenvalues(double[][] h) {
        int n = h.length;
        double[] out;
        if (n == 1) {
            out = new double[] {h[0][0]};
        } else if (n == 2) {
            double mean = (h[0][0] + h[1][1]) / 2;
            double half = (h[0][0] - h[1][1]) / 2;
            double r = Math.hypot(half, h[0][1]);
            out = new double[] {mean - r, mean + r};
        } else {
            for (double[] row : h) {
                for (double v : row) {
                    if (!Double.isFinite(v)) {
                        double[] nan = new double[n];
                        Arrays.fill(nan, Double.NaN);
                        return nan;
                    }
                }
            }
            out = new EigenDecomposition(new Array2DRowRealMatrix(h, false)).getRealEigenvalues().clone();
        }
        Arrays.sort(out);
        return out;
    }

    private static List<Double> list(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double x : v) {
            out.add(x);
        }
        return out;
    }
}
