package org.gdplayground.ui.chart;

import org.gdplayground.engine.function.Bounds;

/**
 * Where the plot area of a rendered image lies and which data it shows: maps data coordinates to pixels and back.
 *
 * <p>The image is {@code width × height} pixels; the plot (data) area starts at ({@code left}, {@code top}) and is
 * {@code plotWidth × plotHeight} pixels, showing {@code bounds}. Pixel coordinates are continuous: pixel column
 * {@code i} covers [i, i + 1). Data y grows upward, pixel y downward: {@code py(bounds.yMax()) == top}.
 *
 * @param bounds data shown by the plot area
 * @param width image width in pixels
 * @param height image height in pixels
 * @param left x of the plot area's left edge, pixels
 * @param top y of the plot area's top edge, pixels
 * @param plotWidth plot area width, pixels
 * @param plotHeight plot area height, pixels
 */
public record PlotFrame(Bounds bounds, int width, int height, double left, double top, double plotWidth,
        double plotHeight) {

    public PlotFrame {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "×" + height);
        }
        if (!Double.isFinite(left) || !Double.isFinite(top) || !(plotWidth > 0) || !(plotHeight > 0)
                || !Double.isFinite(plotWidth) || !Double.isFinite(plotHeight)) {
            throw new IllegalArgumentException("plot area must be finite with positive size, got left=" + left
                    + " top=" + top + " " + plotWidth + "×" + plotHeight);
        }
    }

    /** A frame whose plot area is the image minus the given margins (pixels). */
    public static PlotFrame withMargins(Bounds bounds, int width, int height, double marginLeft, double marginTop,
            double marginRight, double marginBottom) {
        return new PlotFrame(bounds, width, height, marginLeft, marginTop, width - marginLeft - marginRight,
                height - marginTop - marginBottom);
    }

    /** Pixel x of data x. */
    public double px(double x) {
        return left + (x - bounds.xMin()) * (plotWidth / (bounds.xMax() - bounds.xMin()));
    }

    /** Pixel y of data y (larger data y → smaller pixel y). */
    public double py(double y) {
        return top + (bounds.yMax() - y) * (plotHeight / (bounds.yMax() - bounds.yMin()));
    }

    /** Data x at pixel x. */
    public double dataX(double px) {
        return bounds.xMin() + (px - left) * ((bounds.xMax() - bounds.xMin()) / plotWidth);
    }

    /** Data y at pixel y. */
    public double dataY(double py) {
        return bounds.yMax() - (py - top) * ((bounds.yMax() - bounds.yMin()) / plotHeight);
    }

    /** Whether the pixel position lies in the plot area, edges included; false for NaN. */
    public boolean insidePlot(double px, double py) {
        return px >= left && px <= left + plotWidth && py >= top && py <= top + plotHeight;
    }

    /** x of the plot area's right edge, pixels. */
    public double right() {
        return left + plotWidth;
    }

    /** y of the plot area's bottom edge, pixels. */
    public double bottom() {
        return top + plotHeight;
    }
}
