package org.gdplayground.ui.compare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Objects;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.ui.common.StatusText;
import org.jspecify.annotations.Nullable;

/**
 * The learning-rate sweep ({@code #sweep}): one optimizer at several learning rates, log-spaced from–to or listed.
 * Reads and checks its own fields; the page turns the rates into runs.
 */
final class SweepPanel extends Details {

    final Select<String> opt = new Select<>();
    final TextField from = new TextField();
    final TextField to = new TextField();
    final TextField count = new TextField();
    final TextField list = new TextField();
    final Button create = new Button();
    private final Span hint = new Span();
    private final int max;

    /** @param max the most runs a comparison holds */
    SweepPanel(int max, Runnable created) {
        this.max = max;
        setId("sweep");
        addClassName("gdp-sweep");
        opt.setId("sweep-opt");
        opt.setItems(Optimizers.keys());
        opt.setValue("sgd");
        from.setId("sweep-from");
        from.setValue("0.0001");
        to.setId("sweep-to");
        to.setValue("1");
        count.setId("sweep-count");
        count.setValue(Integer.toString(Math.min(5, max)));
        list.setId("sweep-list");
        for (TextField f : List.of(from, to, count, list)) {
            f.setManualValidation(true);
            f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        }
        create.setId("sweep-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        create.addClickListener(e -> created.run());
        hint.addClassName("gdp-note");
        Div fields = new Div(opt, from, to, count, list, create);
        fields.addClassName("gdp-sweep-fields");
        add(hint, fields);
    }

    /** The optimizer to sweep. */
    String optimizer() {
        return Objects.requireNonNullElse(opt.getValue(), ScenarioParser.DEFAULT_OPT);
    }

    /** The learning rates asked for, or null when a field is invalid (it then says why and the panel opens). */
    @Nullable
    List<Double> rates(StatusText.Translator t) {
        for (TextField f : List.of(from, to, count, list)) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
        if (!list.getValue().isBlank()) {
            List<Double> lrs = Sweep.parseList(list.getValue());
            if (lrs == null || lrs.isEmpty() || lrs.size() > max) {
                error(list, t.tr("cmp.sweep.invalid.list", max));
                return null;
            }
            return lrs;
        }
        Double a = Sweep.positive(from.getValue());
        Double b = Sweep.positive(to.getValue());
        Integer n = wholeIn(count.getValue(), 2, max);
        if (a == null) {
            error(from, t.tr("cmp.sweep.invalid.positive"));
        }
        if (b == null) {
            error(to, t.tr("cmp.sweep.invalid.positive"));
        }
        if (n == null) {
            error(count, t.tr("cmp.sweep.invalid.count", max));
        }
        return a == null || b == null || n == null ? null : Sweep.logSpaced(a, b, n);
    }

    private void error(TextField f, String message) {
        f.setInvalid(true);
        f.setErrorMessage(message);
        setOpened(true);
    }

    private static @Nullable Integer wholeIn(String text, int min, int max) {
        try {
            int v = Integer.parseInt(text.trim());
            return v >= min && v <= max ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The comparison of the swept optimizer at {@code lrs}: the shared fields, then one run per rate with the
     * hyper-parameters of a run of that optimizer on the page (if there is one).
     */
    java.util.Map<String, String> query(org.gdplayground.ui.common.SharedForm form, List<RunRow> rows,
            List<Double> lrs) {
        String key = optimizer();
        RunRow template = rows.stream().filter(r -> key.equals(r.opt.getValue())).findFirst().orElse(null);
        java.util.Map<String, String> q = new java.util.LinkedHashMap<>();
        form.putQuery(q);
        for (int i = 0; i < lrs.size(); i++) {
            String s = "." + (i + 1);
            q.put("opt" + s, key);
            q.put("lr" + s, org.gdplayground.scenario.ScenarioQuery.number(lrs.get(i)));
            if (template != null) {
                template.hyper.forEach((name, f) -> q.put(name + s, f.getValue().trim()));
            }
        }
        return q;
    }

    void localize(StatusText.Translator t) {
        setSummaryText(t.tr("cmp.sweep"));
        hint.setText(t.tr("cmp.sweep.hint", max));
        opt.setLabel(t.tr("cmp.sweep.opt"));
        opt.setItemLabelGenerator(k -> t.tr("opt." + k + ".name"));
        from.setLabel(t.tr("cmp.sweep.from"));
        to.setLabel(t.tr("cmp.sweep.to"));
        count.setLabel(t.tr("cmp.sweep.count"));
        list.setLabel(t.tr("cmp.sweep.list"));
        list.setPlaceholder(t.tr("cmp.sweep.list.placeholder"));
        create.setText(t.tr("cmp.sweep.create"));
    }
}
