package org.gdplayground.engine.run;

/** Why a run ended, with the numbers a UI needs to say it in any language. */
public sealed interface StopReason {

    /** The status this reason implies. */
    Status status();

    /** All {@code steps} steps were taken. */
    record MaxSteps(int steps) implements StopReason {
        @Override
        public Status status() {
            return Status.MAX_STEPS;
        }
    }

    /** ‖∇f(θ)‖ of the full objective fell below {@code tol}; {@code norm} is the value that did. */
    record GradientNormBelow(double tol, double norm) implements StopReason {
        @Override
        public Status status() {
            return Status.CONVERGED;
        }
    }

    /** |loss_k − loss_{k−1}| fell below {@code tol}; {@code change} is the value that did. */
    record LossChangeBelow(double tol, double change) implements StopReason {
        @Override
        public Status status() {
            return Status.CONVERGED;
        }
    }

    /**
     * The step's loss, θ or gradient was not finite (NaN or ±∞), or Newton's Hessian was singular: that step is the
     * run's last record.
     *
     * @param kind           what went wrong first (checked in the order Hessian, gradient, θ, loss: the cause first)
     * @param lastFiniteLoss the loss of the record before (NaN when the start itself was not finite)
     * @param value          the offending value: the first non-finite gradient or θ component, the loss, or det H
     */
    record Diverged(Kind kind, double lastFiniteLoss, double value) implements StopReason {
        @Override
        public Status status() {
            return Status.DIVERGED;
        }
    }

    /** Stopped from outside after {@code steps} steps. */
    record Cancelled(int steps) implements StopReason {
        @Override
        public Status status() {
            return Status.CANCELLED;
        }
    }

    /** What went wrong. */
    enum Kind {
        NON_FINITE_LOSS,
        NON_FINITE_PARAMS,
        NON_FINITE_GRADIENT,
        /** Newton's Hessian was singular: the step H⁻¹g does not exist, θ was left where it was. */
        SINGULAR_HESSIAN
    }
}
