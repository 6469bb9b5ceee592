package org.gdplayground.ui.playground;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import org.gdplayground.ui.MainLayout;

/** The playground page at {@code /}. */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "playground", layout = MainLayout.class)
public class PlaygroundView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    final H2 heading = new H2();
    final Paragraph body = new Paragraph();

    public PlaygroundView() {
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
        return getTranslation("app.title");
    }
}
