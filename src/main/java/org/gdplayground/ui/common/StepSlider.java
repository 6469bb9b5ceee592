package org.gdplayground.ui.common;

import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.session.Frame;

/**
 * The step slider: its value is the step k shown, from 0 to the run's step count (its last step once it has
 * finished), so one arrow key moves one step and a screen reader says "step 37 of 100" ({@code aria-valuetext}, in
 * the page's language). The maximum changes only with a new scenario (up) or when the run ends (down, to its last
 * step), never up in the same round trip as a larger value, so the browser never clamps a value against an old
 * maximum. When the run keeps only every s-th record (a long run), a step between two records moves to the next
 * record in the direction of the move.
 */
public class StepSlider extends Input implements LocaleChangeObserver {

    private int k;
    private int max = 1;

    public StepSlider() {
        super(ValueChangeMode.EAGER);
        setId("scrub");
        setType("range");
        addClassName("gdp-range");
        getElement().setAttribute("min", "0").setAttribute("max", "1").setAttribute("step", "1");
        setValue("0");
        getElement().executeJs("const el = this; el.addEventListener('input', () => {"
                + " const t = el.getAttribute('data-valuetext') || '{0} / {1}';"
                + " el.setAttribute('aria-valuetext', t.replace('{0}', el.value).replace('{1}', el.max)); });");
    }

    /** Shows the step under the cursor of a page update (nothing before the run has a record). */
    public void show(RunPage.Update u) {
        StepRecord r = u.record();
        if (r != null) {
            show(u.run(), r);
        }
    }

    /** Shows step {@code shown} of {@code run}: the maximum, the value and what a screen reader says. */
    public void show(Frame.RunView run, StepRecord shown) {
        int m = Math.max(1, run.finished() ? run.latest().k() : run.steps());
        k = Math.min(shown.k(), m);
        if (m != max) {
            max = m;
            getElement().setAttribute("max", Integer.toString(m));
        }
        setValue(Integer.toString(k));
        describe();
    }

    /**
     * The record index the learner moved to: the record at step {@code value}, else the nearest one in the direction
     * of the move from the record shown ({@code cursor}).
     */
    public static int recordIndex(String value, List<StepRecord> records, int cursor) {
        if (records.isEmpty()) {
            return 0;
        }
        int target;
        try {
            target = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return cursor;
        }
        int current = records.get(Math.max(0, Math.min(cursor, records.size() - 1))).k();
        int lo = 0;
        int hi = records.size() - 1;
        while (lo < hi) { // first record with k ≥ target
            int mid = (lo + hi) >>> 1;
            if (records.get(mid).k() < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (records.get(lo).k() == target || target > current) {
            return lo;
        }
        return records.get(lo).k() > target && lo > 0 ? lo - 1 : lo;
    }

    /**
     * Calls {@code moved} with the record index the learner moved to ({@link #recordIndex}), given the page's records
     * and the index of the record shown.
     */
    public void onMove(Supplier<List<StepRecord>> records, IntSupplier cursor, IntConsumer moved) {
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                moved.accept(recordIndex(e.getValue(), records.get(), cursor.getAsInt()));
            }
        });
    }

    /** Sets the accessible name and tooltip. */
    public void label(String name, String tip) {
        getElement().setAttribute("aria-label", name);
        getElement().setAttribute("title", tip);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        describe();
    }

    private void describe() {
        String template = getTranslation("a11y.step.valuetext", "{0}", "{1}");
        getElement().setAttribute("data-valuetext", template);
        getElement().setAttribute("aria-valuetext",
                template.replace("{0}", Integer.toString(k)).replace("{1}", Integer.toString(max)));
    }
}
