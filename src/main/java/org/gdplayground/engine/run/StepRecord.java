package org.gdplayground.engine.run;

import java.util.Arrays;
import java.util.List;
import org.gdplayground.engine.optimizer.NamedVector;

/**
 * What a run reports for one step k (shared/CONVENTIONS.md, "Step record"). Immutable: arrays are copied in, array
 * accessors return copies; {@link #theta(int)}, {@link #grad(int)} and {@link #update(int)} read without copying.
 * Equality compares arrays bit for bit.
 *
 * <p>Record k = 0 is the start: θ₀, loss(θ₀), {@code grad} the full gradient at θ₀ per the gradient mode,
 * {@code update} zeros, {@code lr} the lr of step 1, {@code state} the optimizer's initial state, {@code epoch} 0.
 * Record k ≥ 1 describes step k:
 *
 * @param k         the step (0 = start)
 * @param epoch     the epoch step k belongs to, counting from 1 (with full batches every step is an epoch: k)
 * @param theta     θ_k, after the update
 * @param loss      loss(θ_k) on the full objective
 * @param batchLoss the loss at θ_{k−1} on the batch step k used; NaN with full batches (it would equal the loss of
 *                  record k − 1) and at k = 0
 * @param grad      the gradient step k used, at θ_{k−1}: raw from the objective (before any weight decay the
 *                  optimizer adds), on the batch when mini-batching
 * @param update    Δθ = θ_k − θ_{k−1}
 * @param lr        the learning rate γ in force at step k, after the schedule
 * @param state     the optimizer's named state after step k, in its documented order
 */
public record StepRecord(int k, int epoch, double[] theta, double loss, double batchLoss, double[] grad,
        double[] update, double lr, List<NamedVector> state) {

    public StepRecord {
        theta = theta.clone();
        grad = grad.clone();
        update = update.clone();
        state = List.copyOf(state);
    }

    /** A copy of θ_k. */
    @Override
    public double[] theta() {
        return theta.clone();
    }

    /** A copy of the gradient. */
    @Override
    public double[] grad() {
        return grad.clone();
    }

    /** A copy of Δθ. */
    @Override
    public double[] update() {
        return update.clone();
    }

    /** θ_k component i, without copying. */
    public double theta(int i) {
        return theta[i];
    }

    /** Gradient component i, without copying. */
    public double grad(int i) {
        return grad[i];
    }

    /** Δθ component i, without copying. */
    public double update(int i) {
        return update[i];
    }

    /** Number of parameters. */
    public int dimension() {
        return theta.length;
    }

    /** ‖grad‖₂. */
    public double gradNorm() {
        double s = 0;
        for (double g : grad) {
            s += g * g;
        }
        return Math.sqrt(s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StepRecord r && k == r.k && epoch == r.epoch && Arrays.equals(theta, r.theta)
                && Double.compare(loss, r.loss) == 0 && Double.compare(batchLoss, r.batchLoss) == 0
                && Arrays.equals(grad, r.grad) && Arrays.equals(update, r.update) && Double.compare(lr, r.lr) == 0
                && state.equals(r.state);
    }

    @Override
    public int hashCode() {
        int h = 31 * k + epoch;
        h = 31 * h + Arrays.hashCode(theta);
        h = 31 * h + Double.hashCode(loss);
        h = 31 * h + Double.hashCode(batchLoss);
        h = 31 * h + Arrays.hashCode(grad);
        h = 31 * h + Arrays.hashCode(update);
        h = 31 * h + Double.hashCode(lr);
        return 31 * h + state.hashCode();
    }

    @Override
    public String toString() {
        return "StepRecord[k=" + k + ", epoch=" + epoch + ", theta=" + Arrays.toString(theta) + ", loss=" + loss
                + ", batchLoss=" + batchLoss + ", grad=" + Arrays.toString(grad) + ", update="
                + Arrays.toString(update) + ", lr=" + lr + ", state=" + state + "]";
    }
}
