package org.gdplayground.ui.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.system.Messages;
import org.jspecify.annotations.Nullable;

/** What the playground and the compare page do alike with their link: report its invalid parts, copy it. */
public final class PageLinks {

    private PageLinks() {
    }

    /** Lists the parts of the opened link that were invalid ({@code #link-errors}); hidden when there are none. */
    public static void showErrors(Div box, List<ParamError> errors, Messages messages, Locale locale,
            Function<String, String> tr) {
        box.removeAll();
        if (errors.isEmpty()) {
            box.setVisible(false);
            return;
        }
        box.add(new Span(tr.apply("pg.linkErrors")));
        for (ParamError e : errors) {
            Div line = new Div(new Span(e.message(messages, locale)));
            line.addClassName("gdp-link-error");
            box.add(line);
        }
        box.setVisible(true);
    }

    /** Copies the address bar's link to the clipboard (where the browser allows it) and says so with the link. */
    public static void copy(@Nullable UI ui, Function<String, String> done) {
        if (ui == null) {
            return;
        }
        ui.getPage().executeJs("const url = window.location.href;"
                + "if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(url); }"
                + "return url;").then(String.class, url -> Notification.show(done.apply(url), 4000,
                        Notification.Position.BOTTOM_START));
    }
}
