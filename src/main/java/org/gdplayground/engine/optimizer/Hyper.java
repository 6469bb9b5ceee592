package org.gdplayground.engine.optimizer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.Range;

/**
 * The allowed range of every hyper-parameter name, shared by all optimizers (each optimizer supplies only its
 * default), and the map ↔ record plumbing of {@link Optimizers#create}.
 */
final class Hyper {

    private Hyper() {
    }

    /** Learning rate γ: (0, ∞), finite. */
    static ParamSpec lr(double def) {
        return ParamSpec.real("lr", def, Range.positive());
    }

    /** Momentum μ: [0, 1). */
    static ParamSpec momentum(double def) {
        return ParamSpec.real("momentum", def, Range.closedOpen(0, 1));
    }

    /** Dampening τ: [0, 1]. */
    static ParamSpec dampening(double def) {
        return ParamSpec.real("dampening", def, Range.closed(0, 1));
    }

    /** β1: [0, 1). */
    static ParamSpec beta1(double def) {
        return ParamSpec.real("beta1", def, Range.closedOpen(0, 1));
    }

    /** β2: [0, 1). */
    static ParamSpec beta2(double def) {
        return ParamSpec.real("beta2", def, Range.closedOpen(0, 1));
    }

    /** ε: (0, ∞). */
    static ParamSpec eps(double def) {
        return ParamSpec.real("eps", def, Range.positive());
    }

    /** RMSprop's smoothing α: [0, 1). */
    static ParamSpec alpha(double def) {
        return ParamSpec.real("alpha", def, Range.closedOpen(0, 1));
    }

    /** Adadelta's ρ: [0, 1]. */
    static ParamSpec rho(double def) {
        return ParamSpec.real("rho", def, Range.closed(0, 1));
    }

    /** Weight decay λ: [0, ∞). */
    static ParamSpec weightDecay(double def) {
        return ParamSpec.real("weightDecay", def, Range.nonNegative());
    }

    /** Nadam's momentum decay ψ: [0, ∞). */
    static ParamSpec momentumDecay(double def) {
        return ParamSpec.real("momentumDecay", def, Range.nonNegative());
    }

    /** Adagrad's initial accumulator value: [0, ∞). */
    static ParamSpec initialAccumulator(double def) {
        return ParamSpec.real("initialAccumulator", def, Range.nonNegative());
    }

    /**
     * Values in spec order: given ones, defaults for absent ones. Unknown names are rejected naming them; the
     * range check itself happens in the record's constructor.
     */
    static double[] resolve(String key, List<ParamSpec> specs, Map<String, Double> values) {
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (specs.stream().noneMatch(s -> s.name().equals(e.getKey()))) {
                throw new InvalidParameterException(e.getKey(), e.getKey(),
                        "one of " + key + "'s hyper-parameters " + names(specs));
            }
        }
        double[] v = new double[specs.size()];
        for (int i = 0; i < v.length; i++) {
            Double given = values.get(specs.get(i).name());
            v[i] = given != null ? given : specs.get(i).def();
        }
        return v;
    }

    /** Name → value in spec order (unmodifiable). */
    static Map<String, Double> values(List<ParamSpec> specs, double... v) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            m.put(specs.get(i).name(), v[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    static String names(List<ParamSpec> specs) {
        StringBuilder b = new StringBuilder();
        for (ParamSpec s : specs) {
            b.append(b.isEmpty() ? "" : ", ").append(s.name());
        }
        return b.toString();
    }
}
