package org.gdplayground.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.gdplayground.scenario.Control;

/**
 * A page's controls by id, so a {@link ControlPolicy} can be shown: a hidden control's components are taken out of
 * the page (replaced by an empty placeholder that keeps their place, so they come back where they were), a locked
 * control's fields become read-only (a range slider disabled), and its actions (buttons that change the scenario,
 * such as "reset hyper-parameters" or "add run") are taken out like hidden ones. A page builds one after each
 * rebuild of its fields and calls {@link #apply}; it is cheap and idempotent.
 */
public final class ControlSlots {

    private static final String PLACEHOLDER = "gdpHiddenBy";
    private static final String PLACEHOLDER_CLASS = "gdp-hidden-control";

    private final Map<Control, List<Component>> fields = new EnumMap<>(Control.class);
    private final Map<Control, List<Component>> actions = new EnumMap<>(Control.class);
    private final List<Component> containers = new ArrayList<>();

    /** Components that show a control's value (fields, selects, checkboxes, boxes of fields). */
    public ControlSlots field(Control c, Component... parts) {
        fields.computeIfAbsent(c, k -> new ArrayList<>()).addAll(List.of(parts));
        return this;
    }

    /** Components that only change a control (buttons): absent when it is hidden or locked. */
    public ControlSlots action(Control c, Component... parts) {
        actions.computeIfAbsent(c, k -> new ArrayList<>()).addAll(List.of(parts));
        return this;
    }

    /** Boxes that are left out while every control in them is hidden (a section, the advanced details). */
    public ControlSlots container(Component... boxes) {
        containers.addAll(List.of(boxes));
        return this;
    }

    /** Shows the policy: takes out hidden controls, makes locked ones read-only, brings the others back. */
    public void apply(Set<Control> hidden, Set<Control> locked) {
        fields.forEach((c, parts) -> parts.forEach(p -> {
            boolean hide = hidden.contains(c);
            present(p, !hide);
            readOnly(p, !hide && locked.contains(c));
        }));
        actions.forEach((c, parts) -> parts.forEach(p -> present(p, !hidden.contains(c) && !locked.contains(c))));
        for (Component box : containers) {
            box.setVisible(!holdsHidden(box) || children(box).anyMatch(ControlSlots::showing));
        }
    }

    /** Whether a box holds a hidden control, at any depth. */
    private static boolean holdsHidden(Component box) {
        return children(box).anyMatch(ch -> isPlaceholder(ch) || holdsHidden(ch));
    }

    /** Whether a component shows anything: not a placeholder, visible, and for a plain box, something in it. */
    private static boolean showing(Component c) {
        if (isPlaceholder(c) || !c.isVisible()) {
            return false;
        }
        boolean box = c.getClass() == com.vaadin.flow.component.html.Div.class || c instanceof Details;
        return !box || children(c).findAny().isEmpty() || children(c).anyMatch(ControlSlots::showing);
    }

    /** The control a component belongs to (it or one of its ancestors is registered), if any. */
    public Optional<Control> controlOf(Component source) {
        for (Optional<Component> c = Optional.of(source); c.isPresent(); c = c.get().getParent()) {
            Component at = c.get();
            for (Map<Control, List<Component>> m : List.of(fields, actions)) {
                for (Map.Entry<Control, List<Component>> e : m.entrySet()) {
                    if (e.getValue().contains(at)) {
                        return Optional.of(e.getKey());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a component is currently taken out of the page by a policy. */
    public static boolean isHidden(Component c) {
        return ComponentUtil.getData(c, PLACEHOLDER) != null;
    }

    private static Stream<Component> children(Component box) {
        return box instanceof Details d ? d.getContent() : box.getChildren();
    }

    private static boolean isPlaceholder(Component c) {
        return c.getClassNames().contains(PLACEHOLDER_CLASS);
    }

    /** Takes a component out of the page (leaving a placeholder in its place) or puts it back. */
    private static void present(Component c, boolean present) {
        Span placeholder = (Span) ComponentUtil.getData(c, PLACEHOLDER);
        if (present && placeholder != null) {
            Element parent = placeholder.getElement().getParent();
            if (parent != null) {
                parent.insertChild(parent.indexOfChild(placeholder.getElement()), c.getElement());
                placeholder.getElement().removeFromParent();
            }
            ComponentUtil.setData(c, PLACEHOLDER, null);
        } else if (!present && placeholder == null) {
            Element parent = c.getElement().getParent();
            if (parent == null) {
                return;
            }
            Span ph = new Span();
            ph.addClassName(PLACEHOLDER_CLASS);
            ph.setVisible(false);
            parent.insertChild(parent.indexOfChild(c.getElement()), ph.getElement());
            c.getElement().removeFromParent();
            ComponentUtil.setData(c, PLACEHOLDER, ph);
        }
    }

    /** Read-only for fields (a range slider is disabled: a read-only slider still drags); boxes: their fields. */
    static void readOnly(Component c, boolean locked) {
        if (c instanceof Input slider) {
            slider.setEnabled(!locked);
        } else if (c instanceof HasValue<?, ?> field) {
            field.setReadOnly(locked);
        } else {
            children(c).forEach(ch -> readOnly(ch, locked));
        }
    }
}
