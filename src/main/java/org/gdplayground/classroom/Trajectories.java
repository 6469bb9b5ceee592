package org.gdplayground.classroom;

import java.util.List;
import java.util.Locale;
import org.gdplayground.engine.run.StepRecord;

/** A run's path in the plane thinned to a few hundred points, as compact JSON {@code [[x,y],...]}, and back. */
public final class Trajectories {

    /** Most points kept per run. */
    public static final int MAX_POINTS = 200;

    private Trajectories() {
    }

    /** The path of a 2-parameter run (first and latest point always kept); empty text for other dimensions. */
    public static String thin(List<StepRecord> records) {
        if (records.isEmpty() || records.getFirst().theta().length != 2) {
            return "";
        }
        int n = records.size();
        int keep = Math.min(n, MAX_POINTS);
        StringBuilder b = new StringBuilder(keep * 28).append('[');
        int last = -1;
        boolean first = true;
        for (int i = 0; i < keep; i++) {
            int index = keep == 1 ? n - 1 : (int) Math.round((double) i * (n - 1) / (keep - 1));
            if (index == last) {
                continue;
            }
            last = index;
            StepRecord r = records.get(index);
            double[] t = {r.theta(0), r.theta(1)};
            if (!Double.isFinite(t[0]) || !Double.isFinite(t[1])) {
                break;
            }
            if (!first) {
                b.append(',');
            }
            first = false;
            b.append('[').append(num(t[0])).append(',').append(num(t[1])).append(']');
        }
        return b.append(']').toString();
    }

    /** The points as flat pairs x0, y0, x1, y1, …; nothing for empty or malformed text. */
    public static double[] parse(String json) {
        String inner = json.replace("[", " ").replace("]", " ").trim();
        if (inner.isEmpty()) {
            return new double[0];
        }
        String[] parts = inner.split("\\s*,\\s*");
        if (parts.length % 2 != 0) {
            return new double[0];
        }
        double[] out = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                out[i] = Double.parseDouble(parts[i].trim());
            }
        } catch (NumberFormatException e) {
            return new double[0];
        }
        return out;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v).replaceFirst("\\.?0+(e|$)", "$1");
    }
}
