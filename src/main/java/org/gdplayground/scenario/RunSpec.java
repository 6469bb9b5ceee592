package org.gdplayground.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One optimizer block of a scenario: the optimizer, its learning rate and every other hyper-parameter resolved
 * (defaults filled in, in the optimizer's own order), and optionally its own start point (comparisons).
 *
 * @param opt   optimizer key, e.g. {@code adam}
 * @param lr    base learning rate
 * @param hyper the other hyper-parameters by public name, e.g. {@code beta1 → 0.9}
 * @param init  this run's own start point, or null to share the scenario's
 */
public record RunSpec(String opt, double lr, Map<String, Double> hyper, @Nullable List<Double> init) {

    public RunSpec {
        hyper = Collections.unmodifiableMap(new LinkedHashMap<>(hyper));
        init = init == null ? null : List.copyOf(init);
    }

    /** The same block with another learning rate. */
    public RunSpec withLr(double newLr) {
        return new RunSpec(opt, newLr, hyper, init);
    }
}
