package org.gdplayground.ui.chart;

/**
 * Cuts a polyline in pixel coordinates to a rectangle (Liang–Barsky per segment) and breaks it at non-finite points,
 * so that a diverging trajectory (coordinates like 1e300 or ∞) never reaches a path as a huge or broken number.
 */
final class PixelClip {

    /** Receives the clipped pieces: each piece starts with {@link #moveTo} and continues with {@link #lineTo}. */
    interface Sink {
        void moveTo(double x, double y);

        void lineTo(double x, double y);
    }

    private PixelClip() {
    }

    /**
     * Feeds the visible parts of the polyline through {@code (xs[i], ys[i])}, i &lt; n, to {@code sink}. A point with a
     * non-finite coordinate breaks the line; an isolated finite point inside the rectangle becomes a zero-length piece
     * (a dot with a round line cap).
     */
    static void polyline(double[] xs, double[] ys, int n, double xMin, double yMin, double xMax, double yMax,
            Sink sink) {
        double[] seg = new double[4];
        boolean penDown = false;
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            double y = ys[i];
            boolean finite = Double.isFinite(x) && Double.isFinite(y);
            boolean prevFinite = i > 0 && Double.isFinite(xs[i - 1]) && Double.isFinite(ys[i - 1]);
            boolean nextFinite = i + 1 < n && Double.isFinite(xs[i + 1]) && Double.isFinite(ys[i + 1]);
            if (!finite) {
                penDown = false;
                continue;
            }
            if (!prevFinite) {
                penDown = false;
                if (!nextFinite && x >= xMin && x <= xMax && y >= yMin && y <= yMax) {
                    sink.moveTo(x, y);
                    sink.lineTo(x, y);
                }
                continue;
            }
            if (!clip(xs[i - 1], ys[i - 1], x, y, xMin, yMin, xMax, yMax, seg)) {
                penDown = false;
                continue;
            }
            boolean startsAtPrevious = seg[0] == xs[i - 1] && seg[1] == ys[i - 1];
            if (!penDown || !startsAtPrevious) {
                sink.moveTo(seg[0], seg[1]);
            }
            sink.lineTo(seg[2], seg[3]);
            penDown = seg[2] == x && seg[3] == y;
        }
    }

    /**
     * Clips the segment (x0, y0)–(x1, y1) to the rectangle; writes the visible part into {@code out} as
     * [x0, y0, x1, y1] and returns true, or returns false when nothing is visible.
     */
    static boolean clip(double x0, double y0, double x1, double y1, double xMin, double yMin, double xMax, double yMax,
            double[] out) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
            return false;
        }
        double t0 = 0;
        double t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - xMin, xMax - x0, y0 - yMin, yMax - y0};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return false;
                }
            } else {
                double r = q[k] / p[k];
                if (p[k] < 0) {
                    if (r > t1) {
                        return false;
                    }
                    if (r > t0) {
                        t0 = r;
                    }
                } else {
                    if (r < t0) {
                        return false;
                    }
                    if (r < t1) {
                        t1 = r;
                    }
                }
            }
        }
        out[0] = t0 == 0 ? x0 : x0 + t0 * dx;
        out[1] = t0 == 0 ? y0 : y0 + t0 * dy;
        out[2] = t1 == 1 ? x1 : x0 + t1 * dx;
        out[3] = t1 == 1 ? y1 : y0 + t1 * dy;
        return true;
    }
}
