package org.gdplayground.engine.run;

/** Where a run is. */
public enum Status {
    /** Still stepping. */
    RUNNING,
    /** A convergence stop rule was met. */
    CONVERGED,
    /** All requested steps were taken. */
    MAX_STEPS,
    /** The loss, θ or the gradient stopped being finite. */
    DIVERGED,
    /** Stopped from outside. */
    CANCELLED
}
