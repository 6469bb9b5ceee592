package org.gdplayground.ui.chart;

import java.util.Objects;
import org.gdplayground.engine.function.Bounds;
import org.jspecify.annotations.Nullable;

/**
 * A small SVG builder for per-frame overlays and small charts. Coordinates passed to the drawing methods are data
 * coordinates unless the method name ends in {@code Px}; the builder maps them through its {@link PlotFrame}.
 *
 * <p>Two uses:
 * <ul>
 *   <li>Overlay: {@code new SvgPlot(contourImage.frame())} gives an SVG with the same {@code viewBox} as the PNG, so
 *       the page lays it exactly over the image (both scaled by CSS to the same box).</li>
 *   <li>Standalone chart: {@link #SvgPlot(int, int, Margins, Bounds, boolean)} with margins, data bounds and a linear
 *       or log10 y axis; {@link #axes} draws axes with nice ticks.</li>
 * </ul>
 *
 * <p>Every element carries the CSS class given (the page styles {@code gdp-traj}, {@code gdp-point}, {@code gdp-min},
 * {@code gdp-grad}, {@code gdp-axis}, {@code gdp-tick}, {@code gdp-label}, {@code gdp-grid}, {@code gdp-loss},
 * {@code gdp-inf}, {@code gdp-inf-line}, {@code gdp-legend}) and, so that an exported SVG looks right on its own,
 * presentation attributes with sensible defaults for those classes; CSS rules override presentation attributes.
 * Lines and markers are clipped to the plot area (a {@code clipPath}, and segments are cut in Java first so diverging
 * runs never produce huge numbers). Pixel numbers have at most two decimals; polylines drop points closer than half a
 * pixel to the previous one. All text is XML-escaped. Not thread-safe: build one per frame.
 *
 * <p>The clip path's id is derived from the plot area's geometry, so several overlays inline in one page never refer
 * to a wrong clip rectangle (equal ids mean equal rectangles).
 */
public final class SvgPlot {

    /** Margins around the plot area of a standalone chart, in pixels. */
    public record Margins(double left, double top, double right, double bottom) {
        public Margins {
            if (!(left >= 0) || !(top >= 0) || !(right >= 0) || !(bottom >= 0)) {
                throw new IllegalArgumentException("margins must be ≥ 0");
            }
        }
    }

    /** Horizontal text alignment. */
    public enum Anchor {
        START("start"), MIDDLE("middle"), END("end");

        private final String svg;

        Anchor(String svg) {
            this.svg = svg;
        }
    }

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** Lines are cut this many pixels outside the plot area; the clip path trims the rest (round caps included). */
    private static final double CUT_PAD = 6;
    private static final double MIN_STEP_PX = 0.5;
    private static final double MAX_PX = 1e7;

    private final int width;
    private final int height;
    private final PlotFrame frame;
    private final boolean logY;
    private final String clipId;
    private final StringBuilder body = new StringBuilder(2048);
    private boolean clipUsed;

    /**
     * An overlay for an image described by {@code frame} (linear axes); the SVG is
     * {@code frame.width() × frame.height()}, the same viewBox as the image.
     */
    public SvgPlot(PlotFrame frame) {
        this(frame, false);
    }

    /**
     * A standalone chart of {@code width × height} pixels whose plot area, inside {@code margins}, shows
     * {@code dataBounds}. With {@code logY} the y axis is log10: data y must then be &gt; 0 (non-positive y values
     * count as missing and break lines) and {@code dataBounds.yMin()} must be &gt; 0.
     */
    public SvgPlot(int width, int height, Margins margins, Bounds dataBounds, boolean logY) {
        this(frameFor(width, height, margins, dataBounds, logY), logY);
    }

    private SvgPlot(PlotFrame frame, boolean logY) {
        this.width = frame.width();
        this.height = frame.height();
        this.frame = frame;
        this.logY = logY;
        this.clipId = "gdp-clip-" + Integer.toHexString(Objects.hash(frame.left(), frame.top(), frame.plotWidth(),
                frame.plotHeight()));
    }

    private static PlotFrame frameFor(int width, int height, Margins m, Bounds b, boolean logY) {
        if (logY && !(b.yMin() > 0)) {
            throw new IllegalArgumentException("a log y axis needs yMin > 0, got " + b.yMin());
        }
        Bounds mapped = logY ? new Bounds(b.xMin(), b.xMax(), Math.log10(b.yMin()), Math.log10(b.yMax())) : b;
        return PlotFrame.withMargins(mapped, width, height, m.left(), m.top(), m.right(), m.bottom());
    }

    /** The pixel mapping; with a log y axis its y bounds are log10 of the data bounds. */
    public PlotFrame frame() {
        return frame;
    }

    /** Whether the y axis is log10. */
    public boolean logY() {
        return logY;
    }

    /** Pixel x of data x. */
    public double px(double x) {
        return frame.px(x);
    }

    /** Pixel y of data y (NaN for y ≤ 0 on a log axis). */
    public double py(double y) {
        if (logY) {
            return y > 0 ? frame.py(Math.log10(y)) : Double.NaN;
        }
        return frame.py(y);
    }

    /** The data y shown at the bottom edge of the plot area. */
    double yMinData() {
        double v = frame.bounds().yMin();
        return logY ? Math.pow(10, v) : v;
    }

    /** The data y shown at the top edge of the plot area. */
    double yMaxData() {
        double v = frame.bounds().yMax();
        return logY ? Math.pow(10, v) : v;
    }

    // ---------------------------------------------------------------- shapes in data coordinates

    /**
     * A line through (xs[i], ys[i]); a non-finite point breaks it, parts outside the plot area are cut. Uses
     * {@code min(xs.length, ys.length)} points.
     */
    public SvgPlot polyline(double[] xs, double[] ys, String cssClass) {
        return polyline(xs, ys, cssClass, null);
    }

    /** {@link #polyline(double[], double[], String)} with an explicit stroke colour {@code #rrggbb} (or null). */
    public SvgPlot polyline(double[] xs, double[] ys, String cssClass, @Nullable String color) {
        int n = Math.min(xs.length, ys.length);
        double[] pxs = new double[n];
        double[] pys = new double[n];
        for (int i = 0; i < n; i++) {
            pxs[i] = px(xs[i]);
            pys[i] = py(ys[i]);
        }
        return pathPx(pxs, pys, n, cssClass, color);
    }

    /** A line segment between two data points, cut to the plot area. */
    public SvgPlot line(double x1, double y1, double x2, double y2, String cssClass) {
        return pathPx(new double[] {px(x1), px(x2)}, new double[] {py(y1), py(y2)}, 2, cssClass, null);
    }

    /** A circle of radius {@code rPx} pixels at a data point; nothing when the point is outside the plot area. */
    public SvgPlot circle(double x, double y, double rPx, String cssClass) {
        double cx = px(x);
        double cy = py(y);
        if (!nearPlot(cx, cy, rPx)) {
            return this;
        }
        body.append("<circle");
        attr("cx", cx);
        attr("cy", cy);
        attr("r", rPx);
        style(Kind.SHAPE, cssClass, null);
        clip();
        body.append("/>");
        return this;
    }

    /**
     * A filled circle of radius {@code rPx} in an explicit colour {@code #rrggbb} with a thin white rim (a series
     * marker, e.g. one point per run in a sweep); nothing when the point is outside the plot area.
     */
    public SvgPlot dot(double x, double y, double rPx, String cssClass, String color) {
        if (!Palette.isHexColor(color)) {
            throw new IllegalArgumentException("colour must look like #rrggbb, got " + color);
        }
        double cx = px(x);
        double cy = py(y);
        if (!nearPlot(cx, cy, rPx)) {
            return this;
        }
        body.append("<circle");
        attr("cx", cx);
        attr("cy", cy);
        attr("r", rPx);
        if (!cssClass.isEmpty()) {
            body.append(" class=\"");
            escape(cssClass, body);
            body.append('"');
        }
        body.append(" fill=\"").append(color).append("\" stroke=\"#ffffff\" stroke-width=\"1\"");
        clip();
        body.append("/>");
        return this;
    }

    /** A five-pointed star (outer radius {@code rPx}) at a data point, the marker for a minimum. */
    public SvgPlot star(double x, double y, double rPx, String cssClass) {
        double cx = px(x);
        double cy = py(y);
        if (!nearPlot(cx, cy, rPx)) {
            return this;
        }
        body.append("<path d=\"");
        for (int k = 0; k < 10; k++) {
            double r = k % 2 == 0 ? rPx : rPx * 0.45;
            double a = -Math.PI / 2 + k * Math.PI / 5;
            body.append(k == 0 ? 'M' : 'L');
            num(cx + r * Math.cos(a));
            body.append(' ');
            num(cy + r * Math.sin(a));
        }
        body.append("Z\"");
        style(Kind.SHAPE, cssClass, null);
        clip();
        body.append("/>");
        return this;
    }

    /** An × of half-size {@code rPx} at a data point (a marker for a local minimum or a rejected point). */
    public SvgPlot cross(double x, double y, double rPx, String cssClass) {
        double cx = px(x);
        double cy = py(y);
        if (!nearPlot(cx, cy, rPx)) {
            return this;
        }
        body.append("<path d=\"M");
        num(cx - rPx);
        body.append(' ');
        num(cy - rPx);
        body.append('L');
        num(cx + rPx);
        body.append(' ');
        num(cy + rPx);
        body.append('M');
        num(cx - rPx);
        body.append(' ');
        num(cy + rPx);
        body.append('L');
        num(cx + rPx);
        body.append(' ');
        num(cy - rPx);
        body.append('"');
        style(Kind.STROKE, cssClass, null);
        clip();
        body.append("/>");
        return this;
    }

    /** An arrow from data point (x, y) to (x + dx, y + dy). */
    public SvgPlot arrow(double x, double y, double dx, double dy, String cssClass) {
        return arrow(x, y, dx, dy, Double.POSITIVE_INFINITY, cssClass);
    }

    /**
     * An arrow from data point (x, y) in the direction of the data vector (dx, dy), as long as that vector is on screen
     * but at most {@code maxLengthPx} pixels (the direction is kept). Suits gradient arrows: pass −∇f and a cap such
     * as 60. Nothing is drawn for a vector shorter than half a pixel, a non-finite one, or a start outside the plot.
     */
    public SvgPlot arrow(double x, double y, double dx, double dy, double maxLengthPx, String cssClass) {
        double x0 = px(x);
        double y0 = py(y);
        if (!nearPlot(x0, y0, 0)) {
            return this;
        }
        Bounds b = frame.bounds();
        double sx = frame.plotWidth() / (b.xMax() - b.xMin());
        double sy = frame.plotHeight() / (b.yMax() - b.yMin()) / (logY ? y * Math.log(10) : 1);
        double m = Math.max(Math.abs(dx), Math.abs(dy));
        double vx = dx / m * sx;
        double vy = -dy / m * sy;
        double unit = Math.hypot(vx, vy);
        double len = unit * m;
        if (!(unit > 0) || !Double.isFinite(unit) || Double.isNaN(len) || len < MIN_STEP_PX) {
            return this;
        }
        double ux = vx / unit;
        double uy = vy / unit;
        double shown = Math.min(len, Math.min(maxLengthPx, 4 * MAX_PX));
        double[] seg = new double[4];
        double x1 = x0 + ux * shown;
        double y1 = y0 + uy * shown;
        if (!PixelClip.clip(x0, y0, x1, y1, frame.left() - CUT_PAD, frame.top() - CUT_PAD, frame.right() + CUT_PAD,
                frame.bottom() + CUT_PAD, seg)) {
            return this;
        }
        double head = Math.min(8, 0.4 * shown);
        body.append("<path d=\"M");
        num(seg[0]);
        body.append(' ');
        num(seg[1]);
        body.append('L');
        num(seg[2]);
        body.append(' ');
        num(seg[3]);
        if (seg[2] == x1 && seg[3] == y1) {
            double c = Math.cos(Math.toRadians(25));
            double s = Math.sin(Math.toRadians(25));
            body.append('M');
            num(x1 - head * (ux * c - uy * s));
            body.append(' ');
            num(y1 - head * (uy * c + ux * s));
            body.append('L');
            num(x1);
            body.append(' ');
            num(y1);
            body.append('L');
            num(x1 - head * (ux * c + uy * s));
            body.append(' ');
            num(y1 - head * (uy * c - ux * s));
        }
        body.append('"');
        style(Kind.STROKE, cssClass, null);
        clip();
        body.append("/>");
        return this;
    }

    /** Text whose baseline starts at a data point (not clipped). */
    public SvgPlot text(double x, double y, String content, String cssClass) {
        return textPx(px(x), py(y), content, Anchor.START, cssClass);
    }

    // ---------------------------------------------------------------- shapes in pixel coordinates

    /** Text at pixel (px, py), baseline at py, aligned by {@code anchor}; nothing for a non-finite position. */
    public SvgPlot textPx(double px, double py, String content, Anchor anchor, String cssClass) {
        return textPx(px, py, content, anchor, cssClass, null, 0);
    }

    private SvgPlot textPx(double px, double py, String content, Anchor anchor, String cssClass,
            @Nullable String color, double rotate) {
        if (!Double.isFinite(px) || !Double.isFinite(py)) {
            return this;
        }
        body.append("<text");
        attr("x", px);
        attr("y", py);
        if (anchor != Anchor.START) {
            body.append(" text-anchor=\"").append(anchor.svg).append('"');
        }
        if (rotate != 0) {
            body.append(" transform=\"rotate(");
            num(rotate);
            body.append(' ');
            num(px);
            body.append(' ');
            num(py);
            body.append(")\"");
        }
        style(Kind.TEXT, cssClass, color);
        body.append('>');
        escape(content, body);
        body.append("</text>");
        return this;
    }

    /** A text element without class or presentation attributes (it inherits them from its group). */
    private void bareText(double px, double py, String content, Anchor anchor) {
        body.append("<text");
        attr("x", px);
        attr("y", py);
        if (anchor != Anchor.START) {
            body.append(" text-anchor=\"").append(anchor.svg).append('"');
        }
        body.append('>');
        escape(content, body);
        body.append("</text>");
    }

    /** A straight line in pixel coordinates (not clipped), e.g. a legend swatch. */
    SvgPlot linePx(double x1, double y1, double x2, double y2, String cssClass, @Nullable String color) {
        if (!Double.isFinite(x1) || !Double.isFinite(y1) || !Double.isFinite(x2) || !Double.isFinite(y2)) {
            return this;
        }
        body.append("<path d=\"M");
        num(x1);
        body.append(' ');
        num(y1);
        body.append('L');
        num(x2);
        body.append(' ');
        num(y2);
        body.append('"');
        style(Kind.STROKE, cssClass, color);
        body.append("/>");
        return this;
    }

    /** A rectangle in pixel coordinates (not clipped), e.g. a legend box. */
    SvgPlot rectPx(double x, double y, double w, double h, String cssClass) {
        body.append("<rect");
        attr("x", x);
        attr("y", y);
        attr("width", w);
        attr("height", h);
        style(Kind.SHAPE, cssClass, null);
        body.append("/>");
        return this;
    }

    /** A polyline in pixel coordinates, broken at non-finite points and cut to the plot area. */
    SvgPlot pathPx(double[] pxs, double[] pys, int n, String cssClass, @Nullable String color) {
        int mark = body.length();
        body.append("<path d=\"");
        int start = body.length();
        PathWriter writer = new PathWriter();
        PixelClip.polyline(pxs, pys, n, frame.left() - CUT_PAD, frame.top() - CUT_PAD, frame.right() + CUT_PAD,
                frame.bottom() + CUT_PAD, writer);
        writer.flush();
        if (body.length() == start) {
            body.setLength(mark);
            return this;
        }
        body.append('"');
        style(Kind.STROKE, cssClass, color);
        clip();
        body.append("/>");
        return this;
    }

    // ---------------------------------------------------------------- axes

    /**
     * Axis lines on the left and bottom of the plot area, ticks with compact labels (1-2-5 steps; decades on a log
     * axis), light horizontal grid lines at the y ticks, and the axis labels. Call it before drawing data so the data
     * lies on top.
     */
    public SvgPlot axes(String xLabel, String yLabel) {
        return axes(xLabel, yLabel, false);
    }

    /**
     * {@link #axes(String, String)}, optionally for data whose x is already log10 of the quantity shown (e.g. a
     * learning-rate sweep drawn with x = log10 lr): x ticks then sit on whole decades and are labelled with the
     * quantity itself (1e-4, 0.001, …, 1).
     */
    public SvgPlot axes(String xLabel, String yLabel, boolean log10X) {
        Bounds b = frame.bounds();
        double left = frame.left();
        double bottom = frame.bottom();
        int xIntervals = (int) Math.clamp(frame.plotWidth() / 80, 2, 10);
        int yIntervals = (int) Math.clamp(frame.plotHeight() / 50, 2, 10);
        double[] xTicks = log10X ? decades(b.xMin(), b.xMax(), xIntervals + 1)
                : Ticks.linear(b.xMin(), b.xMax(), xIntervals);
        double xStep = xTicks.length > 1 ? xTicks[1] - xTicks[0] : Double.NaN;
        double[] yTicks;
        double yStep;
        if (logY) {
            yTicks = Ticks.log(yMinData(), yMaxData(), (int) Math.clamp(frame.plotHeight() / 28, 2, 12));
            yStep = Double.NaN;
        } else {
            yTicks = Ticks.linear(b.yMin(), b.yMax(), yIntervals);
            yStep = yTicks.length > 1 ? yTicks[1] - yTicks[0] : Double.NaN;
        }
        if (yTicks.length > 0) {
            body.append("<path d=\"");
            for (double t : yTicks) {
                body.append('M');
                num(left);
                body.append(' ');
                num(py(t));
                body.append('H');
                num(frame.right());
            }
            body.append('"');
            style(Kind.STROKE, "gdp-grid", null);
            body.append("/>");
        }
        body.append("<path d=\"M");
        num(left);
        body.append(' ');
        num(frame.top());
        body.append('V');
        num(bottom);
        body.append('H');
        num(frame.right());
        for (double t : xTicks) {
            body.append('M');
            num(px(t));
            body.append(' ');
            num(bottom);
            body.append("v5");
        }
        for (double t : yTicks) {
            body.append('M');
            num(left);
            body.append(' ');
            num(py(t));
            body.append("h-5");
        }
        body.append('"');
        style(Kind.STROKE, "gdp-axis", null);
        body.append("/>");
        // Tick labels share one group so the class and its default attributes are written once.
        body.append("<g");
        style(Kind.TEXT, "gdp-tick", null);
        body.append('>');
        for (double t : xTicks) {
            String label = log10X ? Ticks.format(Double.parseDouble("1e" + Math.round(t)), Double.NaN)
                    : Ticks.format(t, xStep);
            bareText(px(t), bottom + 17, label, Anchor.MIDDLE);
        }
        for (double t : yTicks) {
            bareText(left - 8, py(t) + 4, Ticks.format(t, yStep), Anchor.END);
        }
        body.append("</g>");
        if (!xLabel.isEmpty()) {
            textPx(left + frame.plotWidth() / 2, Math.min(height - 4.0, bottom + 34), xLabel, Anchor.MIDDLE,
                    "gdp-label");
        }
        if (!yLabel.isEmpty()) {
            textPx(14, frame.top() + frame.plotHeight() / 2, yLabel, Anchor.MIDDLE, "gdp-label", null, -90);
        }
        return this;
    }

    /** Whole numbers (decades of a log10 axis) within [min, max], every k-th so that at most {@code maxTicks} remain. */
    private static double[] decades(double min, double max, int maxTicks) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            return new double[0];
        }
        long e0 = (long) Math.ceil(min - 1e-9);
        long e1 = (long) Math.floor(max + 1e-9);
        if (e1 < e0 || e1 - e0 > 1000) {
            return new double[0];
        }
        long count = e1 - e0 + 1;
        long stride = (count + Math.max(1, maxTicks) - 1) / Math.max(1, maxTicks);
        double[] ticks = new double[(int) ((count - 1) / stride + 1)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = e0 + i * stride;
        }
        return ticks;
    }

    // ---------------------------------------------------------------- output

    /** The standalone SVG document element: {@code <svg xmlns=… viewBox="0 0 W H" width="W" height="H">…</svg>}. */
    public String toSvg() {
        StringBuilder out = new StringBuilder(body.length() + 300);
        out.append("<svg xmlns=\"").append(SVG_NS).append("\" class=\"gdp-svg\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\">");
        if (clipUsed) {
            out.append("<defs><clipPath id=\"").append(clipId).append("\"><rect x=\"");
            appendNum(out, frame.left()).append("\" y=\"");
            appendNum(out, frame.top()).append("\" width=\"");
            appendNum(out, frame.plotWidth()).append("\" height=\"");
            appendNum(out, frame.plotHeight()).append("\"/></clipPath></defs>");
        }
        out.append(body).append("</svg>");
        return out.toString();
    }

    @Override
    public String toString() {
        return toSvg();
    }

    // ---------------------------------------------------------------- helpers

    private enum Kind { STROKE, SHAPE, TEXT }

    private final class PathWriter implements PixelClip.Sink {
        private double lastX = Double.NaN;
        private double lastY = Double.NaN;
        private boolean pending;
        private double pendingX;
        private double pendingY;

        @Override
        public void moveTo(double x, double y) {
            flush();
            body.append('M');
            num(x);
            body.append(' ');
            num(y);
            lastX = x;
            lastY = y;
        }

        @Override
        public void lineTo(double x, double y) {
            if (Math.abs(x - lastX) < MIN_STEP_PX && Math.abs(y - lastY) < MIN_STEP_PX) {
                pending = true;
                pendingX = x;
                pendingY = y;
                return;
            }
            pending = false;
            emit(x, y);
        }

        private void emit(double x, double y) {
            body.append('L');
            num(x);
            body.append(' ');
            num(y);
            lastX = x;
            lastY = y;
        }

        private void flush() {
            if (pending) {
                pending = false;
                emit(pendingX, pendingY);
            }
        }
    }

    private boolean nearPlot(double x, double y, double pad) {
        return x >= frame.left() - pad && x <= frame.right() + pad && y >= frame.top() - pad
                && y <= frame.bottom() + pad;
    }

    private void clip() {
        clipUsed = true;
        body.append(" clip-path=\"url(#").append(clipId).append(")\"");
    }

    private void attr(String name, double v) {
        body.append(' ').append(name).append("=\"");
        num(v);
        body.append('"');
    }

    private void num(double v) {
        appendNum(body, v);
    }

    /** Appends v rounded to two decimals without trailing zeros ("12", "3.5", "-0.25"); clamps to ±1e7. */
    static StringBuilder appendNum(StringBuilder sb, double v) {
        double c = Double.isNaN(v) ? 0 : Math.clamp(v, -MAX_PX, MAX_PX);
        long r = Math.round(c * 100);
        if (r < 0) {
            sb.append('-');
            r = -r;
        }
        sb.append(r / 100);
        long f = r % 100;
        if (f != 0) {
            sb.append('.');
            if (f < 10) {
                sb.append('0').append(f);
            } else {
                sb.append(f % 10 == 0 ? f / 10 : f);
            }
        }
        return sb;
    }

    private void style(Kind kind, String cssClass, @Nullable String color) {
        if (!cssClass.isEmpty()) {
            body.append(" class=\"");
            escape(cssClass, body);
            body.append('"');
        }
        String first = cssClass.isEmpty() ? "" : cssClass.strip().split("\\s+", 2)[0];
        String defaults = switch (first) {
            case "gdp-traj" -> " fill=\"none\" stroke=\"#d55e00\" stroke-width=\"2\""
                    + " stroke-linejoin=\"round\" stroke-linecap=\"round\"";
            case "gdp-loss" -> " fill=\"none\" stroke=\"#0072b2\" stroke-width=\"2\""
                    + " stroke-linejoin=\"round\" stroke-linecap=\"round\"";
            case "gdp-grad" -> " fill=\"none\" stroke=\"#e7298a\" stroke-width=\"2\""
                    + " stroke-linejoin=\"round\" stroke-linecap=\"round\"";
            case "gdp-point" -> " fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.5\"";
            case "gdp-min" -> kind == Kind.STROKE ? " fill=\"none\" stroke=\"#ffffff\" stroke-width=\"2\""
                    : " fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1\"";
            case "gdp-axis" -> " fill=\"none\" stroke=\"#555555\" stroke-width=\"1\"";
            case "gdp-grid" -> " fill=\"none\" stroke=\"#e6e6e6\" stroke-width=\"1\"";
            case "gdp-tick" -> " fill=\"#444444\" font-size=\"11\" font-family=\"sans-serif\"";
            case "gdp-label" -> " fill=\"#222222\" font-size=\"12\" font-family=\"sans-serif\"";
            case "gdp-inf" -> " fill=\"#d55e00\" font-size=\"13\" font-weight=\"bold\" font-family=\"sans-serif\"";
            case "gdp-inf-line" -> " fill=\"none\" stroke=\"#d55e00\" stroke-width=\"1\" stroke-dasharray=\"3 3\"";
            case "gdp-legend" -> " fill=\"#ffffff\" fill-opacity=\"0.85\" stroke=\"#cccccc\" stroke-width=\"1\"";
            default -> switch (kind) {
                case STROKE -> " fill=\"none\" stroke=\"#000000\" stroke-width=\"1.5\"";
                case SHAPE -> " fill=\"#000000\"";
                case TEXT -> " fill=\"#000000\" font-size=\"11\" font-family=\"sans-serif\"";
            };
        };
        if (color != null) {
            if (!Palette.isHexColor(color)) {
                throw new IllegalArgumentException("colour must look like #rrggbb, got " + color);
            }
            String paint = kind == Kind.TEXT ? "fill" : "stroke";
            defaults = defaults.replaceFirst(" " + paint + "=\"[^\"]*\"", "");
            body.append(' ').append(paint).append("=\"").append(color).append('"');
        }
        body.append(defaults);
    }

    /**
     * XML-escapes {@code s} into {@code out} for text content and attribute values: &amp; &lt; &gt; &quot; &apos;;
     * characters XML 1.0 forbids (control characters, lone surrogates) become U+FFFD.
     */
    static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pair) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || c == 0xfffe || c == 0xffff) {
                        out.append('\ufffd');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** {@link #escape(String, StringBuilder)} to a new string. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        escape(s, sb);
        return sb.toString();
    }
}
