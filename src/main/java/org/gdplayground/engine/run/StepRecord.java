package org.gdplayground.engine.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.gdplayground.engine.optimizer.NamedVector;
import org.jspecify.annotations.Nullable;

/**
 * What a run reports for one step k (docs/conventions.md#step-record). Immutable: arrays are copied in, array
 * accessors return copies; {@link #theta(int)}, {@link #grad(int)} and {@link #update(int)} read without copying.
 * Equality compares arrays bit for bit.
 *
 * <p>Record k = 0 is the start: θ₀, loss(θ₀), {@code grad} the full gradient at θ₀ per the gradient mode,
 * {@code update} zeros, {@code lr} the lr of step 1, {@code state} the optimizer's initial state, {@code epoch} 0.
 * Record k ≥ 1 describes step k.
 *
 * <p>A run keeps up to tens of thousands of records for every learner in a class, so a record is stored packed: θ,
 * the gradient, Δθ and every state value in one array, with the state's names and sizes in a {@link Layout} that a
 * run shares among all its records. That is one object and one array per record instead of fourteen for Adam in 2-D
 * (≈ 180 bytes instead of ≈ 430). The accessors are those of a record with the components k, epoch, theta, loss,
 * batchLoss, grad, update, lr and state; {@link #state()} builds its list on each call.
 */
public final class StepRecord {

    private final int k;
    private final int epoch;
    private final double loss;
    private final double batchLoss;
    private final double lr;
    /** θ (dim), the gradient (dim), Δθ (dim), then the state's values in order. */
    private final double[] values;
    private final Layout layout;

    /**
     * @param k         the step (0 = start)
     * @param epoch     the epoch step k belongs to, counting from 1 (with full batches every step is an epoch: k)
     * @param theta     θ_k, after the update
     * @param loss      loss(θ_k) on the full objective
     * @param batchLoss the loss at θ_{k−1} on the batch step k used; NaN with full batches (it would equal the loss
     *                  of record k − 1) and at k = 0
     * @param grad      the gradient step k used, at θ_{k−1}: raw from the objective (before any weight decay the
     *                  optimizer adds), on the batch when mini-batching
     * @param update    Δθ = θ_k − θ_{k−1}
     * @param lr        the learning rate γ in force at step k, after the schedule
     * @param state     the optimizer's named state after step k, in its documented order
     */
    public StepRecord(int k, int epoch, double[] theta, double loss, double batchLoss, double[] grad,
            double[] update, double lr, List<NamedVector> state) {
        this(k, epoch, theta, loss, batchLoss, grad, update, lr, state, null);
    }

    /** As the public constructor; reuses {@code like}'s layout when the state has the same names and sizes. */
    StepRecord(int k, int epoch, double[] theta, double loss, double batchLoss, double[] grad, double[] update,
            double lr, List<NamedVector> state, @Nullable StepRecord like) {
        int dim = theta.length;
        if (grad.length != dim || update.length != dim) {
            throw new IllegalArgumentException("theta, grad and update must have the same length");
        }
        this.k = k;
        this.epoch = epoch;
        this.loss = loss;
        this.batchLoss = batchLoss;
        this.lr = lr;
        Layout l = like != null && like.layout.matches(dim, state) ? like.layout : Layout.of(dim, state);
        this.layout = l;
        double[] v = new double[l.length()];
        System.arraycopy(theta, 0, v, 0, dim);
        System.arraycopy(grad, 0, v, dim, dim);
        System.arraycopy(update, 0, v, 2 * dim, dim);
        int at = 3 * dim;
        for (NamedVector s : state) {
            for (int i = 0; i < s.size(); i++) {
                v[at++] = s.get(i);
            }
        }
        this.values = v;
    }

    public int k() {
        return k;
    }

    public int epoch() {
        return epoch;
    }

    public double loss() {
        return loss;
    }

    public double batchLoss() {
        return batchLoss;
    }

    public double lr() {
        return lr;
    }

    /** A copy of θ_k. */
    public double[] theta() {
        return Arrays.copyOfRange(values, 0, layout.dim);
    }

    /** A copy of the gradient. */
    public double[] grad() {
        return Arrays.copyOfRange(values, layout.dim, 2 * layout.dim);
    }

    /** A copy of Δθ. */
    public double[] update() {
        return Arrays.copyOfRange(values, 2 * layout.dim, 3 * layout.dim);
    }

    /** θ_k component i, without copying. */
    public double theta(int i) {
        return values[component(i)];
    }

    /** Gradient component i, without copying. */
    public double grad(int i) {
        return values[layout.dim + component(i)];
    }

    /** Δθ component i, without copying. */
    public double update(int i) {
        return values[2 * layout.dim + component(i)];
    }

    /** The optimizer's named state after step k, in its documented order (a new list on each call). */
    public List<NamedVector> state() {
        String[] names = layout.names;
        List<NamedVector> out = new ArrayList<>(names.length);
        int at = 3 * layout.dim;
        for (int j = 0; j < names.length; j++) {
            int n = layout.sizes[j];
            out.add(new NamedVector(names[j], Arrays.copyOfRange(values, at, at + n)));
            at += n;
        }
        return Collections.unmodifiableList(out);
    }

    /** Number of parameters. */
    public int dimension() {
        return layout.dim;
    }

    /** ‖grad‖₂. */
    public double gradNorm() {
        double s = 0;
        for (int i = layout.dim; i < 2 * layout.dim; i++) {
            s += values[i] * values[i];
        }
        return Math.sqrt(s);
    }

    private int component(int i) {
        if (i < 0 || i >= layout.dim) {
            throw new ArrayIndexOutOfBoundsException(i);
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StepRecord r && k == r.k && epoch == r.epoch && Double.compare(loss, r.loss) == 0
                && Double.compare(batchLoss, r.batchLoss) == 0 && Double.compare(lr, r.lr) == 0
                && layout.equals(r.layout) && Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
        int h = 31 * k + epoch;
        h = 31 * h + Arrays.hashCode(values);
        h = 31 * h + Double.hashCode(loss);
        h = 31 * h + Double.hashCode(batchLoss);
        h = 31 * h + Double.hashCode(lr);
        return 31 * h + layout.hashCode();
    }

    @Override
    public String toString() {
        return "StepRecord[k=" + k + ", epoch=" + epoch + ", theta=" + Arrays.toString(theta()) + ", loss=" + loss
                + ", batchLoss=" + batchLoss + ", grad=" + Arrays.toString(grad()) + ", update="
                + Arrays.toString(update()) + ", lr=" + lr + ", state=" + state() + "]";
    }

    /** The dimension and the state's names and sizes: shared by the records of one run. */
    private static final class Layout {
        final int dim;
        final String[] names;
        final int[] sizes;
        private final int length;

        private Layout(int dim, String[] names, int[] sizes) {
            this.dim = dim;
            this.names = names;
            this.sizes = sizes;
            int n = 3 * dim;
            for (int s : sizes) {
                n += s;
            }
            this.length = n;
        }

        static Layout of(int dim, List<NamedVector> state) {
            String[] names = new String[state.size()];
            int[] sizes = new int[state.size()];
            for (int j = 0; j < names.length; j++) {
                names[j] = state.get(j).name();
                sizes[j] = state.get(j).size();
            }
            return new Layout(dim, names, sizes);
        }

        int length() {
            return length;
        }

        boolean matches(int d, List<NamedVector> state) {
            if (d != dim || state.size() != names.length) {
                return false;
            }
            for (int j = 0; j < names.length; j++) {
                NamedVector s = state.get(j);
                if (s.size() != sizes[j] || !s.name().equals(names[j])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Layout l && dim == l.dim && Arrays.equals(names, l.names)
                    && Arrays.equals(sizes, l.sizes);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * dim + Arrays.hashCode(names)) + Arrays.hashCode(sizes);
        }
    }
}
