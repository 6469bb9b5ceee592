package org.gdplayground.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gdplayground.engine.optimizer.NamedVector;
import org.gdplayground.engine.run.StepRecord;
import org.jspecify.annotations.Nullable;

/**
 * One step record in an API answer (docs/conventions.md#step-record): θ as {@code params}, the full loss, the
 * mini-batch loss ({@code null} with full batches and at k = 0, where there is none), the gradient the step used,
 * the update Δθ, the lr in force and the optimizer's named state.
 */
record RecordView(int k, int epoch, double[] params, double loss, @Nullable Double batchLoss, double[] grad,
        double[] update, double lr, Map<String, double[]> state) {

    static RecordView of(StepRecord r, boolean miniBatch) {
        Map<String, double[]> state = new LinkedHashMap<>();
        for (NamedVector v : r.state()) {
            state.put(v.name(), v.values());
        }
        Double batchLoss = miniBatch && r.k() > 0 ? r.batchLoss() : null;
        return new RecordView(r.k(), r.epoch(), r.theta(), r.loss(), batchLoss, r.grad(), r.update(), r.lr(),
                state);
    }
}
