package org.gdplayground.ui.surface3d;

import java.util.Arrays;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;

/**
 * The heights of a 2-parameter objective on an n × n grid over its plot box: what the 3-D view draws, computed once
 * per surface and box (see {@link MeshCache}) and sent to the browser once.
 *
 * <p>Honest clipping: a grid point where f is not a finite number is kept as NaN (the browser leaves a hole there,
 * nothing is invented). A few extreme values (a pole such as 1/(x² + y²)) would flatten everything else, so the
 * drawn height range ends at {@link #top()}: the largest value, unless it is more than {@link #CAP_RATIO} times as
 * far above the floor as the 99th percentile, in which case the percentile; the {@link #clipped()} grid points
 * above it are drawn flat at the top and the page says so.
 *
 * @param box       the plotted box of (θ₀, θ₁)
 * @param n         grid points per side (n − 1 cells)
 * @param values    f at (xᵢ, yⱼ), row-major: {@code values[j * n + i]}; NaN where f is not finite
 * @param floor     the lowest height: the smallest finite value on the grid or of a known minimum inside the box
 * @param top       the highest height drawn (see above)
 * @param max       the largest finite value on the grid
 * @param nonFinite grid points where f is not finite
 * @param clipped   grid points above {@code top}
 * @param logSuggested whether much of the surface lies squashed near the floor, so log height shows it better
 */
public record SurfaceMesh(Bounds box, int n, double[] values, double floor, double top, double max, int nonFinite,
        int clipped, boolean logSuggested) {

    /** Grid points per side by default: 60 × 60 cells. */
    public static final int DEFAULT_N = 61;
    /** See the class comment. */
    static final double CAP_RATIO = 10;
    /**
     * Log height is suggested when a quarter of the grid lies below this fraction of the height range (Rosenbrock,
     * Beale, the six-hump camel; not the bowls, Himmelblau or Booth).
     */
    static final double LOG_QUARTILE_FRACTION = 0.02;

    public SurfaceMesh {
        if (n < 2) {
            throw new IllegalArgumentException("a mesh needs at least 2 points per side, got " + n);
        }
        if (values.length != n * n) {
            throw new IllegalArgumentException("expected " + n * n + " values, got " + values.length);
        }
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** f at grid point (i, j); NaN where it is not finite. */
    public double value(int i, int j) {
        return values[j * n + i];
    }

    /** x of grid column i. */
    public double x(int i) {
        return box.xMin() + (box.xMax() - box.xMin()) * i / (n - 1);
    }

    /** y of grid row j. */
    public double y(int j) {
        return box.yMin() + (box.yMax() - box.yMin()) * j / (n - 1);
    }

    /** Samples {@code o} on its own plot box. */
    public static SurfaceMesh of(Objective o, int n) {
        return of(o, o.bounds(), n);
    }

    /** Samples {@code o} on an n × n grid over {@code box}. */
    public static SurfaceMesh of(Objective o, Bounds box, int n) {
        if (o.dimension() != 2) {
            throw new IllegalArgumentException("a 3-D surface needs a 2-parameter objective, " + o.id() + " has "
                    + o.dimension());
        }
        if (n < 2) {
            throw new IllegalArgumentException("a mesh needs at least 2 points per side, got " + n);
        }
        double[] values = new double[n * n];
        double[] theta = new double[2];
        int nonFinite = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            theta[1] = box.yMin() + (box.yMax() - box.yMin()) * j / (n - 1);
            for (int i = 0; i < n; i++) {
                theta[0] = box.xMin() + (box.xMax() - box.xMin()) * i / (n - 1);
                double f;
                try {
                    f = o.value(theta);
                } catch (ArithmeticException e) {
                    f = Double.NaN;
                }
                if (Double.isFinite(f)) {
                    lo = Math.min(lo, f);
                    hi = Math.max(hi, f);
                } else {
                    f = Double.NaN;
                    nonFinite++;
                }
                values[j * n + i] = f;
            }
        }
        if (nonFinite == values.length) {
            return new SurfaceMesh(box, n, values, 0, 1, Double.NaN, nonFinite, 0, false);
        }
        for (Minimum m : o.minima()) {
            double[] p = m.point();
            if (Double.isFinite(m.value()) && p.length >= 2 && p[0] >= box.xMin() && p[0] <= box.xMax()
                    && p[1] >= box.yMin() && p[1] <= box.yMax()) {
                lo = Math.min(lo, m.value());
            }
        }
        double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        double p99 = sorted[(int) Math.floor(0.99 * (sorted.length - 1))];
        double top = hi;
        if (hi - lo > CAP_RATIO * (p99 - lo) && p99 > lo) {
            top = p99;
        }
        if (!(top > lo)) {
            top = lo + 1; // a flat surface: one unit of height so the box has a shape
        }
        int clipped = 0;
        for (double v : sorted) {
            if (v > top) {
                clipped++;
            }
        }
        double quartile = sorted[(sorted.length - 1) / 4];
        boolean log = (quartile - lo) < LOG_QUARTILE_FRACTION * (top - lo);
        return new SurfaceMesh(box, n, values, lo, top, hi, nonFinite, clipped, log);
    }

    /**
     * The log height of a loss: log₁₀(1 + f − floor), 0 at the floor (and below it: a value under the floor, e.g. a
     * path point outside the box on a surface unbounded below, is drawn at the floor); NaN for NaN.
     */
    public static double logHeight(double f, double floor) {
        if (Double.isNaN(f)) {
            return Double.NaN;
        }
        if (f == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.log10(1 + Math.max(0, f - floor));
    }

    /**
     * Where a loss is drawn: {@code f} (or its {@link #logHeight}) clamped into [floor, top]; NaN when f is not a
     * finite number (the path breaks there rather than pretending a height).
     */
    public double height(double f, boolean log) {
        if (!Double.isFinite(f)) {
            return Double.NaN;
        }
        double c = Math.clamp(f, floor, top);
        return log ? logHeight(c, floor) : c;
    }

    /** Whether a loss lies outside the drawn range (drawn at the floor or the top, marked as clipped). */
    public boolean clips(double f) {
        return Double.isFinite(f) && (f > top || f < floor);
    }
}
