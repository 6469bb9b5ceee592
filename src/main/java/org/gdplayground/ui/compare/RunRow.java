package org.gdplayground.ui.compare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.ui.common.HyperLabels;
import org.gdplayground.ui.common.PlotRenderer;

/**
 * One run of a comparison as a row of fields: on/off, its colour, optimizer, learning rate, the optimizer's other
 * hyper-parameters (folded away unless changed) and, when asked for, its own start point. The fields speak the
 * parameter language: the row writes {@code opt.N}, {@code lr.N}, {@code beta1.N}, {@code init.N}; what was typed
 * stays in the fields whether or not it is valid.
 */
final class RunRow extends Div {

    /** What the page hears from a row. */
    interface Listener {
        /** A field changed; {@code structural} when the optimizer changed (its hyper-parameter fields were rebuilt). */
        void changed(RunRow row, Component source, boolean structural);

        void remove(RunRow row);
    }

    final Checkbox enabled = new Checkbox(true);
    final Span badge = new Span();
    final Select<String> opt = new Select<>();
    final TextField lr = new TextField();
    final Button hyperToggle = new Button();
    final Div hyperBox = new Div();
    final Map<String, TextField> hyper = new LinkedHashMap<>();
    final Checkbox ownStart = new Checkbox();
    final Div initBox = new Div();
    final List<TextField> init = new ArrayList<>();
    final Button remove = new Button("✕");

    private final Listener listener;
    private final Supplier<List<String>> sharedStart;
    private List<String> axisNames = List.of("x", "y");
    private int colorSlot;
    private int number = 1;
    private boolean quiet;

    /**
     * @param colorSlot   index into the series palette, kept for the row's life so colours never jump
     * @param sharedStart the shared start point's field values, copied when "own start" is switched on
     */
    RunRow(int colorSlot, Listener listener, Supplier<List<String>> sharedStart) {
        this.colorSlot = colorSlot;
        this.listener = listener;
        this.sharedStart = sharedStart;
        addClassName("gdp-run-row");
        badge.addClassName("gdp-run-badge");
        enabled.addClassName("gdp-run-enabled");
        opt.setItems(Optimizers.keys());
        opt.addClassName("gdp-run-opt");
        opt.addThemeVariants(SelectVariant.LUMO_SMALL);
        lr.addClassName("gdp-run-lr");
        hyperBox.addClassName("gdp-run-hyper");
        hyperBox.setVisible(false);
        hyperToggle.addClassName("gdp-run-hyper-toggle");
        hyperToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        hyperToggle.addClickListener(e -> showHyper(!hyperBox.isVisible()));
        ownStart.addClassName("gdp-run-own");
        initBox.addClassName("gdp-run-init");
        remove.addClassName("gdp-run-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        small(lr);
        opt.addValueChangeListener(e -> {
            if (!quiet) {
                buildHyper(Objects.requireNonNullElse(e.getValue(), ScenarioParser.DEFAULT_OPT), Map.of());
                localize();
                listener.changed(this, opt, true);
            }
        });
        lr.addValueChangeListener(e -> fire(lr));
        enabled.addValueChangeListener(e -> {
            setClassName("gdp-run-off", !e.getValue());
            fire(enabled);
        });
        ownStart.addValueChangeListener(e -> {
            if (quiet) {
                return;
            }
            if (e.getValue()) {
                List<String> shared = sharedStart.get();
                quiet = true;
                for (int i = 0; i < init.size(); i++) {
                    init.get(i).setValue(i < shared.size() ? shared.get(i) : "0");
                }
                quiet = false;
            }
            initBox.setVisible(e.getValue());
            fire(ownStart);
        });
        remove.addClickListener(e -> listener.remove(this));
        initBox.setVisible(false);
        Div main = new Div(enabled, badge, opt, lr, hyperToggle, ownStart, initBox, remove);
        main.addClassName("gdp-run-main");
        add(main, hyperBox);
        buildInit(axisNames, List.of());
        renumber(1);
    }

    private void fire(Component source) {
        if (!quiet) {
            listener.changed(this, source, false);
        }
    }

    private static void small(TextField f) {
        f.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        f.setManualValidation(true);
        f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
    }

    // ---------------------------------------------------------------- identity

    /** The row's place on the page (1-based): its label and the ids of its fields ({@code lr-2}, {@code init-x-2}). */
    void renumber(int n) {
        number = n;
        setId("run-" + n);
        enabled.setId("enabled-" + n);
        badge.setId("badge-" + n);
        badge.setText(Integer.toString(n));
        badge.getStyle().set("--gdp-run-color", color());
        opt.setId("opt-" + n);
        lr.setId("lr-" + n);
        hyperToggle.setId("hyper-" + n);
        hyperBox.setId("hyper-box-" + n);
        hyper.forEach((name, f) -> f.setId("hp-" + name + "-" + n));
        ownStart.setId("own-start-" + n);
        for (int i = 0; i < init.size(); i++) {
            init.get(i).setId(initId(i));
        }
        remove.setId("remove-" + n);
    }

    private String initId(int i) {
        boolean data = !List.of("x", "y").containsAll(axisNames);
        return "init-" + (data ? Integer.toString(i) : axisNames.get(i)) + "-" + number;
    }

    int number() {
        return number;
    }

    int colorSlot() {
        return colorSlot;
    }

    String color() {
        return PlotRenderer.color(colorSlot);
    }

    boolean included() {
        return enabled.getValue();
    }

    /** Shows or folds away the optimizer's other hyper-parameters. */
    void showHyper(boolean show) {
        hyperBox.setVisible(show && !hyper.isEmpty());
        hyperToggle.setText(getTranslation(hyperBox.isVisible() ? "cmp.run.hyper.hide" : "cmp.run.hyper",
                hyper.size()));
        hyperToggle.getElement().setAttribute("aria-expanded", Boolean.toString(hyperBox.isVisible()));
    }

    // ---------------------------------------------------------------- values

    /** Shows a run of a valid spec (no change events). */
    void load(RunSpec run, List<String> names) {
        quiet = true;
        try {
            opt.setValue(run.opt());
            lr.setValue(ScenarioQuery.number(run.lr()));
            buildHyper(run.opt(), run.hyper());
            axisNames = List.copyOf(names);
            List<String> start = run.init() == null ? List.of()
                    : run.init().stream().map(ScenarioQuery::number).toList();
            buildInit(names, start);
            ownStart.setValue(run.init() != null);
            initBox.setVisible(run.init() != null);
            enabled.setValue(true);
            removeClassName("gdp-run-off");
        } finally {
            quiet = false;
        }
        localize();
    }

    /** The surface changed: a start with the wrong number of values is dropped (the run then uses the shared one). */
    void surfaceChanged(List<String> names) {
        if (names.equals(axisNames)) {
            return;
        }
        quiet = true;
        try {
            axisNames = List.copyOf(names);
            buildInit(names, List.of());
            ownStart.setValue(false);
            initBox.setVisible(false);
        } finally {
            quiet = false;
        }
        localize();
    }

    private void buildHyper(String key, Map<String, Double> values) {
        hyper.clear();
        hyperBox.removeAll();
        boolean changed = false;
        for (ParamSpec p : Optimizers.specs(key)) {
            if (p.name().equals("lr")) {
                continue;
            }
            TextField f = new TextField();
            small(f);
            f.addClassName("gdp-hp");
            Double v = values.get(p.name());
            changed |= v != null && v != p.def();
            f.setValue(ScenarioQuery.number(v == null ? p.def() : v));
            f.getElement().setProperty("gdpDefault", ScenarioQuery.number(p.def()));
            f.addValueChangeListener(e -> fire(f));
            f.setId("hp-" + p.name() + "-" + number);
            hyper.put(p.name(), f);
            hyperBox.add(f);
        }
        hyperToggle.setVisible(!hyper.isEmpty());
        showHyper(changed);
    }

    private void buildInit(List<String> names, List<String> values) {
        init.clear();
        initBox.removeAll();
        for (int i = 0; i < names.size(); i++) {
            TextField f = new TextField();
            small(f);
            f.addClassName("gdp-init-field");
            f.setValue(i < values.size() ? values.get(i) : "0");
            f.getElement().setProperty("gdpName", names.get(i));
            f.setPrefixComponent(new Span(names.get(i)));
            f.addValueChangeListener(e -> fire(f));
            init.add(f);
            initBox.add(f);
        }
        for (int i = 0; i < init.size(); i++) {
            init.get(i).setId(initId(i));
        }
    }

    /** Writes this run as block {@code index} (1-based) of the parameter language. */
    void putQuery(Map<String, String> q, int index) {
        String s = "." + index;
        q.put("opt" + s, Objects.requireNonNullElse(opt.getValue(), ScenarioParser.DEFAULT_OPT));
        q.put("lr" + s, lr.getValue().trim());
        hyper.forEach((name, f) -> {
            String v = f.getValue().trim();
            if (!v.isEmpty()) {
                q.put(name + s, v);
            }
        });
        if (ownStart.getValue()) {
            q.put("init" + s, String.join(",", init.stream().map(f -> f.getValue().trim()).toList()));
        }
    }

    // ---------------------------------------------------------------- errors

    /** Marks the field of a run parameter (its name without the index: {@code lr}, {@code beta1}, {@code init}). */
    void markError(String name, String message) {
        List<HasValue<?, ?>> fields = switch (name) {
            case "opt" -> List.of(opt);
            case "lr" -> List.of(lr);
            case "init" -> List.copyOf(init);
            default -> hyper.containsKey(name) ? List.of(hyper.get(name)) : List.of();
        };
        for (HasValue<?, ?> f : fields) {
            if (f instanceof TextField t) {
                t.setInvalid(true);
                t.setErrorMessage(message);
            } else if (f instanceof Select<?> sel) {
                sel.setInvalid(true);
                sel.setErrorMessage(message);
            }
        }
        if (hyper.containsKey(name)) {
            showHyper(true);
        }
        if (name.equals("init")) {
            initBox.setVisible(true);
        }
    }

    void clearErrors() {
        opt.setInvalid(false);
        opt.setErrorMessage(null);
        List<TextField> all = new ArrayList<>(List.of(lr));
        all.addAll(hyper.values());
        all.addAll(init);
        for (TextField t : all) {
            t.setInvalid(false);
            t.setErrorMessage(null);
        }
    }

    boolean hasErrors() {
        return opt.isInvalid() || lr.isInvalid() || hyper.values().stream().anyMatch(TextField::isInvalid)
                || init.stream().anyMatch(TextField::isInvalid);
    }

    // ---------------------------------------------------------------- text

    void localize() {
        enabled.setAriaLabel(getTranslation("cmp.run.enabled", number));
        enabled.setTooltipText(getTranslation("cmp.run.enabled.tip"));
        badge.getElement().setAttribute("title", getTranslation("cmp.run.badge", number));
        opt.setLabel(getTranslation("pg.opt"));
        opt.setItemLabelGenerator(k -> getTranslation("opt." + k + ".name"));
        lr.setLabel(getTranslation("pg.lr"));
        lr.setTooltipText(getTranslation("pg.lr.tip"));
        showHyper(hyperBox.isVisible());
        hyper.forEach((name, f) -> {
            f.setLabel(HyperLabels.hyperLabel(name, k -> getTranslation(k)));
            f.setHelperText(getTranslation("pg.hp.default", f.getElement().getProperty("gdpDefault", "")));
            f.setTooltipText(HyperLabels.hyperTip(name, this::getTranslation));
        });
        ownStart.setLabel(getTranslation("cmp.run.ownStart"));
        ownStart.setTooltipText(getTranslation("cmp.run.ownStart.tip"));
        for (TextField f : init) {
            f.setAriaLabel(getTranslation("pg.init", f.getElement().getProperty("gdpName", "")));
        }
        remove.setAriaLabel(getTranslation("cmp.run.remove", number));
        remove.setTooltipText(getTranslation("cmp.run.remove", number));
    }
}
