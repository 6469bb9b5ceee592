package org.gdplayground.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A chart drawn in the browser by {@code frontend/gdp-plot.js} (the {@code <gdp-plot>} element, loaded at run time,
 * no Node build): the server configures it once per scenario, then sends only what is new each frame (see
 * {@link ChartFeed}); the browser keeps the points and draws crisp SVG with real text at any width.
 *
 * <p>Calls wait for the element's definition, so a frame that arrives before the script has loaded is applied
 * after it, in order.
 */
@Tag("gdp-plot")
public class LiveChart extends ScriptedElement {

    /** The script defining {@code <gdp-plot>}, served from {@code frontend/}. */
    public static final String SCRIPT = "context://gdp/gdp-plot.js";

    private final List<BiConsumer<Double, Double>> pickListeners = new ArrayList<>();

    public LiveChart(String id) {
        super(id, SCRIPT);
        addClassName("gdp-live-chart");
        DomListenerRegistration reg = getElement().addEventListener("gdp-pick", e -> {
            double x = e.getEventData().get("event.detail.x").asDouble();
            double y = e.getEventData().get("event.detail.y").asDouble();
            pickListeners.forEach(l -> l.accept(x, y));
        });
        reg.addEventData("event.detail.x").addEventData("event.detail.y");
    }

    /** The background image last sent to the browser (its data URL), or "" (none, or the element was detached). */
    private String sentBackground = "";

    /**
     * Sets the axes, background, series and texts; drops every point drawn so far. A background image the element
     * already shows is not sent again ({@code "src":"same"}): a new learning rate or start on the same surface then
     * costs a few hundred bytes, not the raster's tens of kilobytes (instant exploration sends one per drag step).
     */
    public void configure(String specJson) {
        String bg = background(specJson);
        if (!bg.isEmpty() && bg.equals(sentBackground)) {
            call("configure", specJson, specJson.replace(bg, "same"));
        } else {
            sentBackground = bg;
            call("configure", specJson);
        }
    }

    /** The background's data URL in a spec ({@code "background":{"src":"data:…"}}), or "". */
    static String background(String specJson) {
        int i = specJson.indexOf("\"background\":{\"src\":\"");
        if (i < 0) {
            return "";
        }
        int from = i + "\"background\":{\"src\":\"".length();
        int to = specJson.indexOf('"', from);
        return to < 0 || !specJson.startsWith("data:", from) ? "" : specJson.substring(from, to);
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        sentBackground = ""; // a new element in the browser has no background yet
    }

    /** The configuration last sent (for tests). */
    public String configuration() {
        return last("configure");
    }

    /** Appends new points and moves the current markers. */
    public void append(String deltaJson) {
        call("append", deltaJson);
    }

    /**
     * Appends a frame's deltas to several charts in one browser call (a frame then adds one small invocation to the
     * push, not one per chart); {@code restart}: drop what they drew first.
     */
    public static void appendAll(Component host, boolean restart, List<LiveChart> charts, List<String> deltas) {
        StringBuilder js = new StringBuilder("customElements.whenDefined('gdp-plot').then(()=>{");
        Object[] args = new Object[charts.size() * 2];
        for (int i = 0; i < charts.size(); i++) {
            LiveChart c = charts.get(i);
            c.sent("append", deltas.get(i));
            args[2 * i] = c.getElement();
            args[2 * i + 1] = deltas.get(i);
            if (restart) {
                js.append('$').append(2 * i).append(".reset();");
            }
            js.append('$').append(2 * i).append(".append($").append(2 * i + 1).append(");");
        }
        host.getElement().executeJs(js.append("})").toString(), args);
    }

    /** Drops the points, keeps the configuration. */
    public void reset() {
        call("reset", "");
    }

    /** Marks the step being shown ({@code {}} removes the mark). */
    public void mark(String json) {
        call("mark", json);
    }

    /** Display options such as {@code {"yLog": true}}. */
    public void options(String json) {
        call("setOptions", json);
    }

    /**
     * Called with data coordinates when the plot area is clicked (contours: pick a start point) or, on the focused
     * chart, an arrow key moves the start ({@code data-pick}: the script takes the keys only then; see ContourCard).
     */
    public void addPickListener(BiConsumer<Double, Double> listener) {
        pickListeners.add(listener);
        getElement().setAttribute("data-pick", true).setAttribute("tabindex", "0").setAttribute("role", "application");
    }

    /** A click at data (x, y), as the browser reports it; also used by tests. */
    public void pick(double x, double y) {
        pickListeners.forEach(l -> l.accept(x, y));
    }
}
