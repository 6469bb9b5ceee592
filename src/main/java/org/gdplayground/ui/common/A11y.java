package org.gdplayground.ui.common;

import com.vaadin.flow.component.tabs.Tabs;

/** Small accessibility repairs of Vaadin components, kept in one place so a page needs one line for each. */
public final class A11y {

    private A11y() {
    }

    /**
     * Vaadin's tabs render their scroller as {@code <div part="tabs" tabindex="-1">} inside the {@code tablist}: a
     * focusable child that is not a tab, which axe-core reports as a critical {@code aria-required-children}
     * violation (screen readers then list a nameless item among the tabs). The scroller only needs the tabindex for
     * programmatic focus, which the tabs never use, so it is dropped once the tabs have rendered.
     */
    public static void plainTabs(Tabs tabs) {
        tabs.getElement().executeJs("const t = this; Promise.resolve(t.updateComplete).then(() => {"
                + " const s = t.shadowRoot && t.shadowRoot.querySelector('[part=\"tabs\"]');"
                + " if (s) { s.removeAttribute('tabindex'); } });");
    }
}
