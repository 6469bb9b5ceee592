package org.gdplayground.ui.classroom;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gdplayground.classroom.Trajectories;

/**
 * What the class contour holds in the browser ({@code <gdp-plot>} keeps every point it was sent and joins them in
 * order), and the delta that makes it show the paths of a new snapshot, each exactly once. A path that only grew
 * (a run still playing, or finishing: its first points unchanged) is sent as its new points only; any other change
 * (a new run, a thinned path, a student gone) restarts the chart and sends every path whole. Appending a whole path
 * after the part already drawn would join the last point drawn to the start with a straight line that no student
 * took.
 */
final class ContourFeed {

    /**
     * @param restart drop every point drawn before appending
     * @param json    the {@code append} delta ({@code {"points":{…},"current":{…},"playing":false}}); empty when
     *                nothing changed
     */
    record Delta(boolean restart, String json) {
    }

    /** Per series id, the flat x0, y0, x1, y1, … the browser holds. */
    private final Map<String, double[]> drawn = new HashMap<>();

    /** The browser's chart was configured anew (it holds nothing). */
    void clear() {
        drawn.clear();
    }

    /**
     * The delta from what was sent to {@code paths} (series id → trajectory JSON {@code [[x,y],…]}; a path of fewer
     * than one point is left out), and from now on what the browser holds.
     */
    Delta next(Map<String, String> paths) {
        Map<String, double[]> parsed = new LinkedHashMap<>();
        paths.forEach((id, json) -> {
            double[] p = finitePrefix(Trajectories.parse(json));
            if (p.length >= 2) {
                parsed.put(id, p);
            }
        });
        boolean grows = parsed.keySet().containsAll(drawn.keySet());
        for (var e : parsed.entrySet()) {
            double[] old = drawn.get(e.getKey());
            if (old != null && !startsWith(e.getValue(), old)) {
                grows = false;
            }
        }
        boolean restart = !grows;
        StringBuilder points = new StringBuilder("{\"points\":{");
        StringBuilder current = new StringBuilder("\"current\":{");
        boolean any = false;
        for (var e : parsed.entrySet()) {
            double[] p = e.getValue();
            int from = restart ? 0 : drawn.getOrDefault(e.getKey(), new double[0]).length;
            if (from == p.length) {
                continue;
            }
            if (any) {
                points.append(',');
                current.append(',');
            }
            any = true;
            points.append('"').append(e.getKey()).append("\":[");
            for (int i = from; i < p.length; i += 2) {
                points.append(i == from ? "" : ",").append('[').append(num(p[i])).append(',').append(num(p[i + 1]))
                        .append(']');
            }
            points.append(']');
            current.append('"').append(e.getKey()).append("\":[").append(num(p[p.length - 2])).append(',')
                    .append(num(p[p.length - 1])).append(']');
        }
        drawn.clear();
        drawn.putAll(parsed);
        if (!any && !restart) {
            return new Delta(false, "");
        }
        return new Delta(restart, points.append("},").append(current).append("},\"playing\":false}").toString());
    }

    /** A finite value as JSON, exactly (whole numbers without ".0", as the stored paths write them). */
    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** The points up to the first that is not finite (JSON has no number for it). */
    private static double[] finitePrefix(double[] p) {
        for (int i = 0; i < p.length; i++) {
            if (!Double.isFinite(p[i])) {
                return java.util.Arrays.copyOf(p, i - i % 2);
            }
        }
        return p;
    }

    private static boolean startsWith(double[] path, double[] prefix) {
        if (prefix.length > path.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (Double.compare(path[i], prefix[i]) != 0) {
                return false;
            }
        }
        return true;
    }
}
