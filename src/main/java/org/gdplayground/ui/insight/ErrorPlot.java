package org.gdplayground.ui.insight;

import java.util.List;
import org.gdplayground.engine.analysis.GradientCheck;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.ui.chart.SvgPlot;

/**
 * The log-log plot of the gradient check's error against h (10⁻¹ … 10⁻¹²) at one point: central and forward, and the
 * chosen h as a dashed line. Drawn at its natural size (text 11–12 px) so it never shrinks below readable.
 */
final class ErrorPlot {

    static final int WIDTH = 320;
    static final int HEIGHT = 210;
    /** Errors below this (rounding of doubles) are drawn on the floor so the line stays visible. */
    static final double FLOOR = 1e-16;
    static final String CENTRAL_COLOR = "#0072b2";
    static final String FORWARD_COLOR = "#d55e00";

    private ErrorPlot() {
    }

    /**
     * The plot (its legend is HTML beside it, in {@link #CENTRAL_COLOR} and {@link #FORWARD_COLOR}).
     *
     * @param xLabel the x axis label (h)
     * @param yLabel the y axis label (error)
     */
    static String svg(GradientCheck check, String xLabel, String yLabel) {
        List<GradientCheck.SweepPoint> sweep = check.sweep();
        int n = sweep.size();
        double[] xs = new double[n];
        double[] cs = new double[n];
        double[] fs = new double[n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < n; i++) {
            GradientCheck.SweepPoint p = sweep.get(i);
            xs[i] = Math.log10(p.h());
            cs[i] = shown(p.centralError());
            fs[i] = shown(p.forwardError());
            for (double v : new double[] {cs[i], fs[i]}) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > 0)) {
            lo = FLOOR;
            hi = 1;
        }
        double yMin = Math.pow(10, Math.floor(Math.log10(lo)));
        double yMax = Math.pow(10, Math.ceil(Math.log10(hi)));
        if (yMax <= yMin) {
            yMax = yMin * 10;
        }
        SvgPlot plot = new SvgPlot(WIDTH, HEIGHT, new SvgPlot.Margins(56, 10, 12, 42),
                new Bounds(-12.3, -0.7, yMin, yMax), true);
        plot.axes(xLabel, yLabel, true);
        double hx = Math.log10(check.h());
        if (hx >= -12.3 && hx <= -0.7) {
            plot.polyline(new double[] {hx, hx}, new double[] {yMin, yMax}, "gdp-chosen-h", "#888888");
        }
        plot.polyline(xs, fs, "gdp-loss", FORWARD_COLOR);
        plot.polyline(xs, cs, "gdp-loss", CENTRAL_COLOR);
        for (int i = 0; i < n; i++) {
            plot.dot(xs[i], fs[i], 2.5, "gdp-point", FORWARD_COLOR);
            plot.dot(xs[i], cs[i], 2.5, "gdp-point", CENTRAL_COLOR);
        }
        return plot.toSvg();
    }

    private static double shown(double error) {
        return Double.isFinite(error) ? Math.max(error, FLOOR) : Double.NaN;
    }
}
