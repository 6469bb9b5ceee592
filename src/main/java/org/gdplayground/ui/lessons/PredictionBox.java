package org.gdplayground.ui.lessons;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.BiFunction;
import org.gdplayground.lessons.Prediction;
import org.gdplayground.lessons.RunOutcome;
import org.jspecify.annotations.Nullable;

/**
 * A lesson step's "predict, then run": the choices ({@code #predict}, one button per choice with {@code data-choice},
 * the chosen one {@code aria-pressed="true"}) before the run, and the verdict after it ({@code #prediction-result},
 * {@code data-held="true|false"}): what was predicted, what the run did (from its diagnosis) and the lesson's why.
 */
final class PredictionBox {

    final Div predict = new Div();
    final Div result = new Div();
    private @Nullable Prediction prediction;
    private @Nullable String chosen;
    private RunOutcome.@Nullable Run lastRun;
    private Locale locale = Locale.ENGLISH;
    private final BiFunction<String, Object[], String> tr;
    /** Told each new verdict (what was predicted, what the run did, its diagnosis code): the class hears of it. */
    private Verdicts verdicts = (predicted, outcome, diagnosis) -> { };
    private @Nullable String reported;

    /** Where verdicts go (a student's class). */
    @FunctionalInterface
    interface Verdicts {
        void verdict(String predicted, String outcome, String diagnosis);
    }

    PredictionBox(BiFunction<String, Object[], String> tr) {
        this.tr = tr;
        predict.setId("predict");
        predict.addClassName("gdp-predict");
        predict.getElement().setAttribute("role", "group");
        result.setId("prediction-result");
        result.addClassName("gdp-prediction-result");
        result.getElement().setAttribute("aria-live", "polite");
        predict.setVisible(false);
        result.setVisible(false);
    }

    private String t(String key, Object... args) {
        return tr.apply(key, args);
    }

    /** A new step: its prediction (or none); {@code fresh} forgets the choice and the run. */
    void show(@Nullable Prediction p, Locale newLocale, boolean fresh) {
        prediction = p;
        locale = newLocale;
        if (fresh) {
            chosen = null;
            lastRun = null;
            reported = null;
        }
        predict.removeAll();
        predict.setVisible(p != null);
        if (p == null) {
            result.setVisible(false);
            return;
        }
        H3 title = new H3(t("predict.title"));
        predict.getElement().setAttribute("aria-label", t("predict.title"));
        predict.add(title, new Paragraph(p.question().in(locale)));
        Div buttons = new Div();
        buttons.addClassName("gdp-predict-choices");
        for (String c : p.choices()) {
            Button b = new Button(t("predict.choice." + c));
            b.getElement().setAttribute("data-choice", c);
            b.getElement().setAttribute("aria-pressed", Boolean.toString(c.equals(chosen)));
            if (c.equals(chosen)) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            b.addClickListener(e -> choose(c));
            buttons.add(b);
        }
        predict.add(buttons);
        render();
    }

    /** The learner chose {@code c}. */
    void choose(String c) {
        Prediction p = prediction;
        if (p == null || !p.choices().contains(c)) {
            return;
        }
        chosen = c;
        show(p, locale, false);
    }

    /** The live view reported run 1. */
    void ran(RunOutcome.Run run) {
        lastRun = run;
        render();
    }

    /** Sends every new verdict to {@code v}. */
    void onVerdict(Verdicts v) {
        verdicts = v;
    }

    @Nullable String chosen() {
        return chosen;
    }

    private void render() {
        Prediction p = prediction;
        result.removeAll();
        result.getElement().removeAttribute("data-held");
        if (p == null) {
            result.setVisible(false);
            return;
        }
        result.setVisible(true);
        RunOutcome.Run run = lastRun;
        String c = chosen;
        if (run == null) {
            result.add(new Span(t(c == null ? "predict.hint" : "predict.waiting")));
            return;
        }
        String did = Prediction.outcome(run);
        if (c == null) {
            result.add(new Span(t("predict.late", t("predict.did." + did))));
            return;
        }
        boolean held = did.equals(c);
        String key = c + "|" + did + "|" + run.diagnosis();
        if (!key.equals(reported)) {
            reported = key;
            verdicts.verdict(c, did, run.diagnosis());
        }
        result.getElement().setAttribute("data-held", Boolean.toString(held));
        Span verdict = new Span(t(held ? "predict.held" : "predict.missed"));
        verdict.addClassName("gdp-prediction-verdict");
        String since = run.since() > 0 && !did.equals("converges") ? t("predict.since", run.since()) : "";
        result.add(verdict, new Paragraph(t("predict.chosen", t("predict.choice." + c))),
                new Paragraph(t("predict.outcome", t("predict.did." + did)) + since));
        if (p.why() != null) {
            result.add(new Paragraph(p.why().in(locale)));
        }
    }
}
