package org.gdplayground.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gdplayground.system.Messages;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every page: the app's name, navigation and the language switch.
 *
 * <p>Language: the browser's language on the first visit (Vaadin matches it against {@link Messages}), the switch in
 * the header at any time, and {@code ?lang=ko|en} on any URL. The choice is kept in the Vaadin session.
 */
public class MainLayout extends Div implements RouterLayout, BeforeEnterObserver, LocaleChangeObserver {

    final Span title = new Span();
    final Span tagline = new Span();
    final RouterLink playgroundLink = new RouterLink();
    final RouterLink compareLink = new RouterLink();
    final RouterLink simplenetLink = new RouterLink();
    final RouterLink lessonsLink = new RouterLink();
    final RouterLink classLink = new RouterLink();
    final Select<Locale> language = new Select<>();
    private final Main content = new Main();

    public MainLayout() {
        addClassName("gdp-shell");
        title.addClassName("gdp-title");
        title.setId("app-title");
        tagline.addClassName("gdp-tagline");
        route(playgroundLink, "");
        playgroundLink.setId("nav-playground");
        route(compareLink, "compare");
        compareLink.setId("nav-compare");
        route(lessonsLink, "lessons");
        lessonsLink.setId("nav-lessons");
        Nav nav = new Nav(playgroundLink, compareLink, lessonsLink);
        nav.addClassName("gdp-nav");
        route(simplenetLink, "simplenet");
        simplenetLink.setId("nav-simplenet");
        nav.add(simplenetLink);
        route(classLink, "class");
        classLink.setId("nav-class");
        nav.add(classLink);

        language.setId("lang");
        language.setItems(List.of(Messages.KOREAN, Messages.ENGLISH));
        language.setItemLabelGenerator(l -> getTranslation("lang." + l.getLanguage()));
        language.addClassName("gdp-lang");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchTo(e.getValue());
            }
        });

        Div brand = new Div(title, tagline);
        brand.addClassName("gdp-brand");
        Header header = new Header(brand, nav, language);
        header.addClassName("gdp-header");
        content.addClassName("gdp-content");
        add(header, content);
    }

    /**
     * Points {@code link} at the view registered for {@code path}. By path, not by class: the views name this layout
     * in their {@code @Route}, so the layout naming them would tie the shell and every feature into one cycle.
     */
    private static void route(RouterLink link, String path) {
        RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> r.getTemplate().equals(path)).findFirst()
                .ifPresent(r -> link.setRoute(r.getNavigationTarget()));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        localize(attachEvent.getUI().getLocale());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String lang = event.getLocation().getQueryParameters().getSingleParameter("lang").orElse(null);
        Locale forced = Messages.parseLang(lang);
        if (forced != null && !forced.equals(event.getUI().getLocale())) {
            switchTo(forced);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize(event.getLocale());
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(Objects.requireNonNull(view).getElement());
    }

    /** Sets the language for this tab and the session; every {@link LocaleChangeObserver} re-labels itself. */
    static void switchTo(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(locale);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(locale);
        }
    }

    private void localize(@Nullable Locale locale) {
        Locale l = Messages.supported(locale);
        title.setText(getTranslation("app.title"));
        tagline.setText(getTranslation("app.tagline"));
        playgroundLink.setText(getTranslation("nav.playground"));
        compareLink.setText(getTranslation("nav.compare"));
        simplenetLink.setText(getTranslation("simplenet.nav"));
        lessonsLink.setText(getTranslation("nav.lessons"));
        classLink.setText(getTranslation("classroom.nav"));
        language.setAriaLabel(getTranslation("lang.label"));
        language.setItemLabelGenerator(x -> getTranslation("lang." + x.getLanguage()));
        if (!l.equals(language.getValue())) {
            language.setValue(l);
        }
        UI ui = UI.getCurrent();
        ui.getElement().setAttribute("lang", l.getLanguage());
        ui.getPage().executeJs("document.documentElement.lang=$0", l.toLanguageTag());
        ui.getReconnectDialogConfiguration().setDialogText(getTranslation("sys.reconnecting"));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(getTranslation("sys.offline"));
        ui.getPage().executeJs("const c=window.Vaadin&&window.Vaadin.connectionIndicator;if(c){c.onlineText=$0;}",
                getTranslation("sys.online"));
    }

    /** For tests: the component that hosts the routed view. */
    Component content() {
        return content;
    }
}
