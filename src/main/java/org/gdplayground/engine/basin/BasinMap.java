package org.gdplayground.engine.basin;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.GradientEvaluator;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Probe;
import org.gdplayground.engine.optimizer.Stepper;
import org.gdplayground.engine.run.Batching;
import org.gdplayground.engine.run.LrSchedule;
import org.gdplayground.engine.run.StopReason;
import org.gdplayground.engine.run.StopRule;
import org.jspecify.annotations.Nullable;

/**
 * The basin-of-attraction map of a scenario: its optimizer, hyper-parameters, schedule, gradient mode, stop rules
 * and step limit, run from every start of an N × N grid over the objective's plot bounds; each start is labelled by
 * where its run ends.
 *
 * <p>Labels, in this order:
 * <ol>
 *   <li>{@link #DIVERGED} (−1) when the run ends as {@code diverged} — exactly the run's rule: a non-finite
 *       gradient, θ or loss, or a singular Hessian (Newton) — or when it ends with the loss gap (loss − the known
 *       global minimum's value, else loss − min(0, loss(θ₀))) at least {@value #RUNAWAY} times its gap at the start:
 *       the diagnosis's "runaway" rule applied to the end point, so a run still flying off when the steps run out
 *       (x² + y² with lr 1.1) counts as diverged;</li>
 *   <li>the index of the known minimum within distance {@value #RADIUS} of the end point (the nearest one if several);</li>
 *   <li>{@link #NONE} (−2) otherwise (stuck at a saddle or on a plateau, still on its way, or at a minimum the
 *       catalog does not list).</li>
 * </ol>
 *
 * <p>Speed: one {@link Worker} per thread runs the starts one after the other with preallocated arrays; per start it
 * only creates a fresh optimizer {@link Stepper} (a few small arrays), per step it allocates nothing and records
 * nothing. Its loop computes exactly what {@link org.gdplayground.engine.run.Run} computes (the same calls in the
 * same order), so the end point equals the run's final θ bit for bit.
 *
 * <p>Immutable and thread-safe; workers are not (one per thread).
 */
public final class BasinMap {

    /** Label of a start whose run diverged. */
    public static final int DIVERGED = -1;
    /** Label of a start whose run ended at no known minimum. */
    public static final int NONE = -2;
    /** How close the end point must be to a known minimum to count as in it. */
    public static final double RADIUS = 0.1;
    /** The end loss gap, as a multiple of the starting gap, that counts as diverged (DiagnosisTracker's runaway). */
    public static final double RUNAWAY = 1000;
    /** Smallest grid. */
    public static final int MIN_GRID = 2;
    /** Steps one task takes (about) before it hands its thread back to the executor's queue. */
    static final long SLICE_STEPS = 2_000_000;

    private final Objective objective;
    private final Optimizer optimizer;
    private final LrSchedule schedule;
    private final org.gdplayground.engine.function.GradientMode gradient;
    private final StopRule[] rules;
    private final boolean needGradNorm;
    private final int steps;
    private final double[] xs;
    private final double[] ys;
    private final List<Minimum> minima;
    private final double[][] minPoints;
    private final double floor;
    private final boolean knownFloor;

    /**
     * @param scenario the runs' scenario (its start is ignored: every grid point is a start)
     * @param n        grid size N ≥ 2 (N × N starts)
     * @throws IllegalArgumentException when the objective does not have 2 parameters, the scenario uses mini-batches,
     *                                  or n &lt; 2
     */
    public BasinMap(org.gdplayground.engine.run.Scenario scenario, int n) {
        this(scenario, n, scenario.objective().bounds());
    }

    /** As {@link #BasinMap(org.gdplayground.engine.run.Scenario, int)} over the given box. */
    public BasinMap(org.gdplayground.engine.run.Scenario scenario, int n, Bounds box) {
        if (scenario.objective().dimension() != 2) {
            throw new IllegalArgumentException("a basin map needs 2 parameters, " + scenario.objective().id()
                    + " has " + scenario.objective().dimension());
        }
        if (!(scenario.batching() instanceof Batching.Full)) {
            throw new IllegalArgumentException("a basin map runs full batches");
        }
        if (n < MIN_GRID) {
            throw new IllegalArgumentException("the grid needs at least " + MIN_GRID + " points a side, got " + n);
        }
        this.objective = scenario.objective();
        this.optimizer = scenario.optimizer();
        this.schedule = scenario.schedule();
        this.gradient = scenario.gradient();
        this.rules = scenario.stopRules().toArray(new StopRule[0]);
        this.needGradNorm = scenario.stopRules().stream().anyMatch(r -> r instanceof StopRule.GradientNorm);
        this.steps = scenario.steps();
        this.xs = axis(box.xMin(), box.xMax(), n);
        this.ys = axis(box.yMin(), box.yMax(), n);
        this.minima = List.copyOf(objective.minima());
        this.minPoints = new double[minima.size()][];
        Minimum global = null;
        for (int i = 0; i < minima.size(); i++) {
            minPoints[i] = minima.get(i).point();
            Minimum m = minima.get(i);
            if (m.global() && (global == null || m.value() < global.value())) {
                global = m;
            }
        }
        this.knownFloor = global != null;
        this.floor = global != null ? global.value() : 0;
    }

    /** n evenly spaced values from lo to hi, both included exactly. */
    static double[] axis(double lo, double hi, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = lo + (hi - lo) * i / (n - 1);
        }
        a[n - 1] = hi;
        return a;
    }

    public int size() {
        return xs.length;
    }

    public double[] xs() {
        return xs.clone();
    }

    public double[] ys() {
        return ys.clone();
    }

    public List<Minimum> minima() {
        return minima;
    }

    public int steps() {
        return steps;
    }

    /** Steps the whole map may take at most: N² × steps. */
    public long work() {
        return (long) xs.length * xs.length * steps;
    }

    /** A worker for one thread. */
    public Worker worker() {
        return new Worker();
    }

    /** The whole map on the calling thread. */
    public BasinResult compute() {
        long t0 = System.nanoTime();
        int n = xs.length;
        int[][] labels = new int[n][n];
        Worker w = worker();
        for (int j = 0; j < n; j++) {
            w.row(j, labels[j]);
        }
        return new BasinResult(xs.clone(), ys.clone(), labels, minima, steps, System.nanoTime() - t0);
    }

    /**
     * The whole map on {@code executor}: {@code parallelism} tasks take rows one at a time; each hands its thread
     * back to the executor's queue (re-submits itself) after about {@value #SLICE_STEPS} steps so other work waiting
     * for the same bounded pool gets a turn (when the queue refuses it, it carries on). {@code cancelled} is asked
     * before every row; when it answers true the future fails with a {@link CancellationException}. {@code rowsDone}
     * is told the number of finished rows after each one (from the worker threads).
     *
     * @throws RejectedExecutionException when the executor takes none of the tasks
     */
    public CompletableFuture<BasinResult> compute(Executor executor, int parallelism, IntConsumer rowsDone,
            BooleanSupplier cancelled) {
        int n = xs.length;
        Job job = new Job(executor, rowsDone, cancelled, new int[n][n]);
        int tasks = Math.max(1, Math.min(parallelism, n));
        job.active.set(1); // a guard, so no task completes the job before every task is submitted
        for (int i = 0; i < tasks; i++) {
            job.active.incrementAndGet();
            try {
                executor.execute(job.new Task());
            } catch (RejectedExecutionException e) {
                job.active.decrementAndGet();
                if (i == 0) {
                    throw e;
                }
                break;
            }
        }
        job.taskEnded(job.active.getAndDecrement());
        return job.future;
    }

    /** One computation on an executor. */
    private final class Job {
        final Executor executor;
        final IntConsumer rowsDone;
        final BooleanSupplier cancelled;
        final int[][] labels;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger active = new AtomicInteger();
        final CompletableFuture<BasinResult> future = new CompletableFuture<>();
        final long t0 = System.nanoTime();
        volatile boolean stop;

        Job(Executor executor, IntConsumer rowsDone, BooleanSupplier cancelled, int[][] labels) {
            this.executor = executor;
            this.rowsDone = rowsDone;
            this.cancelled = cancelled;
            this.labels = labels;
        }

        /** A task ended (no row left, or cancelled); {@code left} = active tasks before it ended. */
        void taskEnded(int left) {
            if (left - 1 > 0) {
                return;
            }
            if (done.get() == labels.length) {
                future.complete(new BasinResult(xs.clone(), ys.clone(), labels, minima, steps,
                        System.nanoTime() - t0));
            } else {
                future.completeExceptionally(new CancellationException("basin map cancelled"));
            }
        }

        final class Task implements Runnable {
            private final Worker worker = new Worker();

            @Override
            public void run() {
                try {
                    long budget = SLICE_STEPS;
                    while (!stop) {
                        if (future.isDone() || cancelled.getAsBoolean()) {
                            stop = true;
                            break;
                        }
                        int j = next.getAndIncrement();
                        if (j >= labels.length) {
                            break;
                        }
                        worker.row(j, labels[j]);
                        rowsDone.accept(done.incrementAndGet());
                        budget -= (long) labels.length * steps;
                        if (budget <= 0 && next.get() < labels.length) {
                            try {
                                executor.execute(this);
                                return;
                            } catch (RejectedExecutionException e) {
                                budget = SLICE_STEPS;
                            }
                        }
                    }
                } catch (RuntimeException | Error e) {
                    stop = true;
                    future.completeExceptionally(e);
                }
                taskEnded(active.getAndDecrement());
            }
        }
    }

    /** Runs starts one after the other with preallocated arrays. Not thread-safe: one per thread. */
    public final class Worker {
        private final GradientEvaluator evaluator = new GradientEvaluator(objective, gradient);
        private final Probe probe = Probe.of(objective::value, evaluator::gradient, objective::hessian);
        private final double[] theta = new double[2];
        private final double[] update = new double[2];
        private double[] grad = new double[2];
        private double[] nextGrad = new double[2];

        private Worker() {
        }

        /** Labels the starts (xs[i], ys[j]) for every i into {@code out}. */
        public void row(int j, int[] out) {
            double y = ys[j];
            for (int i = 0; i < xs.length; i++) {
                out[i] = label(xs[i], y);
            }
        }

        /** The label of the start (x, y). */
        public int label(double x, double y) {
            boolean diverged = run(x, y);
            if (diverged) {
                return DIVERGED;
            }
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int m = 0; m < minPoints.length; m++) {
                double dx = theta[0] - minPoints[m][0];
                double dy = theta[1] - minPoints[m][1];
                double d = Math.sqrt(dx * dx + dy * dy);
                if (d < bestD) {
                    bestD = d;
                    best = m;
                }
            }
            if (best >= 0 && bestD <= RADIUS) {
                return best;
            }
            double endGap = objective.value(theta) - startFloor;
            return gap0 > 0 && endGap >= RUNAWAY * gap0 ? DIVERGED : NONE;
        }

        /** The floor the loss gaps of the current start are measured from, and its gap at the start. */
        private double startFloor;
        private double gap0;

        /** Where the run from (x, y) ends (a copy), as {@link #label} runs it. */
        double[] end(double x, double y) {
            run(x, y);
            return theta.clone();
        }

        /**
         * The run from (x, y), leaving its last θ in {@code theta}: the same calls in the same order as
         * {@code Run}'s constructor and its full-batch step. True when it ended as diverged.
         */
        private boolean run(double x, double y) {
            theta[0] = x;
            theta[1] = y;
            Stepper stepper = optimizer.newStepper(2);
            if (stepper.needsProbe()) {
                stepper.attach(probe);
            }
            double baseLr = optimizer.lr();
            double loss = objective.value(theta);
            evaluator.gradient(theta, nextGrad);
            System.arraycopy(nextGrad, 0, grad, 0, 2);
            // as the diagnosis: the known global minimum's value, else min(0, loss(θ₀))
            startFloor = knownFloor ? floor : Math.min(0, loss);
            gap0 = loss - startFloor;
            if (nonFinite(loss)) {
                return true;
            }
            if (stopsAt(0, Double.NaN, loss, needGradNorm ? norm(nextGrad) : Double.NaN)) {
                return false;
            }
            for (int t = 1; t <= steps; t++) {
                double[] g = nextGrad;
                nextGrad = grad;
                grad = g;
                double lr = schedule.lr(baseLr, t);
                stepper.step(theta, grad, lr, t, update);
                double previous = loss;
                loss = objective.value(theta);
                if (stepper.singularHessian() != null || nonFinite(loss)) {
                    return true;
                }
                if (t == steps) {
                    break;
                }
                evaluator.gradient(theta, nextGrad);
                if (stopsAt(t, previous, loss, needGradNorm ? norm(nextGrad) : Double.NaN)) {
                    break;
                }
            }
            return false;
        }

        private boolean nonFinite(double loss) {
            return !Double.isFinite(grad[0]) || !Double.isFinite(grad[1]) || !Double.isFinite(theta[0])
                    || !Double.isFinite(theta[1]) || !Double.isFinite(loss);
        }

        private boolean stopsAt(int k, double previous, double loss, double gradNorm) {
            for (StopRule rule : rules) {
                @Nullable StopReason r = rule.check(k, previous, loss, gradNorm);
                if (r != null) {
                    return true;
                }
            }
            return false;
        }
    }

    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1]);
    }
}
