/**
 * Chart rendering toolkit for the playground and compare pages: plain Java, JFreeChart and {@code java.awt}, no Vaadin.
 *
 * <p>Split by cost. The contour background of an objective over a viewport is expensive (one objective evaluation per
 * pixel) and the same for every user, so {@link org.gdplayground.ui.chart.ContourRenderer} renders it once to a PNG and
 * {@link org.gdplayground.ui.chart.ContourCache} keeps it. Everything that changes per frame (trajectory, current
 * point, gradient arrow, loss curve) is small SVG markup from {@link org.gdplayground.ui.chart.SvgPlot} and
 * {@link org.gdplayground.ui.chart.LossChartSvg} that the page swaps in over the cached image, positioned with the
 * image's {@link org.gdplayground.ui.chart.PlotFrame}. Downloads come from
 * {@link org.gdplayground.ui.chart.ChartExports}.
 *
 * <p>All AWT work runs headless.
 */
@NullMarked
package org.gdplayground.ui.chart;

import org.jspecify.annotations.NullMarked;
