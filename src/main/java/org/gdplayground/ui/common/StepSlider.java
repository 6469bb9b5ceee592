package org.gdplayground.ui.common;

import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.IntConsumer;

/**
 * The step slider ({@code #scrub}) under the pictures: moves the cursor over a run's records. A fixed
 * 0…{@link RunPage#SCRUB_SCALE} range mapped onto the records: changing max and value in one round trip would let the
 * browser clamp the value against the old max.
 */
public class StepSlider extends Input {

    public StepSlider() {
        super(ValueChangeMode.EAGER);
        setId("scrub");
        setType("range");
        addClassName("gdp-range");
        getElement().setAttribute("min", "0").setAttribute("max", Integer.toString(RunPage.SCRUB_SCALE))
                .setAttribute("step", "1");
    }

    /** Calls {@code moved} with the record index the learner moved to, of {@code records} records. */
    public void onMove(java.util.function.IntSupplier records, IntConsumer moved) {
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                moved.accept(RunPage.scrubIndex(parse(e.getValue()), records.getAsInt()));
            }
        });
    }

    /** Shows slider position {@code position} (see {@link RunPage#scrubPosition}). */
    public void show(int position) {
        setValue(Integer.toString(position));
    }

    /** Sets the accessible name and tooltip. */
    public void label(String name, String tip) {
        getElement().setAttribute("aria-label", name);
        getElement().setAttribute("title", tip);
    }

    static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
