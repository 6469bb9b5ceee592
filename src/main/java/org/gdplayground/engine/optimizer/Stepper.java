package org.gdplayground.engine.optimizer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fast, mutable path of an optimizer for one run: state lives in preallocated {@code double[]} arrays and
 * {@link #step} updates θ in place, allocating nothing. Obtain one from {@link Optimizer#newStepper(int)}; not
 * thread-safe (one per run, confined to the thread that runs it).
 *
 * <p>Optional L2 weight decay (the optimizer's {@code weightDecay} for every optimizer except AdamW and Lion) is applied here,
 * as torch does: the rule sees g + λ·θ while the caller's gradient array is left untouched.
 *
 * <p>Rules that need more than g at θ (L-BFGS with a line search, Newton) answer {@link #needsProbe()} with true
 * and are given a {@link Probe} by the run ({@link #attach}) before the first step. A rule that cannot step (Newton
 * at a singular Hessian) leaves θ where it is and reports it through {@link #singularHessian()}.
 *
 * <p>Only this package can extend it (the constructor is package-private): each optimizer's file holds its own.
 */
public abstract class Stepper {

    final int dim;
    private final double l2;
    private final double[] decayed;
    /** The step number of the last step taken, 0 before the first. */
    int t;
    private @Nullable Probe probe;

    Stepper(int dim, double l2) {
        if (dim < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, got " + dim);
        }
        this.dim = dim;
        this.l2 = l2;
        this.decayed = new double[l2 != 0 ? dim : 0];
    }

    /** Number of parameters. */
    public final int dimension() {
        return dim;
    }

    /** The step number t of the last step taken; 0 before the first. */
    public final int stepsTaken() {
        return t;
    }

    /**
     * Step t in place: θ ← rule(θ, g, state, γ, t); writes Δθ = θ_new − θ_old into {@code update}. The gradient is
     * the raw one from the objective (L2 weight decay is added here when configured) and is not modified.
     *
     * @param theta  parameters, updated in place
     * @param grad   the gradient at θ (length = dimension)
     * @param lr     the learning rate γ in force at this step (after the schedule)
     * @param t      the step number, counting from 1
     * @param update receives Δθ
     */
    public final void step(double[] theta, double[] grad, double lr, int t, double[] update) {
        if (theta.length != dim || grad.length != dim || update.length != dim) {
            throw new IllegalArgumentException("theta, grad and update must have " + dim + " values, got "
                    + theta.length + ", " + grad.length + ", " + update.length);
        }
        if (t < 1) {
            throw new IllegalArgumentException("t counts steps from 1, got " + t);
        }
        double[] g = grad;
        if (l2 != 0) {
            for (int i = 0; i < dim; i++) {
                decayed[i] = grad[i] + l2 * theta[i];
            }
            g = decayed;
        }
        apply(theta, g, lr, t, update);
        this.t = t;
    }

    /** Whether the rule evaluates the objective beyond the gradient it is handed; then {@link #attach} first. */
    public boolean needsProbe() {
        return false;
    }

    /** Gives the rule access to f and ∇f of the run's objective (see {@link Probe}). */
    public final void attach(Probe probe) {
        this.probe = probe;
    }

    /** The attached probe; IllegalStateException when the run attached none. */
    final Probe probe() {
        Probe p = probe;
        if (p == null) {
            throw new IllegalStateException("this optimizer evaluates the objective: attach a Probe first");
        }
        return p;
    }

    /**
     * When the last step could not be taken because the Hessian was singular (Newton), det H; otherwise null.
     * θ was left unchanged by that step.
     */
    public @Nullable Double singularHessian() {
        return null;
    }

    /** Stored vectors a rule needs to resume that are not displayed (L-BFGS's memory); copies. */
    List<NamedVector> hidden() {
        return List.of();
    }

    /** The rule proper: θ in place, Δθ into update, state arrays updated. g already includes L2 decay. */
    abstract void apply(double[] theta, double[] g, double lr, int t, double[] update);

    /** The state as named vectors in the optimizer's documented order (copies). Allocates: for records only. */
    public abstract List<NamedVector> snapshot();

    /** The state as an immutable {@link State}. */
    public final State state() {
        return new State(snapshot(), hidden());
    }

    /** Sets the stored state from {@code state} (derived entries are ignored); t is the step it was taken at. */
    abstract void load(State state, int t);

    /** The single value of the 1-vector {@code name} of {@code state}. */
    static double scalar(State state, String name) {
        NamedVector v = state.get(name);
        if (v.size() != 1) {
            throw new IllegalArgumentException("state vector '" + name + "' must have 1 value, got " + v.size());
        }
        return v.get(0);
    }

    /** Copies the vector {@code name} of {@code state} into {@code into}, checking its length. */
    static void read(State state, String name, double[] into) {
        NamedVector v = state.get(name);
        if (v.size() != into.length) {
            throw new IllegalArgumentException("state vector '" + name + "' must have " + into.length
                    + " values, got " + v.size());
        }
        for (int i = 0; i < into.length; i++) {
            into[i] = v.get(i);
        }
    }
}
