package org.gdplayground.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The controls of the playground and compare pages that a link may hide or lock ({@code hide=opt&lock=lr}): each id
 * names one control as a learner sees it, which may be several fields (the start point is its fields, the
 * initialisation select and a click on the contour). The catalog lists them; docs/teaching.md#hide-and-lock-controls documents them.
 *
 * <p>A hidden control is not on the page; a locked one shows its value read-only. Either way its value is the link's
 * (or a class's) and the page cannot change it.
 */
public enum Control {
    /** The surface and, for a custom one, its expression. */
    FN("fn", true),
    /** The optimizer (on the compare page: every run's). */
    OPT("opt", true),
    /** The learning rate and its slider (compare: every run's). */
    LR("lr", true),
    /** The optimizer's other hyper-parameters and their reset button (compare: every run's). */
    HYPER("hyper", true),
    /** The start point: its fields, the initialisation, a click on the contour (compare: the runs' own starts too). */
    INIT("init", true),
    /** The number of steps. */
    STEPS("steps", true),
    /** Mini-batching: batch size, shuffle and seed (data problems). */
    BATCH("batch", true),
    /** The gradient mode and its finite-difference step h. */
    GRAD("grad", true),
    /** The learning-rate schedule, its parameters and the warm-up. */
    SCHEDULE("schedule", true),
    /** The stop rules: gradient and loss-change tolerances. */
    STOP("stop", true),
    /** The playback speed. */
    SPEED("speed", false),
    /** The gradient-arrows toggle (playground). */
    ARROWS("arrows", false),
    /** The log-scale loss axis toggle. */
    LOG("log", false),
    /** Compare: adding, removing and switching off runs, and the learning-rate sweep that makes runs. */
    RUNS("runs", true),
    /** Compare: the presets, which replace the whole comparison. */
    PRESET("preset", true);

    private final String id;
    private final boolean scenario;

    Control(String id, boolean scenario) {
        this.id = id;
        this.scenario = scenario;
    }

    /** The id used in links and the catalog. */
    public String id() {
        return id;
    }

    /** Whether the control sets part of the scenario (false: a view setting such as the speed). */
    public boolean scenario() {
        return scenario;
    }

    /** Every id, in order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Control::id).toList();
    }

    public static Optional<Control> of(String id) {
        for (Control c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The canonical text of a set of controls: ids in catalog order, comma-separated. */
    public static String join(Set<Control> controls) {
        List<String> ids = new ArrayList<>();
        for (Control c : values()) {
            if (controls.contains(c)) {
                ids.add(c.id);
            }
        }
        return String.join(",", ids);
    }

    /** An immutable, ordered copy. */
    static Set<Control> copy(Set<Control> controls) {
        EnumSet<Control> s = EnumSet.noneOf(Control.class);
        s.addAll(controls);
        return java.util.Collections.unmodifiableSet(s);
    }
}
