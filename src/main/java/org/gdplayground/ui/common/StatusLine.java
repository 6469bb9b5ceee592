package org.gdplayground.ui.common;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.regex.Pattern;

/**
 * The status line, heard as well as seen. Its text changes on every frame ("Running · step 37 of 100 · loss 1.2"),
 * and a live region that said all of that would talk without pause; so the visible line is a plain {@link LiveText}
 * and a visually hidden polite live region next to it ({@code role="status"}, id {@code status-live}) gets the line
 * only when the state changes: started, paused, a diagnosis appeared, diverged, finished, a field became invalid.
 * "Changed" means the sentence changed beyond its numbers: the line with every number replaced by one placeholder
 * differs from the last one announced.
 *
 * <p>The live region is put right after the line in the line's parent when the line is attached, so a page only has to
 * use this class for its status line.
 */
public class StatusLine extends LiveText {

    /** A number as the status writes it: 37, 1,938, 0.0573, 1.2e-5, −3, ×12.8 (the sign and × kept out). */
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*(?:[eE][-+−]?\\d+)?(?:·10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?");

    private final Span live = new Span();
    private String announced = "";

    public StatusLine() {
        live.setId("status-live");
        live.addClassName("gdp-sr-only");
        live.getElement().setAttribute("role", "status").setAttribute("aria-live", "polite")
                .setAttribute("aria-atomic", "true");
        addAttachListener(e -> placeLiveRegion());
    }

    /** The live region (tests and pages that lay the line out themselves). */
    public Span liveRegion() {
        return live;
    }

    @Override
    public void setText(String value) {
        super.setText(value);
        String v = getText();
        String shape = shape(v);
        if (!shape.equals(announced)) {
            announced = shape;
            live.setText(v);
        }
    }

    /** The sentence without its numbers: what must change for the line to be announced. */
    static String shape(String text) {
        return NUMBER.matcher(text).replaceAll("#");
    }

    private void placeLiveRegion() {
        Element parent = getElement().getParent();
        if (parent == null || live.getElement().getParent() == parent) {
            return;
        }
        live.getElement().removeFromParent();
        parent.insertChild(parent.indexOfChild(getElement()) + 1, live.getElement());
    }
}
