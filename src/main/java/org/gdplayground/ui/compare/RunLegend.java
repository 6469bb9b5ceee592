package org.gdplayground.ui.compare;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;

/** The strip naming every run once ({@code #legend}) and the step table's run tabs ({@code #table-run-N}). */
final class RunLegend {

    private RunLegend() {
    }

    static void fill(Div legend, Tabs tabs, List<String> labels, List<String> colors, int selected) {
        legend.removeAll();
        tabs.removeAll();
        for (int i = 0; i < labels.size(); i++) {
            Span entry = new Span(swatch(colors.get(i)), new Span(labels.get(i)));
            entry.addClassName("gdp-legend-entry");
            entry.getElement().setAttribute("data-run", Integer.toString(i + 1));
            legend.add(entry);
            Tab tab = new Tab(swatch(colors.get(i)), new Span(labels.get(i)));
            tab.setId("table-run-" + (i + 1));
            tabs.add(tab);
        }
        tabs.setSelectedIndex(selected);
    }

    private static Span swatch(String color) {
        Span s = new Span();
        s.addClassName("gdp-swatch");
        s.getStyle().set("background", color);
        return s;
    }
}
