package org.gdplayground.ui.chart;

import java.util.List;
import org.gdplayground.engine.function.Bounds;
import org.jspecify.annotations.Nullable;

/**
 * Loss-versus-step charts as small SVG strings, for the live page (one series, re-rendered every frame) and the
 * compare page (several series with a legend). Never throws on data values:
 * <ul>
 *   <li>NaN or ±∞ losses break the line; the first non-finite loss of each series gets a label at the plot edge
 *       ("∞" or "NaN" at the top, "−∞" at the bottom) above its step.</li>
 *   <li>On a log scale, losses ≤ 0 (an exact minimum, or a surface whose minimum is negative) are drawn on the bottom
 *       edge of the plot, which is then one decade below the decade of the smallest positive loss, so they never
 *       coincide with a real value; the line stays connected. Prefer the linear scale for surfaces with negative
 *       values.</li>
 *   <li>A single point is drawn as a dot; no data gives the axes alone.</li>
 * </ul>
 * Points with a non-finite step are skipped (they break the line).
 */
public final class LossChartSvg {

    /**
     * One loss curve for the comparison chart.
     *
     * @param label legend text
     * @param color stroke colour {@code #rrggbb}, e.g. {@link Palette#color(int)}
     * @param steps x values (copied), same length as {@code losses}
     * @param losses y values (copied)
     */
    public record Series(String label, String color, double[] steps, double[] losses) {
        public Series {
            if (!Palette.isHexColor(color)) {
                throw new IllegalArgumentException("colour must look like #rrggbb, got " + color);
            }
            if (steps.length != losses.length) {
                throw new IllegalArgumentException("steps and losses must have the same length, got "
                        + steps.length + " and " + losses.length);
            }
            steps = steps.clone();
            losses = losses.clone();
        }

        @Override
        public double[] steps() {
            return steps.clone();
        }

        @Override
        public double[] losses() {
            return losses.clone();
        }
    }

    /** Smallest and largest accepted chart side in pixels. */
    static final int MIN_SIDE = 60;
    static final int MAX_SIDE = 4096;
    private static final int LEGEND_ROW = 16;
    private static final int LEGEND_MAX_CHARS = 32;

    private LossChartSvg() {
    }

    /**
     * One loss curve (class {@code gdp-loss}) with an optional highlighted point (class {@code gdp-point}).
     *
     * @param highlightIndex index of the point to mark (the current step), or −1; ignored when out of range or not
     *        finite
     * @throws IllegalArgumentException if {@code steps} and {@code losses} differ in length or a side is outside
     *         [60, 4096]
     */
    public static String render(double[] steps, double[] losses, boolean logScale, int width, int height,
            String xLabel, String yLabel, int highlightIndex) {
        if (steps.length != losses.length) {
            throw new IllegalArgumentException("steps and losses must have the same length, got " + steps.length
                    + " and " + losses.length);
        }
        List<double[][]> data = List.<double[][]>of(new double[][] {steps, losses});
        SvgPlot plot = plot(data, logScale, width, height, xLabel, yLabel);
        double[] ys = drawable(losses, plot);
        plot.polyline(steps, ys, "gdp-loss");
        markFirstNonFinite(plot, steps, losses, null);
        if (highlightIndex >= 0 && highlightIndex < steps.length) {
            double y = ys[highlightIndex];
            if (Double.isFinite(steps[highlightIndex]) && Double.isFinite(y)) {
                plot.circle(steps[highlightIndex], y, 4, "gdp-point");
            }
        }
        return plot.toSvg();
    }

    /**
     * Several loss curves in their own colours (class {@code gdp-loss}) with a legend (class {@code gdp-legend}) in
     * the top-right corner of the plot.
     *
     * @throws IllegalArgumentException if a side is outside [60, 4096]
     */
    public static String render(List<Series> series, boolean logScale, int width, int height, String xLabel,
            String yLabel) {
        List<double[][]> data = series.stream().map(s -> new double[][] {s.steps, s.losses}).toList();
        SvgPlot plot = plot(data, logScale, width, height, xLabel, yLabel);
        for (Series s : series) {
            plot.polyline(s.steps, drawable(s.losses, plot), "gdp-loss", s.color);
            markFirstNonFinite(plot, s.steps, s.losses, s.color);
        }
        legend(plot, series);
        return plot.toSvg();
    }

    /** The plot with axes drawn, sized to hold every finite point of {@code data} (pairs [steps, losses]). */
    static SvgPlot plot(List<double[][]> data, boolean logScale, int width, int height, String xLabel,
            String yLabel) {
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("chart size must be within [" + MIN_SIDE + ", " + MAX_SIDE
                    + "] per side, got " + width + "×" + height);
        }
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        boolean nonPositive = false;
        for (double[][] d : data) {
            for (int i = 0; i < d[0].length; i++) {
                double x = d[0][i];
                double y = d[1][i];
                if (!Double.isFinite(x)) {
                    continue;
                }
                xMin = Math.min(xMin, x);
                xMax = Math.max(xMax, x);
                if (Double.isFinite(y) && (!logScale || y > 0)) {
                    yMin = Math.min(yMin, y);
                    yMax = Math.max(yMax, y);
                } else if (Double.isFinite(y)) {
                    nonPositive = true;
                }
            }
        }
        double[] xr = xRange(xMin, xMax);
        double[] yr = logScale ? logRange(yMin, yMax, nonPositive) : linearRange(yMin, yMax);
        boolean narrow = width < 240;
        SvgPlot.Margins m = new SvgPlot.Margins(narrow ? 44 : 58, 12, narrow ? 10 : 18, 42);
        SvgPlot plot = new SvgPlot(width, height, m, new Bounds(xr[0], xr[1], yr[0], yr[1]), logScale);
        return plot.axes(xLabel, yLabel);
    }

    private static double[] xRange(double min, double max) {
        if (!(min <= max)) {
            return new double[] {0, 1};
        }
        if (min == max) {
            double pad = min == 0 ? 1 : Math.max(1, Math.abs(min) * 0.1);
            return new double[] {min - pad, max + pad};
        }
        return new double[] {min, max};
    }

    private static double[] linearRange(double min, double max) {
        if (!(min <= max)) {
            return new double[] {0, 1};
        }
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            return new double[] {min - pad, max + pad};
        }
        double pad = 0.05 * max - 0.05 * min;
        double lo = min - pad;
        double hi = max + pad;
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new double[] {min, max};
        }
        // A non-negative loss keeps a zero baseline when padding would push the axis below zero.
        return new double[] {min >= 0 && lo < 0 ? 0 : lo, hi};
    }

    private static double[] logRange(double min, double max, boolean roomBelow) {
        if (!(min <= max)) {
            return new double[] {roomBelow ? 0.1 : 1, 10};
        }
        int e0 = (int) Math.floor(Math.log10(min)) - (roomBelow ? 1 : 0);
        int e1 = (int) Math.ceil(Math.log10(max));
        if (e1 <= e0) {
            e1 = e0 + 1;
        }
        e0 = Math.max(e0, -300);
        e1 = Math.min(Math.max(e1, e0 + 1), 308);
        return new double[] {Double.parseDouble("1e" + e0), Double.parseDouble("1e" + e1)};
    }

    /** Losses as drawn: non-finite → NaN (a break); on a log axis, ≤ 0 → the bottom edge value. */
    private static double[] drawable(double[] losses, SvgPlot plot) {
        double[] ys = new double[losses.length];
        double floor = plot.yMinData();
        for (int i = 0; i < ys.length; i++) {
            double v = losses[i];
            ys[i] = !Double.isFinite(v) ? Double.NaN : plot.logY() && v <= 0 ? floor : v;
        }
        return ys;
    }

    private static void markFirstNonFinite(SvgPlot plot, double[] steps, double[] losses,
            @Nullable String color) {
        for (int i = 0; i < losses.length; i++) {
            if (!Double.isFinite(losses[i]) && Double.isFinite(steps[i])) {
                double x = plot.px(steps[i]);
                if (!plot.frame().insidePlot(x, plot.frame().top())) {
                    return;
                }
                boolean low = losses[i] == Double.NEGATIVE_INFINITY;
                String text = Double.isNaN(losses[i]) ? "NaN" : low ? "−∞" : "∞";
                double y = low ? plot.frame().bottom() - 4 : plot.frame().top() + 13;
                plot.linePx(x, plot.frame().top(), x, plot.frame().bottom(), "gdp-inf-line", color);
                boolean rightHalf = x > plot.frame().left() + plot.frame().plotWidth() / 2;
                plot.textPx(rightHalf ? x - 3 : x + 3, y, text, rightHalf ? SvgPlot.Anchor.END : SvgPlot.Anchor.START,
                        "gdp-inf");
                return;
            }
        }
    }

    private static void legend(SvgPlot plot, List<Series> series) {
        if (series.isEmpty()) {
            return;
        }
        PlotFrame f = plot.frame();
        int longest = 0;
        for (Series s : series) {
            longest = Math.max(longest, Math.min(LEGEND_MAX_CHARS, s.label.length()));
        }
        double w = Math.min(f.plotWidth() - 8, 34 + longest * 6.5);
        double h = 6 + LEGEND_ROW * series.size();
        double x = f.right() - w - 6;
        double y = f.top() + 6;
        plot.rectPx(x, y, w, h, "gdp-legend");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            double row = y + 3 + LEGEND_ROW * i + LEGEND_ROW / 2.0;
            plot.linePx(x + 6, row, x + 24, row, "gdp-loss", s.color);
            String label = s.label.length() > LEGEND_MAX_CHARS
                    ? s.label.substring(0, LEGEND_MAX_CHARS - 1) + "…" : s.label;
            plot.textPx(x + 30, row + 4, label, SvgPlot.Anchor.START, "gdp-tick");
        }
    }
}
