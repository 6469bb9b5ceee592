package org.gdplayground.ui.common;

import java.util.List;
import org.gdplayground.engine.function.DataView;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.engine.run.Thinning;
import org.gdplayground.ui.chart.Palette;
import org.gdplayground.ui.chart.SvgPlot;
import org.jspecify.annotations.Nullable;

/**
 * Builds the server-drawn pictures from step records: the 1-parameter loss curve with its tangent and the data plot
 * (the contour and the loss chart are drawn in the browser, see {@link LiveChart}). Pure and thread-safe.
 */
public final class PlotRenderer {

    /** Most trajectory points drawn per run (evenly thinned, first and last kept). */
    public static final int MAX_PATH_POINTS = 2000;
    /** The 1-parameter curve and the data plot, in SVG units (near 1:1 on a card, so their text stays readable). */
    public static final int CURVE_WIDTH = 440;
    public static final int CURVE_HEIGHT = 320;
    private static final SvgPlot.Margins MARGINS = new SvgPlot.Margins(62, 14, 16, 44);

    private PlotRenderer() {
    }

    /** One run's records and which of them is "current" (the scrub position). */
    public record Track(List<StepRecord> records, int cursor, String color) {
        public Track {
            records = List.copyOf(records);
        }

        @Nullable
        StepRecord current() {
            return records.isEmpty() ? null : records.get(Math.max(0, Math.min(cursor, records.size() - 1)));
        }
    }

    /** The loss curve of a 1-parameter problem with the visited points and the tangent at the current one. */
    public static String curve(Objective objective, Track track, String xLabel, String yLabel,
            String slopeLabel) {
        return curve(objective, List.of(track), xLabel, yLabel, slopeLabel);
    }

    /**
     * The loss curve of a 1-parameter problem with each track's visited points in its colour and its current point;
     * with a single track also the tangent (and its slope) at the current point.
     */
    public static String curve(Objective objective, List<Track> tracks, String xLabel, String yLabel,
            String slopeLabel) {
        Bounds b = objective.bounds();
        SvgPlot svg = new SvgPlot(CURVE_WIDTH, CURVE_HEIGHT, MARGINS, b, false);
        svg.axes(xLabel, yLabel);
        int n = 241;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] w = new double[1];
        for (int i = 0; i < n; i++) {
            w[0] = b.xMin() + (b.xMax() - b.xMin()) * i / (n - 1);
            xs[i] = w[0];
            ys[i] = objective.value(w);
        }
        svg.polyline(xs, ys, "gdp-curve");
        for (Minimum m : objective.minima()) {
            svg.star(m.point()[0], m.value(), 7, "gdp-min");
        }
        for (Track track : tracks) {
            List<StepRecord> path = Thinning.evenly(track.records(), MAX_PATH_POINTS);
            double[] px = new double[path.size()];
            double[] py = new double[path.size()];
            for (int i = 0; i < px.length; i++) {
                px[i] = path.get(i).theta(0);
                py[i] = path.get(i).loss();
            }
            svg.polyline(px, py, "gdp-traj", track.color());
        }
        for (Track track : tracks) {
            StepRecord cur = track.current();
            if (cur == null || !Double.isFinite(cur.theta(0))) {
                continue;
            }
            double x0 = cur.theta(0);
            double y0 = cur.loss();
            if (tracks.size() == 1) {
                double[] g = new double[1];
                objective.gradient(new double[] {x0}, g);
                double half = (b.xMax() - b.xMin()) / 6;
                svg.line(x0 - half, y0 - g[0] * half, x0 + half, y0 + g[0] * half, "gdp-tangent");
                svg.circle(x0, y0, 6, "gdp-point");
                svg.textPx(svg.px(x0) + 8, svg.py(y0) - 10, slopeLabel + " " + Formats.num(g[0], 3), SvgPlot.Anchor.START,
                        "gdp-note");
            } else {
                svg.circle(x0, y0, 5, "gdp-point");
            }
        }
        return svg.toSvg();
    }

    /**
     * The data beside a regression: for one feature, the points and the current fitted line (and the least-squares
     * line dashed); for several features, prediction against truth with the diagonal.
     */
    public static String data(DataView problem, Track track, String xLabel, String yLabel, String predLabel,
            String truthLabel) {
        StepRecord cur = track.current();
        double[] theta = cur == null ? problem.defaultStart() : cur.theta();
        double[] ls = problem.leastSquaresOptimum();
        int rows = problem.rows();
        if (problem.features() == 1) {
            double xMin = Double.POSITIVE_INFINITY;
            double xMax = Double.NEGATIVE_INFINITY;
            double yMax = 0;
            double yMin = Double.POSITIVE_INFINITY;
            for (int i = 0; i < rows; i++) {
                xMin = Math.min(xMin, problem.x(i)[0]);
                xMax = Math.max(xMax, problem.x(i)[0]);
                yMax = Math.max(yMax, problem.y(i));
                yMin = Math.min(yMin, problem.y(i));
            }
            // small positive data near the origin (the built-in problems) keep the origin in view; other data
            // (uploaded: negative, far from 0) get their own padded range
            Bounds b = xMin >= 0 && yMin >= 0 && xMin <= 0.5 * xMax
                    ? new Bounds(0, xMax + 1, Math.min(0, -1), yMax * 1.6 + 1)
                    : padded(xMin, xMax, yMin, yMax);
            SvgPlot svg = new SvgPlot(CURVE_WIDTH, CURVE_HEIGHT, MARGINS, b, false);
            svg.axes(xLabel, yLabel);
            svg.line(b.xMin(), line(ls, b.xMin()), b.xMax(), line(ls, b.xMax()), "gdp-ls");
            if (allFinite(theta)) {
                svg.line(b.xMin(), line(theta, b.xMin()), b.xMax(), line(theta, b.xMax()), "gdp-fit");
            }
            for (int i = 0; i < rows; i++) {
                svg.circle(problem.x(i)[0], problem.y(i), 5, "gdp-data");
            }
            return svg.toSvg();
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rows; i++) {
            lo = Math.min(lo, problem.y(i));
            hi = Math.max(hi, problem.y(i));
        }
        double pad = (hi - lo) * 0.25 + 1;
        Bounds b = new Bounds(lo - pad, hi + pad, lo - pad, hi + pad);
        SvgPlot svg = new SvgPlot(CURVE_WIDTH, CURVE_HEIGHT, MARGINS, b, false);
        svg.axes(truthLabel, predLabel);
        svg.line(b.xMin(), b.xMin(), b.xMax(), b.xMax(), "gdp-ls");
        for (int i = 0; i < rows; i++) {
            double p = allFinite(theta) ? problem.predict(theta, i) : Double.NaN;
            svg.circle(problem.y(i), Math.max(b.yMin(), Math.min(b.yMax(), p)), 5, "gdp-data");
        }
        return svg.toSvg();
    }

    /** The trajectory colour of a single run: vermilion, which stands out on the viridis contour. */
    public static final String SINGLE = "#ff5a1f";

    /** The colour of run i in a comparison. */
    public static String color(int i) {
        return Palette.color(i);
    }

    private static Bounds padded(double xMin, double xMax, double yMin, double yMax) {
        double dx = xMax > xMin ? 0.08 * (xMax - xMin) : Math.max(1, Math.abs(xMin) * 0.1);
        double dy = yMax > yMin ? 0.15 * (yMax - yMin) : Math.max(1, Math.abs(yMin) * 0.1);
        return new Bounds(xMin - dx, xMax + dx, yMin - dy, yMax + dy);
    }

    private static double line(double[] theta, double x) {
        return theta[0] * x + (theta.length > 1 ? theta[1] : 0);
    }

    private static boolean allFinite(double[] v) {
        for (double d : v) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }
}
