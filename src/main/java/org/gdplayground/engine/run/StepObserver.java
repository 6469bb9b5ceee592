package org.gdplayground.engine.run;

/**
 * Sees every step a run takes, not only the kept records (e.g. to thin a drawn path by pixel). Called on the run's
 * thread right after step k; {@code theta} is the run's own array: read it, never keep or change it.
 */
@FunctionalInterface
public interface StepObserver {

    /** Ignores every step. */
    StepObserver NONE = (k, theta, loss) -> { };

    void step(int k, double[] theta, double loss);
}
