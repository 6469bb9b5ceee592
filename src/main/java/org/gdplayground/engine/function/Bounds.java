package org.gdplayground.engine.function;

/** An axis-aligned viewport [xMin, xMax] × [yMin, yMax] for plotting. */
public record Bounds(double xMin, double xMax, double yMin, double yMax) {
    public Bounds {
        if (!(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("bounds must satisfy min < max, got x[" + xMin + ", " + xMax
                    + "] y[" + yMin + ", " + yMax + "]");
        }
    }
}
