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

    /** Rprop's η₋, the factor a step size shrinks by when the gradient changes sign: (0, 1). */
    static ParamSpec etaMinus(double def) {
        return ParamSpec.real("etaMinus", def, new Range(0, false, 1, false));
    }

    /** Rprop's η₊, the factor a step size grows by while the gradient keeps its sign: (1, ∞). */
    static ParamSpec etaPlus(double def) {
        return ParamSpec.real("etaPlus", def, new Range(1, false, Double.POSITIVE_INFINITY, false));
    }

    /** Rprop's smallest step size: [0, ∞). */
    static ParamSpec stepMin(double def) {
        return ParamSpec.real("stepMin", def, Range.nonNegative());
    }

    /** Rprop's largest step size: (0, ∞). */
    static ParamSpec stepMax(double def) {
        return ParamSpec.real("stepMax", def, Range.positive());
    }

    /** ASGD's decay term λ (torch calls it {@code lambd}): [0, ∞). */
    static ParamSpec lambd(double def) {
        return ParamSpec.real("lambd", def, Range.nonNegative());
    }

    /** ASGD's power α of the step-size decay (not RMSprop's smoothing α): [0, ∞). */
    static ParamSpec power(double def) {
        return ParamSpec.real("alpha", def, Range.nonNegative());
    }

    /** ASGD's step t₀ at which averaging starts: [0, ∞). */
    static ParamSpec t0(double def) {
        return ParamSpec.real("t0", def, Range.nonNegative());
    }

    /** L-BFGS's number of (s, y) pairs kept: whole number in [1, 1000]. */
    static ParamSpec historySize(double def) {
        return ParamSpec.whole("historySize", def, Range.closed(1, 1000));
    }

    /** L-BFGS's line search: 0 = none (a fixed step lr), 1 = torch's strong-Wolfe search. */
    static ParamSpec strongWolfe(double def) {
        return ParamSpec.whole("strongWolfe", def, Range.closed(0, 1));
    }

    /** A termination tolerance (L-BFGS's toleranceGrad, toleranceChange): [0, ∞). */
    static ParamSpec tolerance(String name, double def) {
        return ParamSpec.real(name, def, Range.nonNegative());
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
