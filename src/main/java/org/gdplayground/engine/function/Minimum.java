package org.gdplayground.engine.function;

/** A known minimum of an objective: where it is, the value there, and whether it is global. */
public record Minimum(double[] point, double value, boolean global) {
    public Minimum {
        point = point.clone();
    }

    @Override
    public double[] point() {
        return point.clone();
    }
}
