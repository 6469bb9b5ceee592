package org.gdplayground.ui.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gdplayground.engine.function.Bounds;

/**
 * A learning-rate sweep as a small SVG: final loss against lr on a log10 x axis, one dot per run in its colour, the
 * finite points joined in lr order, the lowest one labelled, and diverged runs as a "✕" on the top edge above their lr
 * (class {@code gdp-inf}, the loss chart's mark for non-finite values) — the "too small / just right / too large"
 * picture. The y axis is log10 when every finite loss is positive, linear otherwise. Never throws on data values.
 */
public final class SweepChartSvg {

    /**
     * One run of the sweep.
     *
     * @param lr       its learning rate (&gt; 0; others are skipped)
     * @param loss     its final (or latest) loss
     * @param diverged whether it diverged (drawn on the top edge whatever the loss)
     * @param color    its colour {@code #rrggbb}
     */
    public record Point(double lr, double loss, boolean diverged, String color) {
        public Point {
            if (!Palette.isHexColor(color)) {
                throw new IllegalArgumentException("colour must look like #rrggbb, got " + color);
            }
        }
    }

    private static final SvgPlot.Margins MARGINS = new SvgPlot.Margins(58, 22, 18, 42);

    private SweepChartSvg() {
    }

    /**
     * @param divergedLabel text under the ✕ marks, e.g. "diverged"
     * @param bestLabel     text beside the lowest finite point, e.g. "lowest"
     * @throws IllegalArgumentException if a side is outside [60, 4096]
     */
    public static String render(List<Point> points, int width, int height, String xLabel, String yLabel,
            String divergedLabel, String bestLabel) {
        if (width < LossChartSvg.MIN_SIDE || height < LossChartSvg.MIN_SIDE || width > LossChartSvg.MAX_SIDE
                || height > LossChartSvg.MAX_SIDE) {
            throw new IllegalArgumentException("chart size must be within [" + LossChartSvg.MIN_SIDE + ", "
                    + LossChartSvg.MAX_SIDE + "] per side, got " + width + "×" + height);
        }
        List<Point> usable = new ArrayList<>();
        for (Point p : points) {
            if (p.lr() > 0 && Double.isFinite(p.lr())) {
                usable.add(p);
            }
        }
        usable.sort(Comparator.comparingDouble(Point::lr));
        List<Point> finite = usable.stream().filter(p -> !p.diverged() && Double.isFinite(p.loss())).toList();

        double xMin = usable.isEmpty() ? -4 : Math.log10(usable.getFirst().lr());
        double xMax = usable.isEmpty() ? 0 : Math.log10(usable.getLast().lr());
        double xPad = Math.max(0.15, (xMax - xMin) * 0.06);
        boolean logY = !finite.isEmpty() && finite.stream().allMatch(p -> p.loss() > 0);
        double yMin = finite.stream().mapToDouble(Point::loss).min().orElse(logY ? 0.1 : 0);
        double yMax = finite.stream().mapToDouble(Point::loss).max().orElse(1);
        double[] yr = logY ? logRange(yMin, yMax) : linearRange(yMin, yMax);
        SvgPlot plot = new SvgPlot(width, height, MARGINS, new Bounds(xMin - xPad, xMax + xPad, yr[0], yr[1]), logY);
        plot.axes(xLabel, yLabel, true);

        if (finite.size() > 1) {
            double[] xs = finite.stream().mapToDouble(p -> Math.log10(p.lr())).toArray();
            double[] ys = finite.stream().mapToDouble(Point::loss).toArray();
            plot.polyline(xs, ys, "gdp-sweep-line", "#888888");
        }
        Point best = finite.stream().min(Comparator.comparingDouble(Point::loss)).orElse(null);
        for (Point p : finite) {
            plot.dot(Math.log10(p.lr()), p.loss(), 6, "gdp-sweep-point", p.color());
        }
        if (best != null && finite.size() > 1) {
            double x = plot.px(Math.log10(best.lr()));
            double y = plot.py(best.loss());
            boolean rightHalf = x > plot.frame().left() + plot.frame().plotWidth() / 2;
            plot.textPx(rightHalf ? x - 10 : x + 10, Math.max(plot.frame().top() + 12, y - 10), bestLabel,
                    rightHalf ? SvgPlot.Anchor.END : SvgPlot.Anchor.START, "gdp-label");
        }
        PlotFrame f = plot.frame();
        // a class has many diverged runs at nearby rates: one word over several marks, never words run together
        double labelWidth = textWidth(divergedLabel);
        double lastLabel = Double.NEGATIVE_INFINITY;
        for (Point p : usable) {
            if (p.diverged() || !Double.isFinite(p.loss())) {
                double x = plot.px(Math.log10(p.lr()));
                plot.linePx(x, f.top(), x, f.bottom(), "gdp-inf-line", p.color());
                plot.textPx(x, f.top() + 14, "✕", SvgPlot.Anchor.MIDDLE, "gdp-inf");
                if (x - lastLabel >= labelWidth + 6) {
                    plot.textPx(x, f.top() - 6, divergedLabel, SvgPlot.Anchor.MIDDLE, "gdp-tick");
                    lastLabel = x;
                }
            }
        }
        return plot.toSvg();
    }

    /** About how wide a tick text (11 px) is: Hangul and other wide letters 11 px, others 6.2 px. */
    static double textWidth(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += Character.isIdeographic(text.charAt(i))
                    || Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.HANGUL_SYLLABLES ? 11 : 6.2;
        }
        return w;
    }

    private static double[] logRange(double min, double max) {
        int e0 = (int) Math.floor(Math.log10(min));
        int e1 = (int) Math.ceil(Math.log10(max));
        if (e1 <= e0) {
            e1 = e0 + 1;
        }
        e0 = Math.max(e0, -300);
        e1 = Math.min(Math.max(e1, e0 + 1), 308);
        return new double[] {Double.parseDouble("1e" + e0), Double.parseDouble("1e" + e1)};
    }

    private static double[] linearRange(double min, double max) {
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            return new double[] {min - pad, max + pad};
        }
        double pad = 0.08 * (max - min);
        if (!Double.isFinite(pad)) {
            return new double[] {min, max};
        }
        return new double[] {min - pad, max + pad};
    }
}
