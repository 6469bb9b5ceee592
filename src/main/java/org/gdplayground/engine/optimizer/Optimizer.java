package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;
import org.jspecify.annotations.Nullable;

/**
 * A first-order optimizer: an immutable record of hyper-parameters (validated on construction) whose update rule is
 * the {@code torch.optim} algorithm of PyTorch ≥ 2.0, see docs/conventions.md#optimizers and each record's Javadoc.
 *
 * <p>Two ways to step:
 * <ul>
 *   <li>the pure API, {@link #init(int)} and {@link #step(double[], double[], State, double, int)}: a state
 *       transition (θ, g, state, γ, t) → (θ', state', Δθ) that copies everything — for explanations and tests;</li>
 *   <li>the fast path, {@link #newStepper(int)}: a mutable per-run {@link Stepper} that updates θ in place with
 *       preallocated arrays and allocates nothing per step — for the run loop.</li>
 * </ul>
 * Both run the same code, so they agree bit for bit.
 *
 * <p>Every optimizer has {@code lr} (the base learning rate γ₀, which a schedule may vary per step) and
 * {@code weightDecay} λ: L2 (g ← g + λ·θ before the rule) for most, decoupled (θ ← θ·(1 − γ·λ) first) for
 * AdamW ({@link Adam} with decoupled decay) and {@link Lion}, none (0) for {@link Rprop}, {@link Lbfgs} and
 * {@link Newton}, which torch gives none.
 *
 * <p><b>An optimizer describes itself</b>: its one file holds its hyper-parameters (specs with defaults), its state and
 * update ({@link Stepper}), its explanation ({@link #explainStep}, {@link #explainCoordinate} and the message keys they
 * use, {@link #explanationKeys()}), its label keys ({@link #labelKey()}, {@link #shortLabelKey()}) and its stability
 * bound on the local quadratic ({@link #stability()}). {@link Optimizers} lists it; nothing else names it. Every key of
 * {@link #messageKeys()} must exist in both languages (a test over {@link Optimizers#all()} checks it).
 */
public interface Optimizer {

    /** Stable key used in URLs and the API, e.g. {@code "adam"}. */
    String key();

    /** Base learning rate γ₀. */
    double lr();

    /** Weight decay λ (L2, or decoupled for AdamW and Lion); 0 = none, also for those without one. */
    double weightDecay();

    /** Whether {@link #weightDecay()} is decoupled (θ ← θ·(1 − γ·λ)) rather than L2 added to the gradient. */
    default boolean decoupledWeightDecay() {
        return false;
    }

    /** Message key of the optimizer's name (forms, titles, the API catalog). */
    default String labelKey() {
        return "opt." + key() + ".name";
    }

    /** Message key of the optimizer's short name (compare's legend, rows, summary and table tabs). */
    default String shortLabelKey() {
        return "cmp.short." + key();
    }

    /**
     * The message keys the explanation uses: {@code explain.<key>.rule} (the rule in words, always shown first) and
     * any the optimizer's {@link #explainStep}/{@link #explainCoordinate} pass to {@link Explanation#tr}.
     */
    default List<String> explanationKeys() {
        return List.of("explain." + key() + ".rule");
    }

    /** Every message key this optimizer needs in every language: labels, explanation, stability note. */
    default List<String> messageKeys() {
        List<String> keys = new java.util.ArrayList<>(List.of(labelKey(), shortLabelKey()));
        keys.addAll(explanationKeys());
        keys.add(stability().noteKey());
        return List.copyOf(keys);
    }

    /** The critical learning rate on the local quadratic model (or why there is none), for these hyper-parameters. */
    Stability stability();

    /**
     * Lines about the whole step, written before the per-coordinate ones (L-BFGS's memory, Newton's H, RAdam's ρ);
     * none by default.
     */
    default void explainStep(Explanation x) {
    }

    /**
     * The update of coordinate {@code i} written out with the step's own numbers, e.g. {@code w ← 1.5 − 0.1 × 2.99 =
     * 1.201} (the result on the right is the engine's value, {@link Explanation#after}).
     */
    void explainCoordinate(Explanation x, int i);

    /** The hyper-parameters with their defaults and allowed ranges, in display order. */
    List<ParamSpec> specs();

    /** This optimizer's hyper-parameter values by name, in the order of {@link #specs()}. */
    Map<String, Double> values();

    /** A fresh mutable stepper for {@code dim} parameters, state at its initial value. */
    Stepper newStepper(int dim);

    /** The initial state for {@code dim} parameters (zeros, except where the rule says otherwise). */
    default State init(int dim) {
        return newStepper(dim).state();
    }

    /**
     * One pure step t: returns the new θ, the new state and Δθ. Nothing passed in is modified.
     *
     * @param theta parameters before the step
     * @param grad  the raw gradient at θ (L2 weight decay is added by the optimizer when configured)
     * @param state the state after step t − 1 (from {@link #init} or a previous {@link Step})
     * @param lr    the learning rate γ in force at step t
     * @param t     the step number, from 1
     */
    default Step step(double[] theta, double[] grad, State state, double lr, int t) {
        return step(theta, grad, state, lr, t, null);
    }

    /**
     * One pure step for a rule that evaluates the objective (L-BFGS with a line search, Newton): as
     * {@link #step(double[], double[], State, double, int)}, with {@code probe} giving f and ∇f (may be null for the
     * others).
     */
    default Step step(double[] theta, double[] grad, State state, double lr, int t, @Nullable Probe probe) {
        Stepper s = newStepper(theta.length);
        if (probe != null) {
            s.attach(probe);
        }
        s.load(state, t - 1);
        double[] next = theta.clone();
        double[] update = new double[theta.length];
        s.step(next, grad, lr, t, update);
        return new Step(next, s.state(), update);
    }
}
