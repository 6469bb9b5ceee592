package org.gdplayground.ui.playground;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.system.Messages;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.ui.common.HyperLabels;
import org.gdplayground.ui.common.LrSlider;
import org.gdplayground.ui.common.SharedForm;
import org.gdplayground.ui.common.StatusText;

/**
 * The playground's one run: optimizer ({@code #opt}), learning rate ({@code #lr} and its slider), hyper-parameters
 * ({@code #hp-<name>}) and their reset. Every field speaks the scenario parameter language.
 */
final class OptimizerFields {

    final Select<String> opt = new Select<>();
    final TextField lr = new TextField();
    final LrSlider lrSlider = new LrSlider();
    final Div hyperBox = new Div();
    final Map<String, TextField> hyper = new LinkedHashMap<>();
    final Button hyperReset = new Button();
    private final Consumer<Component> changed;
    private final Consumer<Runnable> quietly;

    /**
     * @param changed a field changed (the page validates the form)
     * @param quietly runs a fill of the fields whose change events are not the learner's
     */
    OptimizerFields(Consumer<Component> changed, Consumer<Runnable> quietly) {
        this.changed = changed;
        this.quietly = quietly;
        opt.setId("opt");
        opt.setItems(Optimizers.keys());
        lr.setId("lr");
        lr.setManualValidation(true);
        lr.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        lr.addValueChangeListener(e -> changed.accept(lr));
        opt.addValueChangeListener(e -> changed.accept(opt));
        hyperBox.addClassName("gdp-fieldset");
        hyperReset.setId("hp-reset");
        hyperReset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        hyperReset.addClickListener(e -> resetHyper());
    }

    /** Shows a run: optimizer, rate (field and slider), its hyper-parameters. */
    void populate(RunSpec run) {
        opt.setValue(run.opt());
        lr.setValue(ScenarioQuery.number(run.lr()));
        lrSlider.show(run.lr());
        buildHyper(run.opt(), run.hyper());
    }

    /** The slider moved: the field takes its rate (three significant digits). */
    void lrFromSlider(String value) {
        double v = LrSlider.lr(value);
        if (!Double.isNaN(v)) {
            lr.setValue(ScenarioQuery.number(v));
        }
    }

    /**
     * A data set was loaded whose least-squares loss has 2/L = {@code twoOverL}: when the chosen optimizer has a
     * stability bound there ({@link org.gdplayground.engine.optimizer.Stability}) and the learning rate in the form is
     * not below it, the rate becomes {@code stableLr} (0.9 × 2/L rounded down), so the first run does not blow up;
     * otherwise what the learner typed stays, as the upload panel says.
     */
    void startAt(double stableLr, double twoOverL) {
        if (!(stableLr > 0) || !(twoOverL > 0)) {
            return;
        }
        Double bound = currentOptimizerBound(2 / twoOverL);
        double typed = number(lr.getValue());
        if (bound != null && !(typed < bound)) {
            lr.setValue(ScenarioQuery.number(stableLr));
            lrSlider.show(stableLr);
        }
    }

    private static double number(@org.jspecify.annotations.Nullable String text) {
        try {
            return text == null ? Double.NaN : Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The chosen optimizer's critical lr at curvature {@code l}, with the hyper-parameters in the form; null if none. */
    private @org.jspecify.annotations.Nullable Double currentOptimizerBound(double l) {
        String key = opt.getValue();
        if (key == null) {
            return null;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        hyper.forEach((name, field) -> {
            double v = number(field.getValue());
            if (Double.isFinite(v)) {
                values.put(name, v);
            }
        });
        try {
            return Optimizers.create(key, values).stability().criticalLr(l);
        } catch (RuntimeException e) { // a key or value the form does not accept: the defaults' bound
            try {
                return Optimizers.defaults(key).stability().criticalLr(l);
            } catch (RuntimeException unknown) {
                return null;
            }
        }
    }

    void buildHyper(String key, Map<String, Double> values) {
        hyper.clear();
        hyperBox.removeAll();
        for (ParamSpec p : Optimizers.specs(key)) {
            if (p.name().equals("lr")) {
                continue;
            }
            TextField f = new TextField();
            f.setId("hp-" + p.name());
            f.addClassName("gdp-hp");
            f.setManualValidation(true);
            f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            Double v = values.get(p.name());
            f.setValue(ScenarioQuery.number(v == null ? p.def() : v));
            f.getElement().setProperty("gdpDefault", ScenarioQuery.number(p.def()));
            f.addValueChangeListener(e -> changed.accept(f));
            hyper.put(p.name(), f);
            hyperBox.add(f);
        }
        hyperReset.setVisible(!hyper.isEmpty());
    }

    private void resetHyper() {
        String key = opt.getValue();
        if (key == null) {
            return;
        }
        quietly.accept(() -> Optimizers.specs(key).forEach(p -> {
            TextField f = hyper.get(p.name());
            if (f != null) {
                f.setValue(ScenarioQuery.number(p.def()));
            }
        }));
        changed.accept(hyperReset);
    }

    /** The run's parameters in the link's language (blank fields left out). */
    void putQuery(Map<String, String> q) {
        q.put("opt", Objects.requireNonNullElse(opt.getValue(), ScenarioParser.DEFAULT_OPT));
        SharedForm.put(q, "lr", lr);
        hyper.forEach((name, f) -> SharedForm.put(q, name, f));
    }

    /** The field of parameter {@code param} among these, or none. */
    List<HasValue<?, ?>> fieldsFor(String param) {
        return switch (param) {
            case "opt" -> List.of(opt);
            case "lr" -> List.of(lr);
            default -> hyper.containsKey(param) ? List.of(hyper.get(param)) : List.of();
        };
    }

    /** Marks each error on its field: the run's own (optimizer, rate, hyper-parameters) or the shared form's. */
    void markErrors(List<ParamError> errors, SharedForm form, Messages messages, Locale locale) {
        for (ParamError e : errors) {
            String msg = e.message(messages, locale);
            fieldsFor(e.param(), form).forEach(f -> SharedForm.markInvalid(f, msg));
        }
    }

    private List<HasValue<?, ?>> fieldsFor(String param, SharedForm form) {
        List<HasValue<?, ?>> own = fieldsFor(param);
        if (param.equals("opt") || param.equals("lr")) {
            return own;
        }
        List<HasValue<?, ?>> shared = form.fieldsFor(param);
        if (!shared.isEmpty() && !form.scheduleParams.containsKey(param)) {
            return shared;
        }
        return own.isEmpty() ? shared : own;
    }

    void clearErrors() {
        List<HasValue<?, ?>> own = new ArrayList<>(List.of(opt, lr));
        own.addAll(hyper.values());
        own.forEach(SharedForm::clearInvalid);
    }

    void localize(StatusText.Translator t) {
        opt.setLabel(t.tr("pg.opt"));
        opt.setItemLabelGenerator(k -> t.tr("opt." + k + ".name"));
        opt.setTooltipText(t.tr("pg.opt.tip"));
        lr.setLabel(t.tr("pg.lr"));
        lr.setTooltipText(t.tr("pg.lr.tip"));
        lrSlider.label(t.tr("pg.lrSlider"));
        hyperReset.setText(t.tr("pg.hp.reset"));
        hyperReset.setTooltipText(t.tr("pg.hp.reset.tip"));
        localizeHyper(t);
    }

    void localizeHyper(StatusText.Translator t) {
        hyper.forEach((name, f) -> {
            f.setLabel(HyperLabels.hyperLabel(name, k -> t.tr(k)));
            f.setHelperText(t.tr("pg.hp.default", f.getElement().getProperty("gdpDefault", "")));
            f.setTooltipText(HyperLabels.hyperTip(name, t::tr));
        });
    }
}
