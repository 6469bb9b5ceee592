package org.gdplayground.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small layout and navigation pieces both pages use. */
public final class Layout {

    private Layout() {
    }

    /** A group of controls in the side panel. */
    public static Div section(Component... children) {
        Div d = new Div(children);
        d.addClassName("gdp-section");
        return d;
    }

    /** A card's header: its title and tools (toggles, links) on one line. */
    public static Div header(H3 title, Component... tools) {
        Div d = new Div(title);
        d.add(tools);
        d.addClassName("gdp-card-header");
        return d;
    }

    /**
     * On a phone the controls come first and the pictures below them: after Play, scroll so the status line (sticky
     * there) and the main chart are on screen. Does nothing on wider screens.
     */
    public static void revealStatusOnPhones(Component page) {
        page.getElement().executeJs("if (window.matchMedia('(max-width: 760px)').matches) {"
                + " const s = this.querySelector('#status'); if (s) { s.scrollIntoView({block: 'start'}); } }");
    }

    /**
     * The scenario parameters of the link being opened ({@code lang} is the layout's), or {@code welcome}'s when the
     * link names no scenario.
     */
    public static Map<String, List<String>> scenarioQuery(BeforeEnterEvent event, String welcome) {
        Map<String, List<String>> query = new LinkedHashMap<>(event.getLocation().getQueryParameters()
                .getParameters());
        query.remove("lang");
        return query.isEmpty() ? QueryParameters.fromString(welcome).getParameters() : query;
    }
}
