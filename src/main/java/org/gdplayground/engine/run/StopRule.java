package org.gdplayground.engine.run;

import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.Range;
import org.jspecify.annotations.Nullable;

/**
 * A stop rule (in the spirit of commons-math3's {@code ConvergenceChecker}): after each record k (including the
 * start, k = 0) the run asks its rules in order, then the step limit; the first that answers ends the run.
 */
public sealed interface StopRule {

    /** Gradient-norm tolerance: (0, ∞), default 1e-6. */
    ParamSpec TOL = ParamSpec.real("tol", 1e-6, Range.positive());
    /** Loss-change tolerance: (0, ∞), default 1e-12. */
    ParamSpec LOSS_TOL = ParamSpec.real("lossTol", 1e-12, Range.positive());

    /**
     * Whether to stop after record k. Allocates only when it answers.
     *
     * @param k            steps taken
     * @param previousLoss loss of record k − 1 (NaN at k = 0)
     * @param loss         loss of record k on the full objective
     * @param gradNorm     ‖∇f(θ_k)‖ of the full objective per the gradient mode (NaN when no rule needs it)
     * @return why to stop, or null to go on
     */
    @Nullable StopReason check(int k, double previousLoss, double loss, double gradNorm);

    /** Stop after {@code steps} steps. */
    record MaxSteps(int steps) implements StopRule {
        public MaxSteps {
            Scenario.STEPS.check(steps);
        }

        @Override
        public @Nullable StopReason check(int k, double previousLoss, double loss, double gradNorm) {
            return k >= steps ? new StopReason.MaxSteps(k) : null;
        }
    }

    /**
     * Converged when ‖∇f(θ_k)‖ &lt; tol: the full-objective gradient at the current θ (with full batches it is the
     * gradient the next step would use, so it costs nothing extra; with mini-batches it is computed for this rule).
     * Checked at k = 0 too.
     */
    record GradientNorm(double tol) implements StopRule {
        public GradientNorm {
            TOL.check(tol);
        }

        @Override
        public @Nullable StopReason check(int k, double previousLoss, double loss, double gradNorm) {
            return gradNorm < tol ? new StopReason.GradientNormBelow(tol, gradNorm) : null;
        }
    }

    /** Converged when |loss_k − loss_{k−1}| &lt; tol (k ≥ 1), losses on the full objective. */
    record LossChange(double tol) implements StopRule {
        public LossChange {
            LOSS_TOL.check(tol);
        }

        @Override
        public @Nullable StopReason check(int k, double previousLoss, double loss, double gradNorm) {
            double change = Math.abs(loss - previousLoss);
            return change < tol ? new StopReason.LossChangeBelow(tol, change) : null;
        }
    }
}
