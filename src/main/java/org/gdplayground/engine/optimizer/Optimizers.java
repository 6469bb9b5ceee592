package org.gdplayground.engine.optimizer;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.ParamSpec;

/**
 * The optimizer registry: keys in family-tree order, their hyper-parameter specs, and creation from name → value
 * maps (as the API and URLs carry them). "gd" and "mini-batch" are not optimizers: they are {@code sgd} with full
 * or k-row batches, a run setting.
 */
public final class Optimizers {

    /** The field name used in errors about the optimizer key. */
    public static final String FIELD = "opt";

    private static final List<String> KEYS = List.of(Sgd.KEY, Momentum.KEY, Nesterov.KEY, Adagrad.KEY, RmsProp.KEY,
            Adadelta.KEY, Adam.KEY, AdamW.KEY, Adamax.KEY, Nadam.KEY, AmsGrad.KEY);

    private Optimizers() {
    }

    /** sgd, momentum, nesterov, adagrad, rmsprop, adadelta, adam, adamw, adamax, nadam, amsgrad. */
    public static List<String> keys() {
        return KEYS;
    }

    /** The hyper-parameters of optimizer {@code key}, with defaults and ranges. */
    public static List<ParamSpec> specs(String key) {
        return switch (key) {
            case Sgd.KEY -> Sgd.SPECS;
            case Momentum.KEY -> Momentum.SPECS;
            case Nesterov.KEY -> Nesterov.SPECS;
            case Adagrad.KEY -> Adagrad.SPECS;
            case RmsProp.KEY -> RmsProp.SPECS;
            case Adadelta.KEY -> Adadelta.SPECS;
            case Adam.KEY -> Adam.SPECS;
            case AdamW.KEY -> AdamW.SPECS;
            case Adamax.KEY -> Adamax.SPECS;
            case Nadam.KEY -> Nadam.SPECS;
            case AmsGrad.KEY -> AmsGrad.SPECS;
            default -> throw unknown(key);
        };
    }

    /**
     * Optimizer {@code key} with the given hyper-parameters; absent ones take their defaults.
     *
     * @throws InvalidParameterException on field {@code opt} for an unknown key, on the parameter's name for an
     *                                   unknown hyper-parameter or a value out of range
     */
    public static Optimizer create(String key, Map<String, Double> values) {
        return switch (key) {
            case Sgd.KEY -> Sgd.of(values);
            case Momentum.KEY -> Momentum.of(values);
            case Nesterov.KEY -> Nesterov.of(values);
            case Adagrad.KEY -> Adagrad.of(values);
            case RmsProp.KEY -> RmsProp.of(values);
            case Adadelta.KEY -> Adadelta.of(values);
            case Adam.KEY -> Adam.of(values);
            case AdamW.KEY -> AdamW.of(values);
            case Adamax.KEY -> Adamax.of(values);
            case Nadam.KEY -> Nadam.of(values);
            case AmsGrad.KEY -> AmsGrad.of(values);
            default -> throw unknown(key);
        };
    }

    /** Optimizer {@code key} with all defaults. */
    public static Optimizer defaults(String key) {
        return create(key, Map.of());
    }

    private static InvalidParameterException unknown(String key) {
        return new InvalidParameterException(FIELD, key, "one of " + String.join(", ", KEYS));
    }
}
