package org.gdplayground.ui.common;

import java.util.List;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.RegressionProblem;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.engine.run.Thinning;
import org.gdplayground.ui.chart.LossChartSvg;
import org.gdplayground.ui.chart.Palette;
import org.gdplayground.ui.chart.PlotFrame;
import org.gdplayground.ui.chart.SvgPlot;
import org.jspecify.annotations.Nullable;

/**
 * Builds the per-frame pictures from step records: the contour overlay (trajectories, current points, minima,
 * gradient arrows), the 1-parameter loss curve with its tangent, the data plot, and the loss chart. Pure and
 * thread-safe: pages call it on a worker thread and only swap the markup in the UI.
 */
public final class PlotRenderer {

    /** Most trajectory points drawn per run (evenly thinned, first and last kept). */
    public static final int MAX_PATH_POINTS = 2000;
    /** Most points per loss curve. */
    public static final int MAX_LOSS_POINTS = 1200;
    public static final int LOSS_WIDTH = 560;
    public static final int LOSS_HEIGHT = 280;
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

    /** The overlay for a 2-D contour in the contour image's pixel frame. */
    public static String contourOverlay(PlotFrame frame, Objective objective, List<Track> tracks, boolean arrows) {
        SvgPlot svg = new SvgPlot(frame);
        if (arrows) {
            gradientField(svg, frame.bounds(), objective);
        }
        for (Minimum m : objective.minima()) {
            double[] p = m.point();
            if (p.length >= 2) {
                svg.star(p[0], p[1], m.global() ? 8 : 6, "gdp-min");
            }
        }
        for (Track t : tracks) {
            List<StepRecord> path = Thinning.evenly(t.records(), MAX_PATH_POINTS);
            double[] xs = new double[path.size()];
            double[] ys = new double[path.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = path.get(i).theta(0);
                ys[i] = path.get(i).theta(1);
            }
            svg.polyline(xs, ys, "gdp-traj", t.color());
            if (!t.records().isEmpty()) {
                StepRecord first = t.records().get(0);
                svg.cross(first.theta(0), first.theta(1), 5, "gdp-start");
            }
            StepRecord cur = t.current();
            if (cur != null) {
                if (arrows) {
                    svg.arrow(cur.theta(0), cur.theta(1), -cur.grad(0), -cur.grad(1), 70, "gdp-grad-now");
                }
                svg.circle(cur.theta(0), cur.theta(1), 5, "gdp-point");
            }
        }
        return svg.toSvg();
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
    public static String data(RegressionProblem problem, Track track, String xLabel, String yLabel, String predLabel,
            String truthLabel) {
        StepRecord cur = track.current();
        double[] theta = cur == null ? problem.defaultStart() : cur.theta();
        double[] ls = problem.leastSquaresOptimum();
        int rows = problem.rows();
        if (problem.features() == 1) {
            double xMin = Double.POSITIVE_INFINITY;
            double xMax = Double.NEGATIVE_INFINITY;
            double yMax = 0;
            for (int i = 0; i < rows; i++) {
                xMin = Math.min(xMin, problem.x(i)[0]);
                xMax = Math.max(xMax, problem.x(i)[0]);
                yMax = Math.max(yMax, problem.y(i));
            }
            Bounds b = new Bounds(0, xMax + 1, Math.min(0, -1), yMax * 1.6 + 1);
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

    /** The loss chart of one or more runs; the current step of the first run is highlighted. */
    public static String lossChart(List<Track> tracks, List<String> labels, boolean log, String xLabel,
            String yLabel) {
        if (tracks.size() == 1) {
            Track t = tracks.get(0);
            List<StepRecord> thin = Thinning.evenly(t.records(), MAX_LOSS_POINTS);
            double[] ks = new double[thin.size()];
            double[] ls = new double[thin.size()];
            int highlight = -1;
            StepRecord cur = t.current();
            for (int i = 0; i < ks.length; i++) {
                ks[i] = thin.get(i).k();
                ls[i] = thin.get(i).loss();
                if (cur != null && thin.get(i).k() <= cur.k()) {
                    highlight = i;
                }
            }
            return LossChartSvg.render(ks, ls, log, LOSS_WIDTH, LOSS_HEIGHT, xLabel, yLabel, highlight);
        }
        List<LossChartSvg.Series> series = new java.util.ArrayList<>();
        for (int r = 0; r < tracks.size(); r++) {
            List<StepRecord> thin = Thinning.evenly(tracks.get(r).records(), MAX_LOSS_POINTS);
            double[] ks = new double[thin.size()];
            double[] ls = new double[thin.size()];
            for (int i = 0; i < ks.length; i++) {
                ks[i] = thin.get(i).k();
                ls[i] = thin.get(i).loss();
            }
            series.add(new LossChartSvg.Series(labels.get(r), tracks.get(r).color(), ks, ls));
        }
        return LossChartSvg.render(series, log, LOSS_WIDTH, LOSS_HEIGHT, xLabel, yLabel);
    }

    /** The trajectory colour of a single run: vermilion, which stands out on the viridis contour. */
    public static final String SINGLE = "#ff5a1f";

    /** The colour of run i in a comparison. */
    public static String color(int i) {
        return Palette.color(i);
    }

    private static void gradientField(SvgPlot svg, Bounds b, Objective objective) {
        double[] p = new double[2];
        double[] g = new double[2];
        int nx = 11;
        int ny = 8;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                p[0] = b.xMin() + (b.xMax() - b.xMin()) * (i + 0.5) / nx;
                p[1] = b.yMin() + (b.yMax() - b.yMin()) * (j + 0.5) / ny;
                objective.gradient(p, g);
                double norm = Math.hypot(g[0], g[1]);
                if (norm > 0 && Double.isFinite(norm)) {
                    double len = Math.min(b.xMax() - b.xMin(), b.yMax() - b.yMin()) / 22;
                    svg.arrow(p[0], p[1], -g[0] / norm * len, -g[1] / norm * len, 22, "gdp-grad");
                }
            }
        }
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
