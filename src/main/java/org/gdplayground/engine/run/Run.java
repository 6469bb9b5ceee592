package org.gdplayground.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.engine.diagnosis.DiagnosisTracker;
import org.gdplayground.engine.function.GradientEvaluator;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.RegressionProblem;
import org.gdplayground.engine.optimizer.Probe;
import org.gdplayground.engine.optimizer.Stepper;
import org.jspecify.annotations.Nullable;

/**
 * One run of a {@link Scenario}: preallocated arrays, an optimizer {@link Stepper}, the step loop and the records.
 *
 * <p>Each step k: take the batch (all rows, or the next mini-batch), compute its gradient g at θ_{k−1}, the lr
 * γ(k), let the optimizer update θ in place, evaluate loss(θ_k) on the full objective, then check divergence (the
 * first non-finite gradient, θ or loss ends the run as {@link Status#DIVERGED} at that step, which is recorded with
 * its non-finite values; nothing after it is computed), then the stop rules, then the step limit. The loop allocates
 * nothing per step except a {@link StepRecord} when one is kept.
 *
 * <p>Recording: at most {@link Scenario#maxRecords()} records are kept. Records are kept every {@code stride} steps
 * (stride 1 at first); when the buffer is full every other record is dropped and the stride doubles, so the kept
 * records stay evenly spaced (k = 0, s, 2s, …). Snapshots of the records cost O(1) ({@link RecordLog}). The last step is always included (see {@link #records()}), so the
 * spacing before it may be shorter. The optimizer itself takes every step.
 *
 * <p>Not thread-safe: confine a run to one thread; hand {@link #latest()}, {@link #records()} or {@link #result()}
 * (immutable snapshots) to others. Cancellation may come from any thread through the supplier of
 * {@link #runToEnd(BooleanSupplier)}.
 */
public final class Run {

    /** How many steps {@link #runToEnd} takes between cancellation checks. */
    public static final int CHECK_EVERY = 1024;

    private final Scenario scenario;
    private final Objective objective;
    private final GradientEvaluator evaluator;
    private final Stepper stepper;
    private final LrSchedule schedule;
    private final double baseLr;
    private final StopRule[] rules;
    private final boolean needGradNorm;
    private final boolean fullBatch;
    private final RandomGenerator rng;
    private final DiagnosisTracker tracker;

    private final int rows;
    private final int batchSize;
    private final boolean shuffle;
    private final int[] order;
    private int cursor;

    private final double[] theta;
    private final double[] update;
    /** The gradient of the current record (used at step k; the full gradient at θ₀ for k = 0). */
    private double[] grad;
    /** ∇f(θ_k) on the full objective: the next step's gradient with full batches, or for the gradient-norm rule. */
    private double[] nextGrad;

    private int k;
    private int epoch;
    private double loss;
    private double batchLoss = Double.NaN;
    private double lr;
    private @Nullable StopReason reason;
    private long nanos;

    private final int cap;
    private final RecordLog kept = new RecordLog();
    private long stride = 1;
    private @Nullable StepRecord finalRecord;
    private @Nullable StepRecord lastBuilt;
    private Diagnosis.@Nullable Code suggestedFor;
    private double suggested = Double.NaN;

    /** Starts a run: θ₀, loss(θ₀) and the gradient at θ₀ are computed and record 0 is taken. */
    public Run(Scenario scenario) {
        long t0 = System.nanoTime();
        this.scenario = scenario;
        this.objective = scenario.objective();
        this.evaluator = new GradientEvaluator(objective, scenario.gradient());
        int dim = objective.dimension();
        this.stepper = scenario.optimizer().newStepper(dim);
        if (stepper.needsProbe()) {
            stepper.attach(Probe.of(objective::value, evaluator::gradient, objective::hessian));
        }
        this.schedule = scenario.schedule();
        this.baseLr = scenario.optimizer().lr();
        List<StopRule> all = new ArrayList<>(scenario.stopRules());
        all.add(new StopRule.MaxSteps(scenario.steps()));
        this.rules = all.toArray(new StopRule[0]);
        this.needGradNorm = all.stream().anyMatch(r -> r instanceof StopRule.GradientNorm);
        this.rng = RandomGeneratorFactory.of("L64X128MixRandom").create(scenario.seed());
        this.cap = scenario.maxRecords() - 1;

        if (scenario.batching() instanceof Batching.MiniBatch mb) {
            this.fullBatch = false;
            this.rows = ((RegressionProblem) objective).rows();
            this.batchSize = mb.size();
            this.shuffle = mb.shuffle();
            this.order = new int[rows];
            for (int i = 0; i < rows; i++) {
                order[i] = i;
            }
            this.cursor = rows;
        } else {
            this.fullBatch = true;
            this.rows = 0;
            this.batchSize = 0;
            this.shuffle = false;
            this.order = new int[0];
        }

        this.theta = scenario.init().start(objective, rng);
        this.update = new double[dim];
        this.grad = new double[dim];
        this.nextGrad = new double[dim];
        this.loss = objective.value(theta);
        evaluator.gradient(theta, nextGrad);
        System.arraycopy(nextGrad, 0, grad, 0, dim);
        this.lr = schedule.lr(baseLr, 1);
        this.tracker = new DiagnosisTracker(objective, scenario.optimizer());
        tracker.start(theta, loss, grad, lr);

        StopReason r = divergence(Double.NaN);
        if (r == null) {
            r = checkRules(Double.NaN, needGradNorm ? norm(nextGrad) : Double.NaN);
        }
        kept.add(build());
        if (r != null) {
            finish(r);
        }
        nanos += System.nanoTime() - t0;
    }

    public Scenario scenario() {
        return scenario;
    }

    /**
     * Takes one step and returns its record (built for the caller; kept or not by the thinning).
     *
     * @throws IllegalStateException when the run has finished
     */
    public StepRecord step() {
        requireRunning();
        long t0 = System.nanoTime();
        stepOnce();
        nanos += System.nanoTime() - t0;
        return latest();
    }

    /** Takes up to {@code maxSteps} steps, fewer when the run finishes. */
    public void advance(int maxSteps) {
        advance(maxSteps, StepObserver.NONE);
    }

    /** Takes up to {@code maxSteps} steps, fewer when the run finishes; {@code observer} sees each one. */
    public void advance(int maxSteps, StepObserver observer) {
        long t0 = System.nanoTime();
        for (int i = 0; i < maxSteps && reason == null; i++) {
            stepOnce();
            observer.step(k, theta, loss);
        }
        nanos += System.nanoTime() - t0;
    }

    /**
     * Steps until the run finishes, asking {@code cancelled} before every {@link #CHECK_EVERY} steps; when it answers
     * true the run ends as {@link Status#CANCELLED}.
     */
    public void runToEnd(BooleanSupplier cancelled) {
        while (reason == null) {
            if (cancelled.getAsBoolean()) {
                cancel();
                return;
            }
            advance(CHECK_EVERY);
        }
    }

    /** Ends a running run as {@link Status#CANCELLED}; no effect on a finished one. */
    public void cancel() {
        if (reason == null) {
            finish(new StopReason.Cancelled(k));
        }
    }

    public boolean finished() {
        return reason != null;
    }

    public Status status() {
        StopReason r = reason;
        return r == null ? Status.RUNNING : r.status();
    }

    /** Why the run ended; null while it runs. */
    public @Nullable StopReason stopReason() {
        return reason;
    }

    public int stepsTaken() {
        return k;
    }

    /** Time spent in the engine so far (set-up and stepping), in nanoseconds. */
    public long engineNanos() {
        return nanos;
    }

    /** The record of the current step (built on demand when it was not kept). */
    public StepRecord latest() {
        StepRecord f = finalRecord;
        if (f != null) {
            return f;
        }
        StepRecord lastKept = kept.last();
        return lastKept.k() == k ? lastKept : build();
    }

    /** The kept records, evenly spaced, plus the current (or final) step's record if it is not among them. */
    public List<StepRecord> records() {
        return kept.snapshot(kept.last().k() != k ? latest() : null);
    }

    /**
     * What the run is doing now (diverging, at a minimum, too slow, …), with a learning rate the engine has checked
     * ({@link LrSuggestion}) when it is diverging, crawling or ended on a plateau; cheap to ask again before the next step (the check
     * re-runs the scenario once per run and code, then is cached).
     */
    public Diagnosis diagnosis() {
        Diagnosis d = plainDiagnosis();
        boolean wanted = d.code() == Diagnosis.Code.DIVERGING || d.code() == Diagnosis.Code.TOO_SLOW
                || d.code() == Diagnosis.Code.PLATEAU && reason != null;
        if (!wanted) {
            return d;
        }
        if (suggestedFor != d.code()) {
            suggestedFor = d.code();
            suggested = LrSuggestion.find(scenario, d);
        }
        return d.withSuggestedLr(suggested);
    }

    /** The tracker's diagnosis without a suggestion (what {@link LrSuggestion} checks its candidates with). */
    Diagnosis plainDiagnosis() {
        return tracker.diagnose(k, theta, loss, status() == Status.DIVERGED, reason != null);
    }

    /** Status, reason, steps, last record, records, engine time and diagnosis, as they are now. */
    public RunResult result() {
        return new RunResult(status(), reason, k, latest(), records(), nanos, diagnosis());
    }

    private void requireRunning() {
        if (reason != null) {
            throw new IllegalStateException("the run has finished: " + reason);
        }
    }

    private void stepOnce() {
        int t = k + 1;
        if (fullBatch) {
            double[] g = nextGrad;
            nextGrad = grad;
            grad = g;
            epoch = t;
        } else {
            if (cursor >= rows) {
                cursor = 0;
                epoch++;
                if (shuffle) {
                    shuffle();
                }
            }
            int from = cursor;
            int to = Math.min(rows, from + batchSize);
            cursor = to;
            batchLoss = evaluator.batchValue(theta, order, from, to);
            evaluator.batchGradient(theta, order, from, to, grad);
        }
        lr = schedule.lr(baseLr, t);
        stepper.step(theta, grad, lr, t, update);
        double previous = loss;
        loss = objective.value(theta);
        k = t;
        tracker.observe(k, theta, loss, grad, update, lr);

        StopReason r = divergence(previous);
        if (r == null) {
            double norm = Double.NaN;
            if (fullBatch || needGradNorm) {
                evaluator.gradient(theta, nextGrad);
                if (needGradNorm) {
                    norm = norm(nextGrad);
                }
            }
            r = checkRules(previous, norm);
        }
        if (r != null) {
            finish(r);
        } else if ((k & (stride - 1)) == 0) {
            keep();
        }
    }

    /** A fresh permutation of the rows: Fisher–Yates from the identity with the run's generator. */
    private void shuffle() {
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        for (int i = rows - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }

    private @Nullable StopReason divergence(double lastFiniteLoss) {
        Double singular = stepper.singularHessian();
        if (singular != null) {
            return new StopReason.Diverged(StopReason.Kind.SINGULAR_HESSIAN, lastFiniteLoss, singular);
        }
        for (double g : grad) {
            if (!Double.isFinite(g)) {
                return new StopReason.Diverged(StopReason.Kind.NON_FINITE_GRADIENT, lastFiniteLoss, g);
            }
        }
        for (double x : theta) {
            if (!Double.isFinite(x)) {
                return new StopReason.Diverged(StopReason.Kind.NON_FINITE_PARAMS, lastFiniteLoss, x);
            }
        }
        if (!Double.isFinite(loss)) {
            return new StopReason.Diverged(StopReason.Kind.NON_FINITE_LOSS, lastFiniteLoss, loss);
        }
        return null;
    }

    private @Nullable StopReason checkRules(double previousLoss, double gradNorm) {
        for (StopRule rule : rules) {
            StopReason r = rule.check(k, previousLoss, loss, gradNorm);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** Keeps the current record (k is on the stride grid), thinning first when the buffer is full. */
    private void keep() {
        if (kept.size() >= cap) {
            if (cap == 1) {
                return;
            }
            long mask = 2 * stride - 1;
            kept.retain(r -> (r.k() & mask) == 0);
            stride *= 2;
            if ((k & (stride - 1)) != 0) {
                return;
            }
        }
        kept.add(build());
    }

    private void finish(StopReason r) {
        reason = r;
        StepRecord lastKept = kept.isEmpty() ? null : kept.last();
        finalRecord = lastKept != null && lastKept.k() == k ? lastKept : build();
    }

    private StepRecord build() {
        // the state's names and sizes are shared with the record built before (one layout per run, not per record)
        StepRecord r = new StepRecord(k, epoch, theta, loss, batchLoss, grad, update, lr, stepper.snapshot(),
                lastBuilt);
        lastBuilt = r;
        return r;
    }
}
