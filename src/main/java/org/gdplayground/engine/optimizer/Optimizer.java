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
 * {@link AdamW} and {@link Lion}, none (0) for {@link Rprop}, {@link Lbfgs} and {@link Newton}, which torch gives none.
 */
public sealed interface Optimizer permits Sgd, Momentum, Nesterov, Adagrad, RmsProp, Adadelta, Adam, AdamW, Adamax,
        Nadam, AmsGrad, RAdam, Rprop, Asgd, Lbfgs, Lion, Newton {

    /** Stable key used in URLs and the API, e.g. {@code "adam"}. */
    String key();

    /** Base learning rate γ₀. */
    double lr();

    /** Weight decay λ (L2, or decoupled for AdamW and Lion); 0 = none, also for those without one. */
    double weightDecay();

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
