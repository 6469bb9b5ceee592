package org.gdplayground.ui.common;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import org.gdplayground.scenario.Control;

/** The line above the controls that says which settings a lesson fixed (the locked ones; hidden ones are gone). */
public final class ControlPolicyNote {

    private ControlPolicyNote() {
    }

    /** Shows the locked controls' names in the note, or hides the note when none is locked. */
    public static void show(Span note, Set<Control> locked, StatusText.Translator t) {
        List<String> names = locked.stream().map(c -> t.tr("control." + c.id() + ".name")).toList();
        note.setText(names.isEmpty() ? "" : t.tr("control.locked.note", String.join(", ", names)));
        note.setVisible(!names.isEmpty());
    }
}
