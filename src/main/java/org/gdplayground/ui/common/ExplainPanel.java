package org.gdplayground.ui.common;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.run.StepRecord;
import org.jspecify.annotations.Nullable;

/**
 * "Explain this step": the update rule written out with the step's numbers. Built once; each frame only changes the
 * texts that differ (no components are created per frame), and nothing at all when the step shown is the same.
 */
public class ExplainPanel extends Div {

    private final Span who = new Span();
    private final Span swatch = new Span();
    private final Span whoLabel = new Span();
    private final Span title = new Span();
    private final Pre lines = new Pre();
    private final Div note = new Div();
    private String key = "";

    public ExplainPanel(String id) {
        setId(id);
        addClassName("gdp-explain");
        swatch.addClassName("gdp-swatch");
        who.add(swatch, whoLabel);
        who.addClassName("gdp-explain-run");
        who.setVisible(false);
        lines.addClassName("gdp-explain-lines");
        note.addClassName("gdp-differs");
        Div head = new Div(title);
        add(who, head, lines, note);
        lines.setVisible(false);
        note.setVisible(false);
    }

    /** Shows which run is explained (compare), or hides the line (null). */
    public void run(@Nullable String label, @Nullable String color) {
        who.setVisible(label != null);
        if (label != null) {
            whoLabel.setText(label);
            swatch.getStyle().set("background", Objects.requireNonNullElse(color, "#000000"));
        }
    }

    /**
     * Explains {@code rec} (with the record just before it, when it is step k − 1) for the optimizer.
     *
     * @param note a note on where other libraries differ, or null
     */
    public void show(Optimizer optimizer, StepRecord rec, @Nullable StepRecord prev, List<String> names,
            StatusText.Translator tr, @Nullable String noteText) {
        StepRecord before = prev != null && prev.k() == rec.k() - 1 ? prev : null;
        String k = optimizer.key() + "|" + rec.k() + "|" + System.identityHashCode(rec) + "|" + names
                + "|" + tr.tr("pg.explain.title", "", "", "");
        if (k.equals(key)) {
            return;
        }
        key = k;
        if (rec.k() == 0) {
            title.setText(tr.tr("pg.explain.start", Formats.vec(rec.theta()), Formats.num(rec.loss())));
            lines.setVisible(false);
            note.setVisible(false);
            return;
        }
        title.setText(tr.tr("pg.explain.title", Integer.toString(rec.k()), tr.tr("opt." + optimizer.key() + ".name"),
                Formats.num(rec.lr())));
        lines.setText(String.join("\n", Explainer.explain(optimizer, rec, before, names, tr)));
        lines.setVisible(true);
        note.setVisible(noteText != null);
        if (noteText != null) {
            note.setText(noteText);
        }
    }

    /** A sentence instead of an explanation (e.g. why there is no step to explain). */
    public void message(String text) {
        key = "message|" + text;
        title.setText(text);
        lines.setVisible(false);
        note.setVisible(false);
    }

    /** Nothing to explain. */
    public void clear() {
        key = "";
        title.setText("");
        lines.setVisible(false);
        note.setVisible(false);
    }
}
