package org.gdplayground.ui.common;

import java.util.List;
import org.gdplayground.engine.function.DataView;
import org.gdplayground.engine.function.Objective;

/** Parameter names of an objective for axes, fields and tables: x, y for surfaces; w, b or W1…W3, b for data. */
public record Axes(List<String> names) {

    public static final int CONTOUR_WIDTH = 720;
    public static final int CONTOUR_HEIGHT = 560;

    public static Axes of(Objective o) {
        DataView rp = o.data().orElse(null);
        if (rp != null) {
            if (rp.features() == 1) {
                return new Axes(rp.intercept() ? List.of("w", "b") : List.of("w"));
            }
            List<String> n = new java.util.ArrayList<>();
            for (int i = 1; i <= rp.features(); i++) {
                n.add("W" + i);
            }
            if (rp.intercept()) {
                n.add("b");
            }
            return new Axes(n);
        }
        return new Axes(o.dimension() == 1 ? List.of("x") : List.of("x", "y"));
    }

    public String x() {
        return names.get(0);
    }

    public String y() {
        return names.size() > 1 ? names.get(1) : "f";
    }
}
