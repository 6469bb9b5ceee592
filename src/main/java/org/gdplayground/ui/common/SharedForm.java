package org.gdplayground.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.function.DataView;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.run.Init;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.Schedules;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.system.Limits;

/**
 * The scenario controls outside the optimizer: the surface, the start point, steps, mini-batching and seed, the
 * gradient mode, the schedule and the stop rules. The playground shows them for its one run, the compare page for
 * all its runs; the page lays them out and decides what a change means.
 */
public final class SharedForm {

    public final Select<String> fn = new Select<>();
    public final TextField expr = new TextField();
    public final Select<String> initMode = new Select<>();
    public final Div initBox = new Div();
    public final List<TextField> init = new ArrayList<>();
    public final TextField steps = new TextField();
    public final TextField batch = new TextField();
    public final Checkbox shuffle = new Checkbox();
    public final TextField seed = new TextField();
    public final Select<String> grad = new Select<>();
    public final TextField h = new TextField();
    public final Select<String> schedule = new Select<>();
    public final Div scheduleBox = new Div();
    public final Map<String, TextField> scheduleParams = new LinkedHashMap<>();
    public final TextField warmup = new TextField();
    public final TextField tol = new TextField();
    public final TextField lossTol = new TextField();
    public final Details advanced = new Details();

    private final Consumer<Component> changed;
    private final String initTip;
    private final String tolTip;

    /**
     * @param changed told about every change a person makes (not about {@link #populate})
     * @param initTip message key of the start fields' tooltip
     * @param tolTip message key of the tolerance field's tooltip
     */
    public SharedForm(Limits limits, Consumer<Component> changed, String initTip, String tolTip) {
        this.changed = changed;
        this.initTip = initTip;
        this.tolTip = tolTip;
        fn.setId("fn");
        List<String> ids = new ArrayList<>(Objectives.builtinIds());
        ids.add(ScenarioParser.CUSTOM);
        ids.add(ScenarioParser.DATA);
        fn.setItems(ids);
        expr.setId("expr");
        // No maxlength: a long paste must not be cut silently; the server says the limit and keeps what was typed.
        initMode.setId("initMode");
        initMode.setItems(Init.keys());
        initBox.addClassName("gdp-init");
        steps.setId("steps");
        batch.setId("batch");
        shuffle.setId("shuffle");
        seed.setId("seed");
        grad.setId("grad");
        grad.setItems(List.of("analytic", "central", "forward"));
        h.setId("h");
        schedule.setId("schedule");
        schedule.setItems(Schedules.keys());
        scheduleBox.addClassName("gdp-fieldset");
        warmup.setId("warmup");
        tol.setId("tol");
        lossTol.setId("lossTol");
        advanced.addClassName("gdp-advanced");
        for (TextField f : List.of(expr, steps, batch, seed, h, warmup, tol, lossTol)) {
            text(f);
        }
        for (Select<String> s : List.of(fn, initMode, grad, schedule)) {
            s.addValueChangeListener(e -> changed.accept(s));
        }
        shuffle.addValueChangeListener(e -> changed.accept(shuffle));
    }

    private void text(TextField f) {
        f.setManualValidation(true);
        f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        f.addValueChangeListener(e -> changed.accept(f));
    }

    /** Shows a valid spec's shared values (the caller suppresses change handling meanwhile). */
    public void populate(ScenarioSpec s, Objective o) {
        populate(s, o, s.init().stream().map(ScenarioQuery::number).toList());
    }

    /** Shows a valid spec's shared values with the given start values (missing ones: the default start). */
    public void populate(ScenarioSpec s, Objective o, List<String> initValues) {
        fn.setValue(s.fn());
        expr.setValue(s.expr() == null ? "" : s.expr());
        expr.setVisible(ScenarioParser.CUSTOM.equals(s.fn()));
        buildInit(o, initValues);
        boolean data = o.data().isPresent();
        initMode.setValue(s.initMode());
        initMode.setVisible(data);
        init.forEach(f -> f.setEnabled(s.initMode().equals("given")));
        steps.setValue(Integer.toString(s.steps()));
        batch.setValue(s.batch() == null ? "full" : Integer.toString(s.batch()));
        batch.setVisible(data);
        shuffle.setValue(s.shuffle());
        shuffle.setVisible(data);
        seed.setValue(s.seed() == Scenario.DEFAULT_SEED ? "" : Long.toString(s.seed()));
        seed.setPlaceholder(Long.toString(Scenario.DEFAULT_SEED));
        seed.setVisible(data);
        grad.setValue(s.grad());
        h.setValue(ScenarioQuery.number(s.h()));
        h.setVisible(!s.grad().equals("analytic"));
        schedule.setValue(s.schedule());
        buildSchedule(s.schedule(), s.scheduleParams());
        warmup.setValue(Integer.toString(s.warmup()));
        tol.setValue(s.tol() == null ? "" : ScenarioQuery.number(s.tol()));
        lossTol.setValue(s.lossTol() == null ? "" : ScenarioQuery.number(s.lossTol()));
        if (!s.grad().equals("analytic") || !s.schedule().equals("constant") || s.warmup() > 0
                || s.tol() != null || s.lossTol() != null) {
            advanced.setOpened(true);
        }
    }

    /**
     * Start fields for an objective's parameters with the given values (missing ones: its default start), and the
     * data-only fields shown or hidden to match.
     */
    public void buildInit(Objective o, List<String> values) {
        buildInitFields(o, values);
        boolean data = o.data().isPresent();
        initMode.setVisible(data);
        batch.setVisible(data);
        shuffle.setVisible(data);
        seed.setVisible(data);
    }

    /** Start fields for an objective's parameters only (missing values: its default start). */
    public void buildInitFields(Objective o, List<String> values) {
        List<String> names = Axes.of(o).names();
        boolean data = o.data().isPresent();
        double[] def = o.defaultStart();
        init.clear();
        initBox.removeAll();
        for (int i = 0; i < o.dimension(); i++) {
            TextField f = new TextField();
            f.setId(data ? "init-" + i : "init-" + names.get(i));
            f.addClassName("gdp-init-field");
            f.setManualValidation(true);
            f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            f.setValue(i < values.size() ? values.get(i) : ScenarioQuery.number(def[i]));
            f.getElement().setProperty("gdpName", names.get(i));
            f.addValueChangeListener(e -> changed.accept(f));
            init.add(f);
            initBox.add(f);
        }
    }

    /** Fields for a schedule's parameters (their defaults unless given). */
    public void buildSchedule(String key, Map<String, Double> values) {
        scheduleParams.clear();
        scheduleBox.removeAll();
        for (ParamSpec p : Schedules.specs(key)) {
            TextField f = new TextField();
            f.setId("sp-" + p.name());
            Double v = values.get(p.name());
            f.setValue(ScenarioQuery.number(v == null ? p.def() : v));
            text(f);
            scheduleParams.put(p.name(), f);
            scheduleBox.add(f);
        }
        scheduleBox.setVisible(!scheduleParams.isEmpty());
    }

    /** Start values for the fields: {@code start}'s, else what the fields showed before, else 0. */
    public List<String> startValues(Objective o, List<Double> start) {
        List<String> previous = startValues();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < o.dimension(); i++) {
            values.add(i < start.size() ? ScenarioQuery.number(start.get(i))
                    : (i < previous.size() ? previous.get(i) : "0"));
        }
        return values;
    }

    /** The shared start as typed, for a run that switches to its own start. */
    public List<String> startValues() {
        return init.stream().map(TextField::getValue).toList();
    }

    /** Writes the shared part of the form in the parameter language (blank optional fields are left out). */
    public void putQuery(Map<String, String> q) {
        putSurface(q);
        putSettings(q);
    }

    /** Writes the surface: fn, and expr for a custom one (data for an uploaded data set). */
    public void putSurface(Map<String, String> q) {
        q.put("fn", Objects.requireNonNullElse(fn.getValue(), ScenarioParser.DEFAULT_FN));
        if (ScenarioParser.CUSTOM.equals(fn.getValue())) {
            q.put("expr", expr.getValue());
        }
        // an uploaded data set's id travels in the (hidden) expression field; a leftover expression is no id
        if (ScenarioParser.DATA.equals(fn.getValue()) && expr.getValue().matches("[0-9a-f]{16}")) {
            q.put(ScenarioParser.DATA, expr.getValue());
        }
    }

    /** Writes everything after the surface: start, steps, batching, gradient, schedule, stop rules. */
    public void putSettings(Map<String, String> q) {
        String mode = Objects.requireNonNullElse(initMode.getValue(), "given");
        if (initMode.isVisible() && !mode.equals("given")) {
            q.put("initMode", mode);
        } else if (!init.isEmpty()) {
            q.put("init", String.join(",", init.stream().map(f -> f.getValue().trim()).toList()));
        }
        put(q, "steps", steps);
        if (batch.isVisible()) {
            put(q, "batch", batch);
            if (!shuffle.getValue()) {
                q.put("shuffle", "false");
            }
            put(q, "seed", seed);
        }
        String g = Objects.requireNonNullElse(grad.getValue(), "analytic");
        if (!g.equals("analytic")) {
            q.put("grad", g);
            put(q, "h", h);
        }
        String sch = Objects.requireNonNullElse(schedule.getValue(), "constant");
        if (!sch.equals("constant")) {
            q.put("schedule", sch);
            scheduleParams.forEach((name, f) -> put(q, name, f));
        }
        put(q, "warmup", warmup);
        put(q, "tol", tol);
        put(q, "lossTol", lossTol);
    }

    /** Puts a field's trimmed value under a name unless it is blank. */
    public static void put(Map<String, String> q, String name, TextField f) {
        String v = f.getValue().trim();
        if (!v.isEmpty()) {
            q.put(name, v);
        }
    }

    /** The fields of a shared parameter; empty for a name that is not shared. */
    public List<HasValue<?, ?>> fieldsFor(String param) {
        return switch (param) {
            case "fn" -> List.of(fn);
            case "expr" -> List.of(expr);
            case "data" -> List.of(fn);
            case "init" -> List.copyOf(init);
            case "initMode" -> List.of(initMode);
            case "steps" -> List.of(steps);
            case "batch" -> List.of(batch);
            case "shuffle" -> List.of(shuffle);
            case "seed" -> List.of(seed);
            case "grad" -> List.of(grad);
            case "h" -> List.of(h);
            case "schedule" -> List.of(schedule);
            case "warmup" -> List.of(warmup);
            case "tol" -> List.of(tol);
            case "lossTol" -> List.of(lossTol);
            default -> scheduleParams.containsKey(param) ? List.of(scheduleParams.get(param)) : List.of();
        };
    }

    /** Marks a shared parameter's fields invalid and opens the advanced section for one of its parameters. */
    public void markError(String param, String message) {
        fieldsFor(param).forEach(f -> markInvalid(f, message));
        if (List.of("grad", "h", "schedule", "warmup", "tol", "lossTol").contains(param)
                || scheduleParams.containsKey(param)) {
            advanced.setOpened(true);
        }
    }

    public void clearErrors() {
        List<HasValue<?, ?>> all = new ArrayList<>(List.of(fn, expr, initMode, steps, batch, seed, grad, h,
                schedule, warmup, tol, lossTol));
        all.addAll(init);
        all.addAll(scheduleParams.values());
        all.forEach(SharedForm::clearInvalid);
    }

    /** Marks a text field or select invalid with a message (other fields show no message). */
    public static void markInvalid(HasValue<?, ?> f, String message) {
        if (f instanceof TextField t) {
            t.setInvalid(true);
            t.setErrorMessage(message);
        } else if (f instanceof Select<?> s) {
            s.setInvalid(true);
            s.setErrorMessage(message);
        }
        // The error is written under the field: its tooltip opens above it, so it never hides the error.
        if (f instanceof com.vaadin.flow.component.shared.HasTooltip h) {
            h.getTooltip().setPosition(com.vaadin.flow.component.shared.Tooltip.TooltipPosition.TOP_START);
        }
    }

    /** Clears what {@link #markInvalid} set. */
    public static void clearInvalid(HasValue<?, ?> f) {
        if (f instanceof TextField t) {
            t.setInvalid(false);
            t.setErrorMessage(null);
        } else if (f instanceof Select<?> s) {
            s.setInvalid(false);
            s.setErrorMessage(null);
        }
    }

    /** Labels and tooltips in the page's language (the playground's texts). */
    public void localize(StatusText.Translator t) {
        fn.setLabel(t.tr("pg.fn"));
        fn.setItemLabelGenerator(id -> t.tr("fn." + id + ".name"));
        fn.setTooltipText(t.tr("pg.fn.tip"));
        expr.setLabel(t.tr("pg.expr"));
        expr.setPlaceholder("x^2 + 3*sin(y)");
        expr.setTooltipText(t.tr("pg.expr.tip"));
        initMode.setLabel(t.tr("pg.initMode"));
        initMode.setItemLabelGenerator(k -> t.tr("pg.initMode." + k));
        initMode.setTooltipText(t.tr("pg.initMode.tip"));
        for (TextField f : init) {
            f.setLabel(t.tr("pg.init", f.getElement().getProperty("gdpName", "")));
            f.setTooltipText(t.tr(initTip));
        }
        steps.setLabel(t.tr("pg.steps"));
        steps.setTooltipText(t.tr("pg.steps.tip"));
        batch.setLabel(t.tr("pg.batch"));
        batch.setTooltipText(t.tr("pg.batch.tip"));
        shuffle.setLabel(t.tr("pg.shuffle"));
        shuffle.setTooltipText(t.tr("pg.shuffle.tip"));
        seed.setLabel(t.tr("pg.seed"));
        seed.setTooltipText(t.tr("pg.seed.tip"));
        grad.setLabel(t.tr("pg.grad"));
        grad.setItemLabelGenerator(k -> t.tr("pg.grad." + k));
        grad.setTooltipText(t.tr("pg.grad.tip"));
        h.setLabel(t.tr("pg.h"));
        h.setTooltipText(t.tr("pg.h.tip"));
        schedule.setLabel(t.tr("pg.schedule"));
        schedule.setItemLabelGenerator(k -> t.tr("pg.schedule." + k));
        schedule.setTooltipText(t.tr("pg.schedule.tip"));
        scheduleParams.forEach((name, f) -> {
            f.setLabel(HyperLabels.hyperLabel(name, k -> t.tr(k)));
            f.setTooltipText(HyperLabels.hyperTip(name, t));
        });
        warmup.setLabel(HyperLabels.hyperLabel("warmup", k -> t.tr(k)));
        warmup.setTooltipText(t.tr("pg.warmup.tip"));
        tol.setLabel(t.tr("pg.tol"));
        tol.setTooltipText(t.tr(tolTip));
        lossTol.setLabel(t.tr("pg.lossTol"));
        lossTol.setTooltipText(t.tr("pg.lossTol.tip"));
        advanced.setSummaryText(t.tr("pg.section.advanced"));
    }

    /**
     * Registers the shared fields under their control ids (fn, init, steps, batch, grad, schedule, stop), as both pages
     * have them; a page adds its own controls to the same slots.
     */
    public ControlSlots addTo(ControlSlots slots) {
        return slots.field(org.gdplayground.scenario.Control.FN, fn, expr)
                .field(org.gdplayground.scenario.Control.INIT, initMode, initBox)
                .field(org.gdplayground.scenario.Control.STEPS, steps)
                .field(org.gdplayground.scenario.Control.BATCH, batch, shuffle, seed)
                .field(org.gdplayground.scenario.Control.GRAD, grad, h)
                .field(org.gdplayground.scenario.Control.SCHEDULE, schedule, scheduleBox, warmup)
                .field(org.gdplayground.scenario.Control.STOP, tol, lossTol);
    }
}
