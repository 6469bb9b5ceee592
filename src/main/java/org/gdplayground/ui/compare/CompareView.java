package org.gdplayground.ui.compare;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.gdplayground.ui.MainLayout;

/** Side-by-side comparison of optimizers (under construction: says so, simulates nothing). */
@Route(value = "compare", layout = MainLayout.class)
public class CompareView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final H2 heading = new H2();
    private final Paragraph body = new Paragraph();

    public CompareView() {
        addClassName("gdp-coming-soon");
        setId("coming-soon");
        add(heading, body);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("home.comingSoon.title"));
        body.setText(getTranslation("home.comingSoon.body"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.compare") + " · " + getTranslation("app.title");
    }
}
