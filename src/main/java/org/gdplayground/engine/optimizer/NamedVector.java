package org.gdplayground.engine.optimizer;

import java.util.Arrays;

/**
 * One named piece of optimizer state for display and step records, e.g. Adam's {@code m} or Nadam's scalar
 * {@code muProduct} (a vector of length 1).
 *
 * <p>Immutable: the values are copied in and {@link #values()} returns a copy; use {@link #get(int)} to read without
 * copying. Equality compares the values bit for bit.
 */
public record NamedVector(String name, double[] values) {

    public NamedVector {
        values = values.clone();
    }

    /** A copy of the values. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** Value i, without copying. */
    public double get(int i) {
        return values[i];
    }

    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamedVector(String n, double[] v) && name.equals(n) && Arrays.equals(values, v);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return name + "=" + Arrays.toString(values);
    }
}
