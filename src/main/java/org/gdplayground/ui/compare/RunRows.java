package org.gdplayground.ui.compare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.scenario.Control;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.system.Messages;
import org.gdplayground.ui.common.ControlSlots;
import org.gdplayground.ui.common.SharedForm;

/**
 * The comparison's runs as rows of fields ({@code #runs}): numbered 1, 2, … in order, each keeping its colour for its
 * life; at most {@code max} rows and never fewer than one.
 */
final class RunRows extends Div {

    /** A link parameter of run N, e.g. {@code lr.2}. */
    static final Pattern INDEXED = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\.(\\d{1,3})");

    final List<RunRow> rows = new ArrayList<>();
    private final int max;
    private final RunRow.Listener listener;
    private final Supplier<List<String>> sharedStart;

    RunRows(int max, java.util.function.Consumer<com.vaadin.flow.component.Component> changed,
            java.util.function.Consumer<RunRow> remove, Supplier<List<String>> sharedStart) {
        this.max = max;
        this.listener = new RunRow.Listener() {
            @Override
            public void changed(RunRow row, com.vaadin.flow.component.Component source, boolean structural) {
                changed.accept(source);
            }

            @Override
            public void remove(RunRow row) {
                remove.accept(row);
            }
        };
        this.sharedStart = sharedStart;
        setId("runs");
        addClassName("gdp-runs");
    }

    /** One enabled row per run of a valid spec (no change events: call while the page populates). */
    void load(List<RunSpec> runs, List<String> names) {
        rows.clear();
        removeAll();
        for (int i = 0; i < runs.size(); i++) {
            append(i).load(runs.get(i), names);
        }
    }

    private RunRow append(int colorSlot) {
        RunRow row = new RunRow(colorSlot, listener, sharedStart);
        rows.add(row);
        add(row);
        return row;
    }

    /** Numbers the rows 1, 2, … and enables Add run and each Remove as the row count allows. */
    void renumber(Button addRun) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).renumber(i + 1);
            rows.get(i).localize();
        }
        addRun.setEnabled(rows.size() < max);
        rows.forEach(r -> r.remove.setEnabled(rows.size() > 1));
    }

    boolean full() {
        return rows.size() >= max;
    }

    /**
     * Adds a run: the next optimizer of the family not on the page yet, at {@code lr}, with its defaults, in the
     * first free colour (call while the page populates).
     */
    void addNext(double lastLr, boolean known, List<String> names) {
        List<String> used = rows.stream().map(r -> r.opt.getValue()).toList();
        String key = Optimizers.keys().stream().filter(k -> !used.contains(k)).findFirst().orElse("sgd");
        double lr = known ? lastLr : Optimizers.specs(key).get(0).def();
        Map<String, Double> defaults = new LinkedHashMap<>();
        Optimizers.specs(key).stream().filter(p -> !p.name().equals("lr")).forEach(p -> defaults.put(p.name(),
                p.def()));
        int slot = 0;
        while (slot < max - 1 && taken(slot)) {
            slot++;
        }
        append(slot).load(new RunSpec(key, lr, defaults, null), names);
    }

    private boolean taken(int slot) {
        return rows.stream().anyMatch(r -> r.colorSlot() == slot);
    }

    /** Removes a row unless it is the last one; whether it did. */
    boolean drop(RunRow row) {
        if (rows.size() <= 1) {
            return false;
        }
        rows.remove(row);
        remove(row);
        return true;
    }

    List<RunRow> enabled() {
        return rows.stream().filter(RunRow::included).toList();
    }

    /** The shared fields, then each of {@code enabled} as block 1, 2, … */
    static Map<String, String> query(SharedForm form, List<RunRow> enabled) {
        Map<String, String> q = new LinkedHashMap<>();
        form.putQuery(q);
        for (int i = 0; i < enabled.size(); i++) {
            enabled.get(i).putQuery(q, i + 1);
        }
        return q;
    }

    /** Marks each error on its field (run errors on that run's row); returns the messages that have no field. */
    static List<String> markErrors(List<ParamError> errors, List<RunRow> enabled, SharedForm form, Messages messages,
            Locale locale) {
        List<String> elsewhere = new ArrayList<>();
        for (ParamError e : errors) {
            String msg = e.message(messages, locale);
            Matcher m = INDEXED.matcher(e.param());
            int index = m.matches() ? Integer.parseInt(m.group(2)) : 0;
            if (index >= 1 && index <= enabled.size()) {
                enabled.get(index - 1).markError(m.group(1), msg);
            } else if (!m.matches() && !form.fieldsFor(e.param()).isEmpty()) {
                form.markError(e.param(), msg);
            } else {
                elsewhere.add(msg);
            }
        }
        return elsewhere;
    }

    void clearErrors() {
        rows.forEach(RunRow::clearErrors);
    }

    void surfaceChanged(List<String> names) {
        rows.forEach(r -> r.surfaceChanged(names));
    }

    void localize() {
        rows.forEach(RunRow::localize);
    }

    /** Every row's fields by control. */
    ControlSlots addTo(ControlSlots slots) {
        for (RunRow r : rows) {
            slots.field(Control.OPT, r.opt).field(Control.LR, r.lr).field(Control.HYPER, r.hyperToggle, r.hyperBox)
                    .field(Control.INIT, r.ownStart, r.initBox).field(Control.RUNS, r.enabled)
                    .action(Control.RUNS, r.remove);
        }
        return slots;
    }
}
