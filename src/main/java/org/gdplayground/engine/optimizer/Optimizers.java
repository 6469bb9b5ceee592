package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.ParamSpec;

/**
 * The optimizer registry: one {@link Descriptor} per optimizer, in family-tree order. Everything that lists
 * optimizers — the catalog, the forms, the parameter language, the API — reads this list, so adding an optimizer is
 * one engine file plus one line here (and its messages and explanation, which tests demand: see
 * docs/recipes/add-an-optimizer.md). "gd" and "mini-batch" are not optimizers: they are {@code sgd} with full or k-row batches, a run
 * setting.
 */
public final class Optimizers {

    /** The field name used in errors about the optimizer key. */
    public static final String FIELD = "opt";

    /**
     * One optimizer: its key (URLs, API, message keys {@code opt.<key>.name}), its hyper-parameters with defaults and
     * ranges, and its factory from name → value maps (absent names take their defaults).
     */
    public record Descriptor(String key, List<ParamSpec> specs, Function<Map<String, Double>, Optimizer> factory) {

        public Descriptor {
            specs = List.copyOf(specs);
        }

        public Optimizer create(Map<String, Double> values) {
            return factory.apply(values);
        }
    }

    private static final List<Descriptor> ALL = List.of(
            new Descriptor(Sgd.KEY, Sgd.SPECS, Sgd::of),
            new Descriptor(Momentum.KEY, Momentum.SPECS, Momentum::of),
            new Descriptor(Nesterov.KEY, Nesterov.SPECS, Nesterov::of),
            new Descriptor(Adagrad.KEY, Adagrad.SPECS, Adagrad::of),
            new Descriptor(RmsProp.KEY, RmsProp.SPECS, RmsProp::of),
            new Descriptor(Adadelta.KEY, Adadelta.SPECS, Adadelta::of),
            new Descriptor(Adam.KEY, Adam.SPECS, Adam::of),
            new Descriptor(AdamW.KEY, AdamW.SPECS, AdamW::of),
            new Descriptor(Adamax.KEY, Adamax.SPECS, Adamax::of),
            new Descriptor(Nadam.KEY, Nadam.SPECS, Nadam::of),
            new Descriptor(AmsGrad.KEY, AmsGrad.SPECS, AmsGrad::of),
            new Descriptor(RAdam.KEY, RAdam.SPECS, RAdam::of),
            new Descriptor(Rprop.KEY, Rprop.SPECS, Rprop::of),
            new Descriptor(Asgd.KEY, Asgd.SPECS, Asgd::of),
            new Descriptor(Lbfgs.KEY, Lbfgs.SPECS, Lbfgs::of),
            new Descriptor(Lion.KEY, Lion.SPECS, Lion::of),
            new Descriptor(Newton.KEY, Newton.SPECS, Newton::of));

    private static final List<String> KEYS = ALL.stream().map(Descriptor::key).toList();

    private Optimizers() {
    }

    /** Every optimizer, in family-tree order. */
    public static List<Descriptor> all() {
        return ALL;
    }

    /**
     * sgd, momentum, nesterov, adagrad, rmsprop, adadelta, adam, adamw, adamax, nadam, amsgrad, radam, rprop, asgd,
     * lbfgs, lion, newton.
     */
    public static List<String> keys() {
        return KEYS;
    }

    /** The descriptor of optimizer {@code key}; InvalidParameterException on field {@code opt} when unknown. */
    public static Descriptor get(String key) {
        for (Descriptor d : ALL) {
            if (d.key().equals(key)) {
                return d;
            }
        }
        throw new InvalidParameterException(FIELD, key, "one of " + String.join(", ", KEYS));
    }

    /** The hyper-parameters of optimizer {@code key}, with defaults and ranges. */
    public static List<ParamSpec> specs(String key) {
        return get(key).specs();
    }

    /**
     * Optimizer {@code key} with the given hyper-parameters; absent ones take their defaults.
     *
     * @throws InvalidParameterException on field {@code opt} for an unknown key, on the parameter's name for an
     *                                   unknown hyper-parameter or a value out of range
     */
    public static Optimizer create(String key, Map<String, Double> values) {
        return get(key).create(values);
    }

    /** Optimizer {@code key} with all defaults. */
    public static Optimizer defaults(String key) {
        return create(key, Map.of());
    }
}
