package org.gdplayground.ui.common;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.ui.chart.ContourCache;
import org.gdplayground.ui.chart.ContourImage;
import org.gdplayground.ui.chart.ContourRenderer;
import org.gdplayground.ui.chart.JsonText;

/**
 * The configurations of the browser-drawn charts ({@link LiveChart}), built once per scenario: axes with labels in
 * the page's language, the contour raster (no baked-in text) with its colour bar, the known minima and the series.
 * Plain Java, no Vaadin: the playground (one series) and compare (one per run) both use it.
 */
public final class ChartSpecs {

    /** Width of the contour raster in pixels; the height follows the box when x and y share one scale. */
    static final int RASTER_WIDTH = 800;
    /** Boxes more elongated than this are drawn with separate x and y scales. */
    static final double MAX_EQUAL_ASPECT = 3;

    /** Recently built specs by content, access-ordered; a few dozen surfaces and languages at most are in use. */
    private static final Map<String, String> SHARED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 64;
        }
    };

    private ChartSpecs() {
    }

    /** One line on a chart: its id (the run's index), legend label and colour. */
    public record Series(String id, String label, String color) {
    }

    /** Whether the box is drawn with one scale for x and y (the surface's natural shape). */
    public static boolean equalAspect(Bounds b) {
        double ratio = (b.yMax() - b.yMin()) / (b.xMax() - b.xMin());
        return ratio >= 1 / MAX_EQUAL_ASPECT && ratio <= MAX_EQUAL_ASPECT;
    }

    /** The text-free heat raster of a 2-parameter objective's box, from the shared cache. */
    public static ContourImage raster(ContourCache cache, Objective o) {
        Bounds b = o.bounds();
        int height = equalAspect(b)
                ? (int) Math.round(RASTER_WIDTH * (b.yMax() - b.yMin()) / (b.xMax() - b.xMin()))
                : RASTER_WIDTH * 7 / 10;
        height = Math.clamp(height, ContourRenderer.MIN_SIDE, 1200);
        return cache.raster(o, b, RASTER_WIDTH, height);
    }

    /**
     * The contour chart of {@code o}: its raster, colour bar (band edges in loss units), minima and series.
     *
     * @param tr translates a message key
     */
    public static String contour(Objective o, ContourImage raster, List<Series> series, Function<String, String> tr) {
        Bounds b = o.bounds();
        Axes a = Axes.of(o);
        JsonText j = new JsonText(raster.pngSize() * 4 / 3 + 2048).beginObject();
        j.key("kind").value("contour");
        axis(j, "x", b.xMin(), b.xMax(), a.x(), false);
        axis(j, "y", b.yMin(), b.yMax(), a.y(), false);
        j.key("equalAspect").value(equalAspect(b));
        j.key("background").beginObject()
                .key("src").value("data:image/png;base64," + Base64.getEncoder().encodeToString(raster.png()))
                .key("xMin").value(b.xMin()).key("xMax").value(b.xMax())
                .key("yMin").value(b.yMin()).key("yMax").value(b.yMax()).endObject();
        double[] edges = ContourRenderer.bandEdges(raster.minValue(), raster.maxValue());
        if (edges.length > 0) {
            j.key("colorBar").beginObject().key("min").value(edges[0]).key("max").value(edges[edges.length - 1])
                    .key("log").value(true).key("stops").strings(ContourRenderer.bandColors())
                    .key("edges").numbers(edges).key("label").value(tr.apply("table.loss")).endObject();
        }
        j.key("minima").beginArray();
        for (Minimum m : o.minima()) {
            double[] p = m.point();
            j.beginObject().key("x").value(p[0]).key("y").value(p.length > 1 ? p[1] : 0)
                    .key("label").value(tr.apply(m.global() ? "chart.minimum.global" : "chart.minimum.local")
                            + " f = " + Formats.num(m.value()))
                    .key("global").value(m.global()).endObject();
        }
        j.endArray();
        series(j, series);
        texts(j, tr);
        return canonical(j.endObject().toString());
    }

    /**
     * The one instance of an equal spec that pages already hold. A contour spec carries its raster (≈ 40 KB as a data
     * URL) and every page keeps its spec in its state tree: a class of 60 on one surface then holds it once, not 60
     * times.
     */
    static String canonical(String spec) {
        synchronized (SHARED) {
            String known = SHARED.putIfAbsent(spec, spec);
            return known != null ? known : spec;
        }
    }

    /** The loss chart: k from 0 (whole-number ticks), loss linear or log, one line per series. */
    public static String loss(List<Series> series, boolean log, Function<String, String> tr) {
        JsonText j = new JsonText().beginObject();
        j.key("kind").value("line");
        j.key("x").beginObject().key("min").value(0).key("max").value(10).key("label").value("k")
                .key("integer").value(true).key("log").value(false).endObject();
        j.key("y").beginObject().key("label").value(tr.apply("table.loss")).key("log").value(log)
                .key("fromZero").value(false).endObject();
        series(j, series);
        texts(j, tr);
        return j.endObject().toString();
    }

    private static void axis(JsonText j, String name, double min, double max, String label, boolean integer) {
        j.key(name).beginObject().key("min").value(min).key("max").value(max).key("label").value(label)
                .key("integer").value(integer).key("log").value(false).endObject();
    }

    private static void series(JsonText j, List<Series> series) {
        j.key("series").beginArray();
        for (Series s : series) {
            j.beginObject().key("id").value(s.id()).key("label").value(s.label()).key("color").value(s.color())
                    .endObject();
        }
        j.endArray();
        j.key("legend").value(series.size() > 1);
        j.key("dots").value(true);
    }

    private static void texts(JsonText j, Function<String, String> tr) {
        j.key("texts").beginObject().key("offset").value(tr.apply("chart.offset"))
                .key("start").value(tr.apply("chart.start")).endObject();
    }
}
