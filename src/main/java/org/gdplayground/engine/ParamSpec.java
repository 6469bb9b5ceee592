package org.gdplayground.engine;

/**
 * A named numeric parameter with its default and allowed range: the single place a default lives.
 *
 * @param name    public name, as in URLs and the API (e.g. {@code beta1})
 * @param def     the default (PyTorch's, for optimizers)
 * @param range   allowed values
 * @param integer whether only whole numbers are allowed
 */
public record ParamSpec(String name, double def, Range range, boolean integer) {

    public static ParamSpec real(String name, double def, Range range) {
        return new ParamSpec(name, def, range, false);
    }

    public static ParamSpec whole(String name, double def, Range range) {
        return new ParamSpec(name, def, range, true);
    }

    /** Returns v when allowed, else throws {@link InvalidParameterException} naming this parameter and its range. */
    public double check(double v) {
        if (!range.contains(v) || (integer && v != Math.rint(v))) {
            throw new InvalidParameterException(name, v, allowed());
        }
        return v;
    }

    /** What is allowed, e.g. {@code [0, 1)} or {@code whole number in [1, 1000000]}. */
    public String allowed() {
        return integer ? "whole number in " + range : range.toString();
    }
}
