package org.gdplayground.ui.surface3d;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.function.Function;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.session.Frame;
import org.gdplayground.ui.chart.ContourRenderer;
import org.gdplayground.ui.chart.JsonText;
import org.gdplayground.ui.common.Axes;
import org.gdplayground.ui.common.ChartSpecs;
import org.gdplayground.ui.common.Formats;
import org.jspecify.annotations.Nullable;

/**
 * What {@code <gdp-surface3d>} receives, as JSON text: the configuration (mesh, colour map, minima, series, texts),
 * sent once per surface, and the deltas (new path points with their loss, the current points), sent per frame.
 * Plain Java, no Vaadin. Path points are flat triples (x, y, f): f is the loss the engine recorded there, the browser
 * turns it into a height (linear or log) and breaks the line where it is not a number or leaves the box.
 */
public final class Surface3dSpecs {

    private static final MathContext DIGITS = new MathContext(6);

    private Surface3dSpecs() {
    }

    /** The configuration of the 3-D view of {@code o} (texts in the page's language through {@code tr}). */
    public static String configure(Objective o, SurfaceMesh mesh, List<ChartSpecs.Series> series,
            Function<String, String> tr) {
        Bounds b = mesh.box();
        Axes a = Axes.of(o);
        JsonText j = new JsonText(mesh.n() * mesh.n() * 10 + 4096).beginObject();
        j.key("box").beginObject().key("xMin").value(b.xMin()).key("xMax").value(b.xMax())
                .key("yMin").value(b.yMin()).key("yMax").value(b.yMax()).endObject();
        j.key("equalAspect").value(ChartSpecs.equalAspect(b));
        j.key("n").value(mesh.n());
        j.key("floor").value(mesh.floor()).key("top").value(mesh.top()).key("max").value(mesh.max());
        j.key("nonFinite").value(mesh.nonFinite()).key("clipped").value(mesh.clipped());
        j.key("log").value(mesh.logSuggested());
        // The contour's colour map: the same bands (log-spaced edges in loss units) and colours.
        j.key("colors").beginObject().key("stops").strings(ContourRenderer.bandColors())
                .key("edges").numbers(ContourRenderer.bandEdges(mesh.floor(), mesh.top())).endObject();
        j.key("minima").beginArray();
        for (Minimum m : o.minima()) {
            double[] p = m.point();
            if (p.length < 2) {
                continue;
            }
            j.beginObject().key("x").value(p[0]).key("y").value(p[1]).key("f").value(m.value())
                    .key("global").value(m.global())
                    .key("label").value(tr.apply(m.global() ? "chart.minimum.global" : "chart.minimum.local")
                            + " f = " + Formats.num(m.value()))
                    .endObject();
        }
        j.endArray();
        j.key("series").beginArray();
        for (ChartSpecs.Series s : series) {
            j.beginObject().key("id").value(s.id()).key("label").value(s.label()).key("color").value(s.color())
                    .endObject();
        }
        j.endArray();
        j.key("texts").beginObject()
                .key("x").value(a.x()).key("y").value(a.y()).key("z").value(tr.apply("table.loss"))
                .key("zLog").value(tr.apply("surface3d.axis.log"))
                .key("label").value(tr.apply("surface3d.alt").replace("{0}", o.formula()))
                .key("log").value(tr.apply("surface3d.log"))
                .key("logTip").value(tr.apply("surface3d.log.tip"))
                .key("left").value(tr.apply("surface3d.rotate.left"))
                .key("right").value(tr.apply("surface3d.rotate.right"))
                .key("up").value(tr.apply("surface3d.tilt.up"))
                .key("down").value(tr.apply("surface3d.tilt.down"))
                .key("zoomIn").value(tr.apply("surface3d.zoom.in"))
                .key("zoomOut").value(tr.apply("surface3d.zoom.out"))
                .key("home").value(tr.apply("surface3d.view.reset"))
                .key("hint").value(tr.apply("surface3d.hint"))
                .key("clipped").value(mesh.clipped() > 0
                        ? tr.apply("surface3d.clipped").replace("{0}", Formats.num(mesh.top())) : "")
                .key("holes").value(mesh.nonFinite() > 0 ? tr.apply("surface3d.holes") : "")
                .key("outside").value(tr.apply("surface3d.outside"))
                .endObject();
        // The mesh values go first, written directly (rounded, NaN as null).
        String rest = j.endObject().toString();
        return "{\"values\":" + values(mesh) + "," + rest.substring(1);
    }

    /**
     * A frame's delta: each run's path points traced since the previous frame as (x, y, f) with f = the objective
     * there (the loss the engine recorded: the same deterministic value), and every run's current point.
     */
    public static String delta(Frame f, Objective o) {
        JsonText j = new JsonText(256).beginObject();
        j.key("points").beginObject();
        double[] theta = new double[2];
        for (int i = 0; i < f.runs().size(); i++) {
            double[] p = f.runs().get(i).delta().path();
            if (p.length < 2) {
                continue;
            }
            double[] xyz = new double[p.length / 2 * 3];
            for (int k = 0, m = 0; k + 1 < p.length; k += 2, m += 3) {
                theta[0] = p[k];
                theta[1] = p[k + 1];
                xyz[m] = p[k];
                xyz[m + 1] = p[k + 1];
                xyz[m + 2] = Double.isFinite(p[k]) && Double.isFinite(p[k + 1]) ? o.value(theta) : Double.NaN;
            }
            j.key(Integer.toString(i)).numbers(xyz);
        }
        j.endObject();
        current(j, f.runs().stream().map(Frame.RunView::latest).toList());
        j.key("playing").value(f.playing());
        return j.endObject().toString();
    }

    /**
     * The whole path of every run from its recorded steps (when the view is opened during or after a run), and the
     * current points.
     */
    public static String whole(List<List<StepRecord>> runs) {
        JsonText j = new JsonText(1024).beginObject();
        j.key("points").beginObject();
        for (int i = 0; i < runs.size(); i++) {
            List<StepRecord> rs = runs.get(i);
            double[] xyz = new double[rs.size() * 3];
            for (int k = 0; k < rs.size(); k++) {
                StepRecord r = rs.get(k);
                xyz[3 * k] = r.theta(0);
                xyz[3 * k + 1] = r.theta(1);
                xyz[3 * k + 2] = r.loss();
            }
            j.key(Integer.toString(i)).numbers(xyz);
        }
        j.endObject();
        current(j, runs.stream().filter(rs -> !rs.isEmpty()).map(List::getLast).toList());
        return j.endObject().toString();
    }

    /** The "shown step" marks, one per run, or {@code {}} when following the newest step. */
    public static String mark(@Nullable List<StepRecord> shown) {
        JsonText j = new JsonText(96).beginObject();
        if (shown != null) {
            for (int i = 0; i < shown.size(); i++) {
                StepRecord r = shown.get(i);
                j.key(Integer.toString(i)).numbers(r.theta(0), r.theta(1), r.loss());
            }
        }
        return j.endObject().toString();
    }

    private static void current(JsonText j, List<StepRecord> latest) {
        j.key("current").beginObject();
        for (int i = 0; i < latest.size(); i++) {
            StepRecord r = latest.get(i);
            j.key(Integer.toString(i)).numbers(r.theta(0), r.theta(1), r.loss());
        }
        j.endObject();
    }

    /** The mesh values rounded to 6 significant digits (plenty for a picture; a third of the text), NaN as null. */
    static String values(SurfaceMesh mesh) {
        double[] v = mesh.values();
        StringBuilder sb = new StringBuilder(v.length * 9).append('[');
        for (int k = 0; k < v.length; k++) {
            if (k > 0) {
                sb.append(',');
            }
            double x = v[k];
            if (!Double.isFinite(x)) {
                sb.append("null");
            } else if (x == 0) {
                sb.append('0');
            } else {
                sb.append(new BigDecimal(x).round(DIGITS).stripTrailingZeros().toString());
            }
        }
        return sb.append(']').toString();
    }
}
