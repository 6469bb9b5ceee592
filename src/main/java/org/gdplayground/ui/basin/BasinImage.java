package org.gdplayground.ui.basin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.gdplayground.engine.basin.BasinMap;
import org.gdplayground.engine.basin.BasinResult;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.ui.chart.JsonText;
import org.gdplayground.ui.common.Axes;
import org.gdplayground.ui.common.ChartSpecs;
import org.gdplayground.ui.common.Formats;

/**
 * A basin map as a {@code <gdp-plot>} contour configuration: the labels as a text-free raster (one flat colour per
 * label, each start a square of pixels so the borders stay sharp when the browser scales it), the axes as real text,
 * the known minima marked. Plain Java, built on a worker thread.
 */
final class BasinImage {

    /** Colours of minima 0, 1, …, cycled (Okabe–Ito, distinguishable with colour-blindness). */
    static final List<String> COLORS = List.of("#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00",
            "#F0E442", "#999933");
    static final String DIVERGED = "#3A3A3A";
    static final String NONE = "#DADADA";
    /** The raster is at least this many pixels a side. */
    static final int MIN_PIXELS = 600;

    private BasinImage() {
    }

    static String color(int label) {
        return switch (label) {
            case BasinMap.DIVERGED -> DIVERGED;
            case BasinMap.NONE -> NONE;
            default -> COLORS.get(label % COLORS.size());
        };
    }

    /** The labels as a PNG, row 0 at the top (the largest y), each start s × s pixels. */
    static byte[] png(BasinResult r) {
        int n = r.size();
        int s = Math.max(1, (MIN_PIXELS + n - 1) / n);
        BufferedImage img = new BufferedImage(n * s, n * s, BufferedImage.TYPE_INT_RGB);
        int[] line = new int[n * s];
        for (int j = 0; j < n; j++) {
            int[] labels = r.labels()[j];
            for (int i = 0; i < n; i++) {
                int rgb = Integer.parseInt(color(labels[i]).substring(1), 16);
                for (int d = 0; d < s; d++) {
                    line[i * s + d] = rgb;
                }
            }
            int top = (n - 1 - j) * s;
            for (int d = 0; d < s; d++) {
                img.setRGB(0, top + d, n * s, 1, line, 0, n * s);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chart configuration of {@code r} on {@code o}; {@code tr} translates a message key. */
    static String spec(Objective o, BasinResult r, Function<String, String> tr) {
        Bounds b = o.bounds();
        Axes a = Axes.of(o);
        byte[] png = png(r);
        int n = r.size();
        double hx = (b.xMax() - b.xMin()) / (n - 1) / 2;
        double hy = (b.yMax() - b.yMin()) / (n - 1) / 2;
        JsonText j = new JsonText(png.length * 4 / 3 + 2048).beginObject();
        j.key("kind").value("contour");
        axis(j, "x", b.xMin(), b.xMax(), a.x());
        axis(j, "y", b.yMin(), b.yMax(), a.y());
        j.key("equalAspect").value(ChartSpecs.equalAspect(b));
        // each start is the centre of its square: the raster reaches half a square beyond the box (clipped)
        j.key("background").beginObject()
                .key("src").value("data:image/png;base64," + Base64.getEncoder().encodeToString(png))
                .key("xMin").value(b.xMin() - hx).key("xMax").value(b.xMax() + hx)
                .key("yMin").value(b.yMin() - hy).key("yMax").value(b.yMax() + hy).endObject();
        j.key("minima").beginArray();
        List<Minimum> minima = r.minima();
        for (int i = 0; i < minima.size(); i++) {
            Minimum m = minima.get(i);
            double[] p = m.point();
            j.beginObject().key("x").value(p[0]).key("y").value(p[1])
                    .key("label").value((i + 1) + ": " + tr.apply(m.global() ? "chart.minimum.global"
                            : "chart.minimum.local") + " (" + Formats.num(p[0]) + ", " + Formats.num(p[1]) + ")")
                    .key("global").value(m.global()).endObject();
        }
        j.endArray();
        j.key("series").beginArray().endArray();
        j.key("legend").value(false);
        j.key("texts").beginObject().key("offset").value(tr.apply("chart.offset"))
                .key("start").value(tr.apply("chart.start")).endObject();
        return j.endObject().toString();
    }

    private static void axis(JsonText j, String name, double min, double max, String label) {
        j.key(name).beginObject().key("min").value(min).key("max").value(max).key("label").value(label)
                .key("integer").value(false).key("log").value(false).endObject();
    }
}
