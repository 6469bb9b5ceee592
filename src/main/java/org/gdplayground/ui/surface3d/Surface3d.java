package org.gdplayground.ui.surface3d;

import com.vaadin.flow.component.Tag;
import org.gdplayground.ui.common.ScriptedElement;

/**
 * The 3-D surface drawn in the browser by {@code frontend/gdp-surface3d.js} (the {@code <gdp-surface3d>} element,
 * a plain script loaded at run time: no Node build). Configured once per surface with the mesh; each frame sends
 * only the new path points. Rotating, zooming and the log-height switch happen in the browser alone.
 *
 * <p>Calls wait for the element's definition, so a frame that arrives before the script has loaded is applied after
 * it, in order.
 */
@Tag("gdp-surface3d")
public class Surface3d extends ScriptedElement {

    /** The script defining {@code <gdp-surface3d>}, served from {@code frontend/}. */
    public static final String SCRIPT = "context://gdp/gdp-surface3d.js";

    public Surface3d(String id) {
        super(id, SCRIPT);
    }

    /** Sets the mesh, colours, minima, series and texts; drops every path point drawn so far. */
    public void configure(String json) {
        call("configure", json);
    }

    /** Appends new path points (x, y, f triples per series) and moves the current points. */
    public void append(String json) {
        call("append", json);
    }

    /** Replaces every path with the given one (opening the view during or after a run). */
    public void load(String json) {
        call("load", json);
    }

    /** Drops the path points, keeps the surface. */
    public void reset() {
        call("reset", "");
    }

    /** Marks the step being shown ({@code {}} removes the mark). */
    public void mark(String json) {
        call("mark", json);
    }
}
