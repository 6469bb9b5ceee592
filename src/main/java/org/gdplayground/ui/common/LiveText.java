package org.gdplayground.ui.common;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * A span whose text changes on every frame (the status line, the shown step). Vaadin's {@code setText} detaches and
 * re-attaches the text node each time, which costs a child-list change on the server and in the browser; this span
 * keeps one text node and changes only its text, so a frame carries a single "text" change, and none when the text
 * is the same.
 */
public class LiveText extends Span {

    private final Element text = Element.createText("");

    public LiveText() {
        getElement().appendChild(text);
    }

    @Override
    public void setText(String value) {
        String v = value == null ? "" : value;
        if (text.getParent() == null) {
            getElement().removeAllChildren();
            getElement().appendChild(text);
        }
        if (!v.equals(text.getText())) {
            text.setText(v);
        }
    }

    @Override
    public String getText() {
        return text.getText();
    }
}
