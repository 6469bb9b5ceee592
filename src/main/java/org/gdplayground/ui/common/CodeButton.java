package org.gdplayground.ui.common;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.gdplayground.codeexport.PythonExport;
import org.gdplayground.codeexport.PythonExport.Lang;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.scenario.ScenarioSpec;
import org.jspecify.annotations.Nullable;

/**
 * "Code" (#code) on the playground and the compare page: opens a dialog (#code-dialog) with the run on screen as a
 * runnable Python script (#code-script, {@link PythonExport}; on compare the selected run), a choice of PyTorch or
 * NumPy (#code-lang), a copy button (#code-copy) and how to run it (#code-note). The same script as
 * {@code GET /api/v1/code}.
 */
public final class CodeButton extends Button {

    /** Runs longer than this are not replayed to quote the app's final numbers in the script's header. */
    static final int QUOTE_UP_TO_STEPS = 200_000;

    private final ScenarioParser parser;
    private final ScenarioFactory factory;
    private final Supplier<@Nullable ScenarioSpec> spec;
    private final IntSupplier run;

    /**
     * @param spec the scenario on screen (null while the page shows none)
     * @param run  the 0-based index of the run to export (0 on the playground)
     */
    public CodeButton(ScenarioParser parser, Supplier<@Nullable ScenarioSpec> spec, IntSupplier run) {
        this.parser = parser;
        this.factory = new ScenarioFactory(parser);
        this.spec = spec;
        this.run = run;
        setId("code");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> open());
        addAttachListener(e -> {
            setText(getTranslation("code.button"));
            setTooltipText(getTranslation("code.button.tip"));
        });
    }

    /** Opens the dialog (also for tests). */
    public Dialog open() {
        Dialog dialog = new Dialog();
        dialog.setId("code-dialog");
        dialog.addClassName("gdp-code-dialog");
        dialog.setWidth("min(960px, 96vw)");
        ScenarioSpec s = spec.get();
        int index = Math.max(0, Math.min(run.getAsInt(), s == null ? 0 : s.runs().size() - 1));
        dialog.setHeaderTitle(s != null && s.runs().size() > 1
                ? getTranslation("code.title.run", index + 1) : getTranslation("code.title"));
        RadioButtonGroup<Lang> lang = new RadioButtonGroup<>(getTranslation("code.lang"));
        lang.setId("code-lang");
        lang.setItems(Lang.PYTORCH, Lang.NUMPY);
        lang.setItemLabelGenerator(l -> l == Lang.PYTORCH ? "PyTorch" : "NumPy");
        lang.setValue(Lang.PYTORCH);
        Pre script = new Pre();
        script.setId("code-script");
        script.addClassName("gdp-code");
        Span note = new Span();
        note.setId("code-note");
        note.addClassName("gdp-hint");
        Button copy = new Button(getTranslation("code.copy"));
        copy.setId("code-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("code.close"), e -> dialog.close());
        close.setId("code-close");
        Runnable render = () -> {
            Lang l = lang.getValue() == null ? Lang.PYTORCH : lang.getValue();
            String text = s == null ? null : script(s, index, l);
            script.setText(text == null ? "" : text);
            copy.setEnabled(text != null);
            note.setText(s == null ? getTranslation("code.none")
                    : text == null ? getTranslation("code.notExportable")
                    : getTranslation(l == Lang.PYTORCH ? "code.howto.pytorch" : "code.howto.numpy", l.fileName()));
        };
        lang.addValueChangeListener(e -> render.run());
        copy.addClickListener(e -> copy.getElement().executeJs(
                "const t = $0; if (navigator.clipboard && window.isSecureContext) {"
                        + " return navigator.clipboard.writeText(t).then(() => true, () => false); }"
                        + " const a = document.createElement('textarea'); a.value = t; document.body.appendChild(a);"
                        + " a.select(); const ok = document.execCommand('copy'); a.remove(); return ok;",
                script.getText()).then(Boolean.class, ok -> Notification.show(getTranslation(
                        Boolean.TRUE.equals(ok) ? "code.copied" : "code.copyFailed"), 3000,
                        Notification.Position.BOTTOM_START)));
        render.run();
        Div body = new Div(lang, note, script);
        body.addClassName("gdp-code-body");
        dialog.add(body);
        dialog.getFooter().add(close, copy);
        dialog.open();
        return dialog;
    }

    /** For tests: the scenario the button would export. */
    @Nullable ScenarioSpec currentSpecForTests() {
        return spec.get();
    }

    /** The script of run {@code index} of {@code s}, or null when it cannot be written in {@code lang}. */
    @Nullable String script(ScenarioSpec s, int index, Lang lang) {
        RunSpec r = s.runs().get(index);
        ScenarioSpec single = s.withRuns(List.of(new RunSpec(r.opt(), r.lr(), r.hyper(), null)));
        if (r.init() != null) {
            single = single.withInit(r.init());
        }
        single = single.withControls(java.util.Set.of(), java.util.Set.of());
        Scenario scenario = factory.scenario(single, 0, 2);
        StepRecord last = null;
        if (single.steps() <= QUOTE_UP_TO_STEPS) {
            Run played = scenario.start();
            played.runToEnd(() -> false);
            last = played.latest();
        }
        String link = "/?" + ScenarioQuery.toQueryString(single, parser.limits().maxPoints());
        try {
            return PythonExport.script(single, 0, scenario, lang, link, last);
        } catch (PythonExport.NotExportable e) {
            return null;
        }
    }
}
