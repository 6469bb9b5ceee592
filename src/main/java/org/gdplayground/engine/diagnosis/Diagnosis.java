package org.gdplayground.engine.diagnosis;

import java.util.List;
import org.gdplayground.engine.function.Minimum;
import org.jspecify.annotations.Nullable;

/**
 * What a run is doing, at the moment it was asked ({@link DiagnosisTracker#diagnose}): a {@link Code} naming the
 * situation, the step it began, and the numbers a sentence needs.
 *
 * @param code      the situation
 * @param sinceStep the step it began (the first step of a diverging streak, the first step of an oscillating
 *                  window, the first step whose point was on the plateau / at the saddle / within reach of the
 *                  minimum); {@link #NO_STEP} for {@link Code#NONE}
 * @param ended     true when the run had finished when the diagnosis was made ("stopped in" rather than "in")
 * @param details   the numbers behind it; its type matches the code (see {@link Details})
 * @param suggestedLr a learning rate the engine has checked by re-running the same scenario with it (see
 *                  {@code LrSuggestion}): for {@link Code#DIVERGING} a smaller one with which the run does not
 *                  diverge, for {@link Code#TOO_SLOW} (and a run that ended on a {@link Code#PLATEAU}) a larger one that
 *                  reaches the minimum or at least halves the
 *                  loss gap; NaN when none was found or none applies
 */
public record Diagnosis(Code code, int sinceStep, boolean ended, Details details, double suggestedLr) {

    /** {@link #sinceStep()} when there is no such step. */
    public static final int NO_STEP = -1;

    /** The situations, with their stable ids (used by the REST API and in message keys). */
    public enum Code {
        /** The loss grows persistently, or the run stopped at a non-finite value. */
        DIVERGING("diverging"),
        /** The updates keep reversing direction and the loss does not settle. */
        OSCILLATING("oscillating"),
        /** The gradient is tiny on a flat stretch, far from any known minimum. */
        PLATEAU("plateau"),
        /** The run ended having barely moved for the gradient it had: the lr is too small to make progress. */
        TOO_SLOW("too-slow"),
        /** The loss falls without bound (no minimum below): it keeps dropping, far below where it began. */
        UNBOUNDED("unbounded"),
        /** The gradient is tiny where the curvature is negative in some direction. */
        SADDLE("saddle"),
        /** Within reach of a minimum that is not the global one (or an uncatalogued minimum). */
        LOCAL_MINIMUM("local-minimum"),
        /** Within reach of the objective's global minimum. */
        GLOBAL_MINIMUM("global-minimum"),
        /** None of the above (yet): the run is on its way. */
        NONE("none");

        private final String id;

        Code(String id) {
            this.id = id;
        }

        /** The stable id, e.g. {@code "local-minimum"}. */
        public String id() {
            return id;
        }
    }

    public Diagnosis {
        boolean fits = switch (code) {
            case DIVERGING -> details instanceof Diverging;
            case OSCILLATING -> details instanceof Oscillating;
            case PLATEAU, SADDLE -> details instanceof Flat;
            case LOCAL_MINIMUM, GLOBAL_MINIMUM -> details instanceof AtMinimum;
            case TOO_SLOW -> details instanceof Crawling;
            case UNBOUNDED -> details instanceof Unbounded;
            case NONE -> details instanceof Nothing;
        };
        if (!fits) {
            throw new IllegalArgumentException(code + " cannot carry " + details);
        }
    }

    /** A diagnosis without a suggested learning rate. */
    public Diagnosis(Code code, int sinceStep, boolean ended, Details details) {
        this(code, sinceStep, ended, details, Double.NaN);
    }

    /** The nothing-to-say diagnosis. */
    public static Diagnosis none(boolean ended) {
        return new Diagnosis(Code.NONE, NO_STEP, ended, new Nothing());
    }

    /** This diagnosis with {@code lr} as its checked suggestion (NaN: none). */
    public Diagnosis withSuggestedLr(double lr) {
        return new Diagnosis(code, sinceStep, ended, details, lr);
    }

    /** True when a checked learning rate comes with it. */
    public boolean hasSuggestion() {
        return Double.isFinite(suggestedLr);
    }

    /** The numbers behind a diagnosis; one record per family of codes. */
    public sealed interface Details permits Diverging, Oscillating, Flat, AtMinimum, Crawling, Unbounded, Nothing {
    }

    /**
     * {@link Code#TOO_SLOW}: the run ended with most of its loss gap still open although the gradient was not small.
     *
     * @param lr        the learning rate of the last step
     * @param steps     the steps taken
     * @param moved     ‖θ_end − θ₀‖
     * @param gradNorm  ‖∇f(θ_end)‖
     * @param closed    the fraction of the starting loss gap the run closed (e.g. 2e−8)
     */
    public record Crawling(double lr, int steps, double moved, double gradNorm, double closed) implements Details {
    }

    /**
     * {@link Code#UNBOUNDED}: the loss kept falling, far below where it began, and the objective has no minimum
     * there to stop it.
     *
     * @param startLoss loss(θ₀)
     * @param loss      the last finite loss
     * @param steps     the steps taken
     */
    public record Unbounded(double startLoss, double loss, int steps) implements Details {
    }

    /**
     * {@link Code#DIVERGING}.
     *
     * @param detectedAt the step the growth was recognised (or the non-finite step when it was not before)
     * @param overSteps  the steps the growth took, from the step before {@code sinceStep} to {@code detectedAt}
     * @param lossRatio  how many times the loss (above the known minimum value, or above 0) grew over those steps;
     *                   NaN when it was not measured (a non-finite value came first)
     * @param lr         the learning rate in force when the growth began
     * @param twoOverL   2/L, L the largest curvature (Hessian eigenvalue, plus any weight decay) where the growth
     *                   began; only for plain gradient descent ({@code sgd}) on a point of positive curvature, NaN
     *                   otherwise. Plain descent on a quadratic diverges exactly when lr &gt; 2/L.
     * @param nonFinite  true when the run ended at a non-finite loss, θ or gradient (status {@code diverged})
     * @param nonFiniteStep the step it became non-finite; {@link #NO_STEP} when it did not
     */
    public record Diverging(int detectedAt, int overSteps, double lossRatio, double lr, double twoOverL,
            boolean nonFinite, int nonFiniteStep) implements Details {
    }

    /**
     * {@link Code#OSCILLATING}.
     *
     * @param window    the steps looked at (the latest ones)
     * @param reversals how many of them reversed the previous update's direction (Δθ_k · Δθ_{k−1} &lt; 0)
     * @param lossRatio the loss (above the known minimum value) now, divided by the same a window ago
     */
    public record Oscillating(int window, int reversals, double lossRatio) implements Details {
    }

    /**
     * {@link Code#PLATEAU} and {@link Code#SADDLE}: a point where the gradient is tiny.
     *
     * @param point       θ now
     * @param loss        the loss there
     * @param gradNorm    ‖∇f(θ)‖ there
     * @param eigenvalues the Hessian's eigenvalues there, ascending
     */
    public record Flat(List<Double> point, double loss, double gradNorm, List<Double> eigenvalues)
            implements Details {

        public Flat {
            point = List.copyOf(point);
            eigenvalues = List.copyOf(eigenvalues);
        }
    }

    /**
     * {@link Code#LOCAL_MINIMUM} and {@link Code#GLOBAL_MINIMUM}.
     *
     * @param minimum    the minimum reached: a catalogued one, or (when {@code catalogued} is false) the point θ
     *                   itself, where the gradient is tiny and the curvature positive
     * @param distance   ‖θ − minimum‖
     * @param global     the objective's global minimum, for a local one; null for a global one or when the objective
     *                   knows none
     * @param catalogued true when {@code minimum} is one of the objective's known minima
     */
    public record AtMinimum(Minimum minimum, double distance, @Nullable Minimum global, boolean catalogued)
            implements Details {
    }

    /** {@link Code#NONE}. */
    public record Nothing() implements Details {
    }
}
