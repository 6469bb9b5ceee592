package org.gdplayground.ui.surface3d;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.HashMap;
import java.util.Map;

/**
 * The 3-D surface drawn in the browser by {@code frontend/gdp-surface3d.js} (the {@code <gdp-surface3d>} element,
 * a plain script loaded at run time: no Node build). Configured once per surface with the mesh; each frame sends
 * only the new path points. Rotating, zooming and the log-height switch happen in the browser alone.
 *
 * <p>Calls wait for the element's definition, so a frame that arrives before the script has loaded is applied after
 * it, in order.
 */
@Tag("gdp-surface3d")
public class Surface3d extends Component {

    /** The script defining {@code <gdp-surface3d>}, served from {@code frontend/}. */
    public static final String SCRIPT = "context://gdp/gdp-surface3d.js";

    private static final String CALL =
            "const e=this;customElements.whenDefined('gdp-surface3d').then(()=>e[$0]($1))";

    private final Map<String, String> last = new HashMap<>();
    private int calls;

    public Surface3d(String id) {
        setId(id);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
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

    private void call(String method, String json) {
        last.put(method, json);
        calls++;
        getElement().executeJs(CALL, method, json);
    }

    /** The argument of the last call of {@code method}, for tests. */
    public String last(String method) {
        return last.getOrDefault(method, "");
    }

    /** How many calls were sent to the browser, for tests. */
    public int calls() {
        return calls;
    }
}
