package org.gdplayground.ui.surface3d;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.List;
import java.util.function.Function;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.session.Frame;
import org.gdplayground.ui.common.ChartSpecs;
import org.jspecify.annotations.Nullable;

/**
 * The 3-D view as a second face of the contour card, shared by the playground and the compare page: a "3-D" switch
 * for the card's header and the {@code <gdp-surface3d>} element that takes the contour's place while it is on (the
 * contour stays the default). The page plugs it in with four calls: {@link #configure} where it configures its
 * contour, {@link #frame} where it appends a frame to it, {@link #mark} where it marks the step shown, and
 * {@link #localize} on a language change.
 *
 * <p>Nothing is sent while the switch is off: switching on sends the mesh (computed once per surface, see
 * {@link MeshCache}) and the recorded path so far, then each frame only its new points.
 */
public final class Surface3dCard {

    private final Component contour;
    private final Checkbox toggle = new Checkbox();
    final Surface3d view = new Surface3d("surface-3d");
    private @Nullable Objective objective;
    private List<ChartSpecs.Series> series = List.of();
    private Function<String, String> tr = k -> k;
    /** Whether the element holds the current surface (then frames are sent to it). */
    private boolean configured;
    private @Nullable Frame last;

    /** @param contour the chart the 3-D view alternates with (hidden while the 3-D view is on) */
    public Surface3dCard(Component contour) {
        this.contour = contour;
        toggle.setId("surface-3d-toggle");
        view.setVisible(false);
        view.getElement().setAttribute("role", "group");
        toggle.addValueChangeListener(e -> show(e.getValue()));
    }

    /** The "3-D" switch, for the contour card's header. */
    public Checkbox toggle() {
        return toggle;
    }

    /** The 3-D element, for the contour card (after the contour). */
    public Component view() {
        return view;
    }

    /** Whether the 3-D view is on. */
    public boolean active() {
        return toggle.getValue();
    }

    /** Turns the 3-D view on or off (as the switch does). */
    public void setActive(boolean on) {
        toggle.setValue(on);
    }

    /**
     * A new surface or new runs: call where the page configures its contour (any objective: the switch hides itself
     * unless there are two parameters).
     */
    public void configure(Objective o, List<ChartSpecs.Series> series, Function<String, String> tr) {
        Objective before = objective;
        Frame f = last;
        if (before == null || f == null || !before.id().equals(o.id()) || !before.formula().equals(o.formula())
                || f.runs().size() != series.size()) {
            // A frame of other runs: not drawn on this surface (the new playback's first frame restarts the path).
            last = null;
        }
        this.objective = o;
        this.series = List.copyOf(series);
        this.tr = tr;
        this.configured = false;
        toggle.setVisible(o.dimension() == 2);
        if (active() && o.dimension() == 2) {
            send();
        }
    }

    /**
     * The switch's texts in a new language (the view's own texts follow with the page's next {@link #configure},
     * which the pages call on a language change).
     */
    public void localize(Function<String, String> tr) {
        this.tr = tr;
        toggle.setLabel(tr.apply("surface3d.toggle"));
        toggle.setTooltipText(tr.apply("surface3d.toggle.tip"));
    }

    /** A frame from the engine (UI thread): its new points, when the view is showing this surface. */
    public void frame(Frame f) {
        last = f;
        Objective o = objective;
        if (!configured || o == null) {
            return;
        }
        if (f.restart()) {
            view.reset();
        }
        view.append(Surface3dSpecs.delta(f, o));
    }

    /** The step shown, one record per run, or null when following the newest step. */
    public void mark(@Nullable List<StepRecord> shown) {
        if (configured) {
            view.mark(Surface3dSpecs.mark(shown));
        }
    }

    private void show(boolean on) {
        contour.setVisible(!on);
        view.setVisible(on);
        Objective o = objective;
        if (on && !configured && o != null && o.dimension() == 2) {
            send();
        }
    }

    private void send() {
        Objective o = objective;
        if (o == null || o.dimension() != 2) {
            return;
        }
        SurfaceMesh mesh = MeshCache.SHARED.get(o);
        view.configure(Surface3dSpecs.configure(o, mesh, series, tr));
        configured = true;
        Frame f = last;
        if (f != null) {
            view.load(Surface3dSpecs.whole(f.runs().stream().map(Frame.RunView::records).toList()));
        }
    }
}
