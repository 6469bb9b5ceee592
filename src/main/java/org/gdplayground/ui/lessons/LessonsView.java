package org.gdplayground.ui.lessons;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.gdplayground.lessons.Lesson;
import org.gdplayground.lessons.LessonLibrary;
import org.gdplayground.ui.MainLayout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /lessons}: one link per lesson ({@code #lesson-<id>}) with the progress kept in this browser. */
@Route(value = "lessons", layout = MainLayout.class)
@StyleSheet("context://gdp/lessons.css")
public class LessonsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    final H2 heading = new H2();
    final Paragraph intro = new Paragraph();
    final OrderedList list = new OrderedList();
    private final Map<String, Anchor> links = new LinkedHashMap<>();
    private final Map<String, Span> progress = new LinkedHashMap<>();
    private final Map<String, Span> summaries = new LinkedHashMap<>();
    private final Map<String, Span> sources = new LinkedHashMap<>();
    private JsonNode stored = JsonMapper.builder().build().createObjectNode();

    public LessonsView() {
        addClassName("gdp-lessons");
        heading.setId("lessons-title");
        list.setId("lessons-list");
        list.addClassName("gdp-lessons-list");
        for (Lesson l : LessonLibrary.get().all()) {
            Anchor a = new Anchor("lessons/" + l.id(), "");
            a.setId("lesson-" + l.id());
            a.addClassName("gdp-lessons-link");
            Span summary = new Span();
            summary.addClassName("gdp-lessons-summary");
            Span source = new Span();
            source.addClassName("gdp-lessons-source");
            Span p = new Span();
            p.addClassName("gdp-lessons-progress");
            p.setId("lesson-progress-" + l.id());
            links.put(l.id(), a);
            summaries.put(l.id(), summary);
            sources.put(l.id(), source);
            progress.put(l.id(), p);
            ListItem item = new ListItem(a, summary, source, p);
            item.addClassName("gdp-lessons-item");
            list.add(item);
        }
        add(heading, intro, list);
    }

    @Override
    protected void onAttach(AttachEvent e) {
        localize(e.getUI().getLocale());
        getElement().executeJs(Progress.READ).then(String.class, json -> {
            try {
                stored = JsonMapper.builder().build().readTree(json);
            } catch (RuntimeException ex) {
                // unreadable progress: show none
            }
            showProgress();
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize(event.getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lessons.title") + " · " + getTranslation("app.title");
    }

    private void localize(Locale locale) {
        heading.setText(getTranslation("lessons.title"));
        intro.setText(getTranslation("lessons.intro"));
        for (Lesson l : LessonLibrary.get().all()) {
            links.get(l.id()).setText(l.title().in(locale));
            summaries.get(l.id()).setText(l.summary().in(locale));
            sources.get(l.id()).setText(getTranslation("lessons.source", l.source().in(locale)));
        }
        showProgress();
    }

    private void showProgress() {
        for (Lesson l : LessonLibrary.get().all()) {
            JsonNode p = stored.path(l.id());
            int total = l.steps().size();
            int done = 0;
            for (JsonNode d : p.path("done")) {
                if (d.asInt(0) >= 1 && d.asInt(0) <= total) {
                    done++;
                }
            }
            int at = Math.max(1, Math.min(total, p.path("step").asInt(1)));
            Span s = progress.get(l.id());
            s.setText(done == 0 && p.isMissingNode() ? getTranslation("lessons.progress.none", total)
                    : done >= total ? getTranslation("lessons.progress.complete", total)
                    : getTranslation("lessons.progress", done, total));
            s.getElement().setAttribute("data-done", Integer.toString(done));
            links.get(l.id()).setHref("lessons/" + l.id() + (at > 1 ? "?step=" + at : ""));
            links.get(l.id()).getElement().getParent().setAttribute("data-complete",
                    Boolean.toString(done >= total));
        }
    }
}
