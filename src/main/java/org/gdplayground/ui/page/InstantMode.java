package org.gdplayground.ui.page;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.ui.common.StatusText;

/**
 * Instant exploration ({@code instant=1}, the {@code #instant} toggle): every change of the learning rate, a
 * hyper-parameter or the start computes the whole run at once and shows it finished, in one frame that replaces the
 * picture (path, loss curve, table, status and diagnosis all from that one run, as after Play), without Play.
 *
 * <p>What the eye can follow, not more: while the learner drags the learning-rate slider or the start on the contour
 * the browser sends the value at most every {@link #DRAG_MILLIS} ms (the newest one; the last is always sent), and a
 * run still being computed when a newer one arrives is dropped (its page playback is closed, so its frame never goes
 * out). A drag is one history entry: changes less than {@link #BURST_NANOS} apart replace the address instead of
 * pushing a new one. A run longer than {@code playground.limits.instant-max-steps} is computed up to that step only,
 * and {@code #instant-note} says so; Play goes on from there. Play on a finished run replays it from k = 0 as an
 * animation; Reset goes back to k = 0 as always; the next change shows the whole run again.
 *
 * <p>Plain state and components; touched only on the UI thread.
 */
public final class InstantMode {

    /** The browser sends a dragged value at most this often (≤ 20 recomputes a second). */
    public static final int DRAG_MILLIS = 50;
    /** Changes closer together than this belong to one drag (one history entry). */
    static final long BURST_NANOS = 1_000_000_000L;

    private final Checkbox toggle = new Checkbox();
    private final Span note = new Span();
    private final Div box = new Div(toggle, note);
    private final int maxSteps;
    private final LongSupplier nanos;
    private final List<HasValueChangeMode> streamed = new ArrayList<>();
    private final List<Component> draggable = new ArrayList<>();
    private boolean on;
    private long lastChange = Long.MIN_VALUE;
    private String noteKey = "";
    private Object[] noteArgs = new Object[0];

    /**
     * @param maxSteps the most steps computed at once ({@code playground.limits.instant-max-steps})
     * @param nanos    the clock (for one drag's history entry)
     */
    public InstantMode(int maxSteps, LongSupplier nanos) {
        this.maxSteps = Math.max(1, maxSteps);
        this.nanos = nanos;
        toggle.setId("instant");
        note.setId("instant-note");
        note.addClassName("gdp-hint");
        note.setVisible(false);
        box.setId("instant-box");
        box.addClassName("gdp-instant");
    }

    /** The toggle and its note, for the page's controls. */
    public Div component() {
        return box;
    }

    public Checkbox toggle() {
        return toggle;
    }

    /** Whether a change shows the whole run at once. */
    public boolean on() {
        return on;
    }

    /**
     * Turns instant mode on or off (a link, the toggle): the toggle shows it, the streamed fields send while dragged
     * and the contours take drags.
     */
    public void set(boolean value) {
        on = value;
        if (toggle.getValue() != value) {
            toggle.setValue(value);
        }
        streamed.forEach(this::mode);
        draggable.forEach(this::drag);
        if (!value) {
            note.setVisible(false);
        }
    }

    /** A field that sends its value while dragged in instant mode (the learning-rate slider). */
    public <F extends HasValueChangeMode> F streams(F field) {
        streamed.add(field);
        mode(field);
        return field;
    }

    /** A chart whose start point can be dragged in instant mode ({@code data-drag}, see gdp-plot.js). */
    public InstantMode drags(Component chart) {
        draggable.add(chart);
        drag(chart);
        return this;
    }

    private void mode(HasValueChangeMode field) {
        field.setValueChangeMode(on ? ValueChangeMode.TIMEOUT : ValueChangeMode.ON_CHANGE);
        if (on) {
            field.setValueChangeTimeout(DRAG_MILLIS);
        }
    }

    private void drag(Component chart) {
        chart.getElement().setAttribute("data-drag", on ? "true" : "false");
    }

    /** The step a new run of {@code s} opens at: its end (at most the cap) in instant mode, else k = 0. */
    public int openAt(ScenarioSpec s) {
        return on ? (int) Math.min(s.steps(), maxSteps) : 0;
    }

    /** Whether instant mode shows {@code s} only up to the cap. */
    public boolean capped(ScenarioSpec s) {
        return on && s.steps() > maxSteps;
    }

    /**
     * A run of {@code s} starts: the note says when it is shown only up to the cap. Returns whether a deliberate change
     * gets a new history entry (not while one drag goes on).
     */
    public boolean started(ScenarioSpec s, boolean deliberate, StatusText.Translator t) {
        if (capped(s)) {
            noteKey = "instant.capped";
            noteArgs = new Object[] {Integer.toString(maxSteps), Integer.toString(s.steps())};
            note.setVisible(true);
        } else {
            noteKey = "";
            note.setVisible(false);
        }
        localize(t);
        if (!on || !deliberate) {
            return deliberate;
        }
        long now = nanos.getAsLong();
        boolean push = lastChange == Long.MIN_VALUE || now - lastChange > BURST_NANOS;
        lastChange = now;
        return push;
    }

    /** The toggle's label and tip, and the note, in the page's language. */
    public void localize(StatusText.Translator t) {
        toggle.setLabel(t.tr("instant.toggle"));
        toggle.setTooltipText(t.tr("instant.toggle.tip"));
        note.setText(noteKey.isEmpty() ? "" : t.tr(noteKey, noteArgs));
    }

    /** The note shown (for tests): empty when the whole run is shown. */
    public String noteText() {
        return note.isVisible() ? note.getText() : "";
    }

    public int maxSteps() {
        return maxSteps;
    }
}
