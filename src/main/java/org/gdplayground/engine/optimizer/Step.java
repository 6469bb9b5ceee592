package org.gdplayground.engine.optimizer;

import java.util.Arrays;

/**
 * The result of one pure optimizer step: the new parameters, the new state and the update Δθ = θ' − θ. Immutable:
 * arrays are copied in and out.
 */
public record Step(double[] theta, State state, double[] update) {

    public Step {
        theta = theta.clone();
        update = update.clone();
    }

    @Override
    public double[] theta() {
        return theta.clone();
    }

    @Override
    public double[] update() {
        return update.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Step(double[] t, State s, double[] u)
                && Arrays.equals(theta, t) && state.equals(s) && Arrays.equals(update, u);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(theta) * 31 + state.hashCode()) * 31 + Arrays.hashCode(update);
    }

    @Override
    public String toString() {
        return "Step[theta=" + Arrays.toString(theta) + ", state=" + state + ", update=" + Arrays.toString(update)
                + "]";
    }
}
