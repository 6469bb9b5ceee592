package org.gdplayground.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gdplayground.engine.function.Minimum;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Downloadable charts: loss curves as PNG or SVG drawn by JFreeChart, and a contour background with trajectories
 * painted on as PNG. These run on request, not per frame. Stateless and thread-safe.
 */
public final class ChartExports {

    static {
        Headless.ensure();
    }

    /**
     * ImageIO's deflate knob. Measured on an 800×500 two-series loss chart: 0 (smallest) → 24.5 KB in ≈ 58 ms,
     * 0.25 → 26.7 KB in ≈ 23 ms; the 2 KB are not worth tripling the encode time.
     */
    private static final float PNG_QUALITY = 0.25f;
    private static final Color GRID = new Color(0xe0e0e0);
    private static final Color CASING = new Color(255, 255, 255, 190);

    private ChartExports() {
    }

    /**
     * Loss curves as a PNG of {@code width × height}. Non-finite losses, and on a log axis losses ≤ 0, are left out
     * and break the line (a log axis cannot show them).
     *
     * @throws IllegalArgumentException if a side is outside [60, 4096]
     */
    public static byte[] lossPng(List<LossChartSvg.Series> series, boolean logScale, int width, int height,
            String xLabel, String yLabel) {
        checkSize(width, height);
        JFreeChart chart = lossChart(series, logScale, xLabel, yLabel);
        BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
        return Png.encode(image, PNG_QUALITY);
    }

    /**
     * A plain x–y chart as PNG: {@code lines} drawn as lines, {@code points} as markers only (data, visited points).
     * Used for the 1-parameter loss curve and the data plot downloads.
     */
    public static byte[] xyPng(List<LossChartSvg.Series> lines, List<LossChartSvg.Series> points, int width,
            int height, String xLabel, String yLabel) {
        checkSize(width, height);
        List<LossChartSvg.Series> all = new java.util.ArrayList<>(lines);
        all.addAll(points);
        JFreeChart chart = lossChart(all, false, xLabel, yLabel);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        for (int i = lines.size(); i < all.size(); i++) {
            r.setSeriesLinesVisible(i, false);
            r.setSeriesShapesVisible(i, true);
        }
        BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
        return Png.encode(image, PNG_QUALITY);
    }

    /** The same chart as {@link #lossPng} as an SVG document (JFreeSVG). */
    public static String lossSvg(List<LossChartSvg.Series> series, boolean logScale, int width, int height,
            String xLabel, String yLabel) {
        checkSize(width, height);
        JFreeChart chart = lossChart(series, logScale, xLabel, yLabel);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(width, height));
        return g.getSVGDocument();
    }

    /**
     * The contour background with trajectories and minima painted on, as a PNG of the background's size.
     *
     * @param background a cached contour image
     * @param trajectories each as {xs, ys} in data coordinates; non-finite points break the line
     * @param colors {@code #rrggbb} per trajectory; missing or malformed entries fall back to
     *        {@link Palette#color(int)}
     * @param minima drawn as stars (global ones larger)
     * @throws IllegalArgumentException if a trajectory is not two arrays of equal length
     */
    public static byte[] contourPng(ContourImage background, List<double[][]> trajectories, List<String> colors,
            List<Minimum> minima) {
        BufferedImage decoded = Png.decode(background.openPng());
        BufferedImage image = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.drawImage(decoded, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            PlotFrame f = background.frame();
            Rectangle2D area = new Rectangle2D.Double(f.left(), f.top(), f.plotWidth(), f.plotHeight());
            g.clip(area);
            for (int t = 0; t < trajectories.size(); t++) {
                double[][] xy = trajectories.get(t);
                if (xy.length != 2 || xy[0].length != xy[1].length) {
                    throw new IllegalArgumentException("trajectory " + t + " must be {xs, ys} of equal length");
                }
                String hex = t < colors.size() && Palette.isHexColor(colors.get(t)) ? colors.get(t) : Palette.color(t);
                drawTrajectory(g, f, xy[0], xy[1], Palette.awt(hex));
            }
            for (Minimum m : minima) {
                double[] p = m.point();
                if (p.length >= 2) {
                    drawStar(g, f.px(p[0]), f.py(p[1]), m.global() ? 9 : 6);
                }
            }
        } finally {
            g.dispose();
        }
        return Png.encode(image, PNG_QUALITY);
    }

    private static void drawTrajectory(Graphics2D g, PlotFrame f, double[] xs, double[] ys, Color color) {
        int n = xs.length;
        double[] pxs = new double[n];
        double[] pys = new double[n];
        for (int i = 0; i < n; i++) {
            pxs[i] = f.px(xs[i]);
            pys[i] = f.py(ys[i]);
        }
        Path2D.Double path = new Path2D.Double();
        double pad = 6;
        PixelClip.polyline(pxs, pys, n, f.left() - pad, f.top() - pad, f.right() + pad, f.bottom() + pad,
                new PixelClip.Sink() {
                    @Override
                    public void moveTo(double x, double y) {
                        path.moveTo(x, y);
                    }

                    @Override
                    public void lineTo(double x, double y) {
                        path.lineTo(x, y);
                    }
                });
        // A light casing under the line keeps every series colour readable on every viridis band.
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(CASING);
        g.draw(path);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(color);
        g.draw(path);
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(pxs[i]) && Double.isFinite(pys[i])) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first >= 0 && f.insidePlot(pxs[first], pys[first])) {
            Ellipse2D start = new Ellipse2D.Double(pxs[first] - 4, pys[first] - 4, 8, 8);
            g.setPaint(Color.WHITE);
            g.fill(start);
            g.setStroke(new BasicStroke(2f));
            g.setPaint(color);
            g.draw(start);
        }
        if (last >= 0 && f.insidePlot(pxs[last], pys[last])) {
            Ellipse2D end = new Ellipse2D.Double(pxs[last] - 5, pys[last] - 5, 10, 10);
            g.setPaint(color);
            g.fill(end);
            g.setStroke(new BasicStroke(1.5f));
            g.setPaint(Color.WHITE);
            g.draw(end);
        }
    }

    private static void drawStar(Graphics2D g, double cx, double cy, double r) {
        if (!Double.isFinite(cx) || !Double.isFinite(cy)) {
            return;
        }
        Path2D.Double star = new Path2D.Double();
        for (int k = 0; k < 10; k++) {
            double rk = k % 2 == 0 ? r : r * 0.45;
            double a = -Math.PI / 2 + k * Math.PI / 5;
            double x = cx + rk * Math.cos(a);
            double y = cy + rk * Math.sin(a);
            if (k == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.setPaint(Color.WHITE);
        g.fill(star);
        g.setStroke(new BasicStroke(1.2f));
        g.setPaint(Color.BLACK);
        g.draw(star);
    }

    /** The JFreeChart loss chart both {@link #lossPng} and {@link #lossSvg} draw. */
    static JFreeChart lossChart(List<LossChartSvg.Series> series, boolean logScale, String xLabel, String yLabel) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        Set<String> keys = new HashSet<>();
        for (int s = 0; s < series.size(); s++) {
            LossChartSvg.Series in = series.get(s);
            String key = in.label();
            for (int k = 2; !keys.add(key); k++) {
                key = in.label() + " (" + k + ")";
            }
            XYSeries xy = new XYSeries(key, false, true);
            double[] steps = in.steps();
            double[] losses = in.losses();
            int drawn = 0;
            boolean gap = false;
            for (int i = 0; i < steps.length; i++) {
                double v = losses[i];
                if (!Double.isFinite(steps[i])) {
                    continue;
                }
                if (Double.isFinite(v) && (!logScale || v > 0)) {
                    xy.add(steps[i], v, false);
                    drawn++;
                    gap = false;
                } else if (!gap && drawn > 0) {
                    xy.add(steps[i], null, false); // a null y breaks the line
                    gap = true;
                }
            }
            dataset.addSeries(xy);
            renderer.setSeriesPaint(s, Palette.awt(in.color()));
            renderer.setSeriesStroke(s, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShapesVisible(s, drawn == 1);
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        ValueAxis y;
        if (logScale) {
            LogAxis log = new LogAxis(yLabel);
            log.setSmallestValue(1e-300);
            log.setBase(10);
            // Whole decades only, labelled like the live chart (1e-6, 0.01, 100) instead of 10^2.2.
            log.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            log.setNumberFormatOverride(new CompactFormat());
            y = log;
        } else {
            NumberAxis lin = new NumberAxis(yLabel);
            lin.setAutoRangeIncludesZero(false);
            y = lin;
        }
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(new Color(0x888888));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, !series.isEmpty());
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        return chart;
    }

    /** Tick labels through {@link Ticks#format(double)}; formatting only. */
    private static final class CompactFormat extends NumberFormat {
        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(Ticks.format(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(Ticks.format(number));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("CompactFormat only formats");
        }
    }

    private static void checkSize(int width, int height) {
        if (width < LossChartSvg.MIN_SIDE || height < LossChartSvg.MIN_SIDE || width > LossChartSvg.MAX_SIDE
                || height > LossChartSvg.MAX_SIDE) {
            throw new IllegalArgumentException("chart size must be within [" + LossChartSvg.MIN_SIDE + ", "
                    + LossChartSvg.MAX_SIDE + "] per side, got " + width + "×" + height);
        }
    }
}
