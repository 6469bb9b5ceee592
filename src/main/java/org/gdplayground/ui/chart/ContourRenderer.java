package org.gdplayground.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.Objective;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Renders the contour background of a two-parameter objective over a viewport as a PNG: JFreeChart draws the axes,
 * the plot area is filled with a heat raster computed per pixel.
 *
 * <p>Colouring: z = log1p(f − f_min), normalised by log1p(f_max − f_min) over the pixel grid (so negative surfaces and
 * huge ranges such as Rosenbrock's both spread over the palette; near the minimum log1p is ≈ linear), banded into
 * {@value #LEVELS} levels of the viridis palette (dark purple = low, yellow = high). A pixel whose band differs from
 * its right or lower neighbour is darkened, which draws thin contour lines at the band edges. Non-finite values are
 * grey.
 *
 * <p>Cost: one objective evaluation per plot-area pixel plus one chart draw and one PNG encode, single-threaded. Meant
 * to run once per (objective, viewport) behind {@link ContourCache}. Stateless and thread-safe.
 */
public final class ContourRenderer {

    static {
        Headless.ensure();
    }

    /** Number of colour bands. */
    public static final int LEVELS = 20;
    /** Smallest accepted image side in pixels. */
    public static final int MIN_SIDE = 100;
    /** Largest accepted image side in pixels (bounds memory and time per render). */
    public static final int MAX_SIDE = 4096;

    /** Grey for pixels where the objective is NaN or infinite. */
    static final int NON_FINITE_RGB = 0xbdbdbd;
    private static final double LINE_DARKEN = 0.35;
    /**
     * ImageIO's deflate knob (1 fastest … 0 smallest). Measured on the 800×560 heat raster alone: 0 → 15–20 KB in
     * ≈ 45 ms, 0.25 → 17–21 KB in ≈ 24 ms, 0.5 → 24–42 KB in ≈ 20 ms. The image is rendered once and sent to many
     * users, so bytes matter more than the last few milliseconds.
     */
    private static final float PNG_QUALITY = 0.25f;

    private static final int[] BAND_RGB = new int[LEVELS];
    private static final int[] LINE_RGB = new int[LEVELS];

    static {
        for (int b = 0; b < LEVELS; b++) {
            BAND_RGB[b] = Palette.viridis((b + 0.5) / LEVELS);
            LINE_RGB[b] = Palette.darker(BAND_RGB[b], LINE_DARKEN);
        }
    }

    /**
     * Renders {@code objective} over {@code bounds} into a {@code width × height} PNG with the given axis labels.
     *
     * @throws IllegalArgumentException if the objective's dimension is not 2 or a side is outside
     *         [{@value #MIN_SIDE}, {@value #MAX_SIDE}]
     */
    public ContourImage render(Objective objective, Bounds bounds, int width, int height, String xLabel,
            String yLabel) {
        requireDrawable(objective, width, height);
        JFreeChart chart = chart(bounds, xLabel, yLabel);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo(null);
            chart.draw(g, new Rectangle(width, height), info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            PlotFrame frame = new PlotFrame(bounds, width, height, area.getX(), area.getY(), area.getWidth(),
                    area.getHeight());
            double[] range = paintHeat(objective, frame, image);
            XYPlot plot = chart.getXYPlot();
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setPaint(plot.getOutlinePaint());
            g.setStroke(plot.getOutlineStroke());
            g.draw(area);
            return new ContourImage(Png.encode(image, PNG_QUALITY), frame, range[0], range[1]);
        } finally {
            g.dispose();
        }
    }

    private static void requireDrawable(Objective objective, int width, int height) {
        if (objective.dimension() != 2) {
            throw new IllegalArgumentException("a contour plot needs a 2-parameter objective, " + objective.id()
                    + " has " + objective.dimension());
        }
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("image size must be within [" + MIN_SIDE + ", " + MAX_SIDE
                    + "] per side, got " + width + "×" + height);
        }
    }

    /**
     * The heat raster alone: a {@code width × height} PNG whose pixels cover exactly {@code bounds} (no axes, no
     * text), for a chart drawn in the browser that puts readable axes and a colour bar around it.
     */
    public ContourImage raster(Objective objective, Bounds bounds, int width, int height) {
        requireDrawable(objective, width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PlotFrame frame = new PlotFrame(bounds, width, height, 0, 0, width, height);
        double[] range = paintHeat(objective, frame, image);
        return new ContourImage(Png.encode(image, PNG_QUALITY), frame, range[0], range[1]);
    }

    /**
     * The objective values at the edges of the {@value #LEVELS} colour bands of an image whose values span
     * [min, max] (band b covers edges[b] … edges[b + 1]); empty when the range is not finite.
     */
    public static double[] bandEdges(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
            return new double[0];
        }
        double scale = Math.log1p(max - min);
        if (!(scale > 0) || !Double.isFinite(scale)) {
            scale = Double.isInfinite(scale) ? Math.log(Double.MAX_VALUE) : 1;
        }
        double[] edges = new double[LEVELS + 1];
        for (int b = 0; b <= LEVELS; b++) {
            edges[b] = min + Math.expm1(scale * b / LEVELS);
        }
        edges[LEVELS] = Math.max(edges[LEVELS], max);
        return edges;
    }

    /** The colours of the bands, low to high, as {@code #rrggbb}. */
    public static java.util.List<String> bandColors() {
        java.util.List<String> out = new java.util.ArrayList<>(LEVELS);
        for (int rgb : BAND_RGB) {
            out.add(String.format(java.util.Locale.ROOT, "#%06x", rgb & 0xffffff));
        }
        return out;
    }

    private static JFreeChart chart(Bounds bounds, String xLabel, String yLabel) {
        NumberAxis x = new NumberAxis(xLabel);
        x.setRange(bounds.xMin(), bounds.xMax());
        NumberAxis y = new NumberAxis(yLabel);
        y.setRange(bounds.yMin(), bounds.yMax());
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, new XYLineAndShapeRenderer());
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setBackgroundPaint(new Color(NON_FINITE_RGB));
        plot.setOutlinePaint(new Color(0x555555));
        plot.setOutlineStroke(new BasicStroke(1f));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 4, 4, 16));
        return chart;
    }

    /**
     * Evaluates the objective at the centre of every pixel whose centre lies in the plot area and writes the banded
     * colours into {@code image}. Returns {fMin, fMax} over the finite values (NaN, NaN when none is finite).
     */
    static double[] paintHeat(Objective objective, PlotFrame frame, BufferedImage image) {
        int c0 = Math.max(0, (int) Math.ceil(frame.left() - 0.5));
        int c1 = Math.min(image.getWidth(), (int) Math.ceil(frame.right() - 0.5));
        int r0 = Math.max(0, (int) Math.ceil(frame.top() - 0.5));
        int r1 = Math.min(image.getHeight(), (int) Math.ceil(frame.bottom() - 0.5));
        int nx = c1 - c0;
        int ny = r1 - r0;
        if (nx <= 0 || ny <= 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Bounds b = frame.bounds();
        double[] values = new double[nx * ny];
        double[] theta = new double[2];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < ny; j++) {
            double y = Math.clamp(frame.dataY(r0 + j + 0.5), b.yMin(), b.yMax());
            for (int i = 0; i < nx; i++) {
                theta[0] = Math.clamp(frame.dataX(c0 + i + 0.5), b.xMin(), b.xMax());
                theta[1] = y;
                double v = objective.value(theta);
                values[j * nx + i] = v;
                if (v < min) {
                    min = v;
                }
                if (v > max) {
                    max = v;
                }
            }
        }
        // NaN never wins a comparison, but ±∞ would: recompute over finite values only if needed.
        if (Double.isInfinite(min) || Double.isInfinite(max)) {
            min = Double.POSITIVE_INFINITY;
            max = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        boolean anyFinite = min <= max;
        byte[] band = new byte[values.length];
        double scale = anyFinite ? Math.log1p(max - min) : Double.NaN;
        if (!(scale > 0) || !Double.isFinite(scale)) {
            scale = Double.isInfinite(scale) ? Math.log(Double.MAX_VALUE) : 1;
        }
        for (int k = 0; k < values.length; k++) {
            double v = values[k];
            if (!Double.isFinite(v)) {
                band[k] = -1;
            } else {
                double t = Math.log1p(v - min) / scale;
                band[k] = (byte) Math.min(LEVELS - 1, Math.max(0, (int) (t * LEVELS)));
            }
        }
        int[] rgb = new int[values.length];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int k = j * nx + i;
                int bk = band[k];
                if (bk < 0) {
                    rgb[k] = NON_FINITE_RGB;
                    continue;
                }
                boolean edge = (i + 1 < nx && band[k + 1] >= 0 && band[k + 1] != bk)
                        || (j + 1 < ny && band[k + nx] >= 0 && band[k + nx] != bk);
                rgb[k] = edge ? LINE_RGB[bk] : BAND_RGB[bk];
            }
        }
        image.setRGB(c0, r0, nx, ny, rgb, 0, nx);
        return anyFinite ? new double[] {min, max} : new double[] {Double.NaN, Double.NaN};
    }
}
