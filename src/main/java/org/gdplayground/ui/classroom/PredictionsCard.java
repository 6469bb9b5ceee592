package org.gdplayground.ui.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.gdplayground.classroom.ClassEvents;
import org.gdplayground.classroom.ClassPredictions;
import org.gdplayground.classroom.ClassPredictions.Tally;
import org.gdplayground.classroom.ClassroomService;
import org.gdplayground.classroom.Model.ClassInfo;
import org.gdplayground.lessons.Lesson;
import org.gdplayground.lessons.LessonLibrary;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's predictions against outcomes ({@code #class-predictions}): for every lesson step the students
 * answered, how many predicted what and what their runs did — "predicted converges, saw it diverge: 7" — the
 * mismatches first, each a bar as long as its share of the step's answers. It keeps itself fresh: it listens to the
 * class's events and reloads at most once a second. Its download ({@code #export-class-predictions}) gives every
 * student's verdict per step as CSV, headers and choices in the teacher's language ({@link ClassPredictions#csv}).
 */
public final class PredictionsCard extends Div implements LocaleChangeObserver {

    private static final long REFRESH_MS = 1000;

    private final ClassPredictions predictions;
    private final ClassroomService classes;
    private final Supplier<@Nullable ClassInfo> info;
    private final H3 title = new H3();
    private final Paragraph hint = new Paragraph();
    private final Div steps = new Div();
    private final Anchor export = new Anchor();
    private List<Tally> shown = List.of();
    private ClassEvents.@Nullable Subscription subscription;
    private @Nullable UI ui;
    private volatile boolean scheduled;

    /**
     * @param info the class as its key opened it on the dashboard (null when no class is open: the card stays empty)
     */
    public PredictionsCard(ClassPredictions predictions, ClassroomService classes, Supplier<@Nullable ClassInfo> info) {
        this.predictions = predictions;
        this.classes = classes;
        this.info = info;
        setId("class-predictions");
        addClassNames("gdp-card", "gdp-class-predictions");
        hint.addClassName("gdp-hint");
        steps.addClassName("gdp-pred-steps");
        export.setId("export-class-predictions");
        export.addClassName("gdp-class-export");
        export.setHref(DownloadHandler.fromInputStream(event -> {
            ClassInfo i = info.get();
            if (i == null) {
                return DownloadResponse.error(404);
            }
            byte[] csv = csv(i, ZoneId.systemDefault()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "class-" + i.code() + "-predictions.csv",
                    "text/csv;charset=utf-8", csv.length);
        }));
        export.getElement().setAttribute("download", true);
        add(title, hint, steps, export);
    }

    /** The download's text: the class's verdicts with headers, choices and lesson titles in this card's language. */
    public String csv(ClassInfo i, ZoneId zone) {
        Locale locale = getLocale();
        return predictions.csv(i, n -> getTranslation("classroom.anon", n), key -> getTranslation(key),
                id -> LessonLibrary.get().find(id).map(l -> l.title().in(locale)).orElse(id), zone);
    }

    @Override
    protected void onAttach(AttachEvent e) {
        ui = e.getUI();
        ClassInfo i = info.get();
        if (i != null && subscription == null) {
            subscription = classes.events().subscribe(i.code(), kind -> schedule());
        }
        load();
    }

    @Override
    protected void onDetach(DetachEvent e) {
        ClassEvents.Subscription s = subscription;
        if (s != null) {
            s.close();
            subscription = null;
        }
        ui = null;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        show(shown);
    }

    private void schedule() {
        if (scheduled) {
            return;
        }
        scheduled = true;
        ClassLive.TIMER.schedule(() -> {
            scheduled = false;
            UI u = ui;
            ClassInfo i = info.get();
            if (u == null || i == null) {
                return;
            }
            try {
                List<Tally> t = predictions.tallies(i);
                u.access(() -> show(t));
            } catch (RuntimeException ex) {
                // the database is away for a moment: the next event tries again
            }
        }, REFRESH_MS, TimeUnit.MILLISECONDS);
    }

    private void load() {
        ClassInfo i = info.get();
        try {
            show(i == null ? List.of() : predictions.tallies(i));
        } catch (RuntimeException ex) {
            show(List.of());
        }
    }

    /** Draws the tallies (UI thread). */
    void show(List<Tally> tallies) {
        shown = List.copyOf(tallies);
        Locale locale = getLocale();
        title.setText(getTranslation("pred.title"));
        hint.setText(getTranslation(tallies.isEmpty() ? "pred.none" : "pred.hint"));
        export.setText(getTranslation("pred.csv.download"));
        export.setVisible(!tallies.isEmpty());
        steps.removeAll();
        Map<String, List<Tally>> byStep = new LinkedHashMap<>();
        for (Tally t : tallies) {
            byStep.computeIfAbsent(t.lesson() + "#" + t.step(), k -> new ArrayList<>()).add(t);
        }
        for (List<Tally> step : byStep.values()) {
            steps.add(step(step, locale));
        }
    }

    private Div step(List<Tally> tallies, Locale locale) {
        Tally first = tallies.getFirst();
        Lesson lesson = LessonLibrary.get().find(first.lesson()).orElse(null);
        String name = lesson == null ? first.lesson() : lesson.title().in(locale);
        H4 head = new H4(getTranslation("pred.step", name, first.step()));
        Div box = new Div(head);
        box.addClassName("gdp-pred-step");
        box.getElement().setAttribute("data-lesson", first.lesson());
        box.getElement().setAttribute("data-step", Integer.toString(first.step()));
        if (lesson != null && first.step() <= lesson.steps().size()) {
            var p = lesson.steps().get(first.step() - 1).prediction();
            if (p != null) {
                Paragraph q = new Paragraph(p.question().in(locale));
                q.addClassName("gdp-pred-question");
                box.add(q);
            }
        }
        int total = tallies.stream().mapToInt(Tally::count).sum();
        int held = tallies.stream().filter(Tally::held).mapToInt(Tally::count).sum();
        Span summary = new Span(getTranslation("pred.summary", held, total));
        summary.addClassName("gdp-pred-summary");
        box.add(summary);
        List<Tally> ordered = new ArrayList<>(tallies);
        ordered.sort(Comparator.comparing(Tally::held).thenComparing(Comparator.comparingInt(Tally::count).reversed()));
        for (Tally t : ordered) {
            Span label = new Span(getTranslation(t.held() ? "pred.row.held" : "pred.row.missed",
                    getTranslation("pred.short." + t.predicted()), getTranslation("pred.short." + t.outcome())));
            label.addClassName("gdp-pred-label");
            Span bar = new Span();
            bar.addClassName("gdp-pred-bar");
            bar.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", 100.0 * t.count() / total));
            Div track = new Div(bar);
            track.addClassName("gdp-pred-track");
            Span count = new Span(Integer.toString(t.count()));
            count.addClassName("gdp-pred-count");
            Div row = new Div(label, track, count);
            row.addClassNames("gdp-pred-row", t.held() ? "gdp-pred-held" : "gdp-pred-missed");
            row.getElement().setAttribute("data-predicted", t.predicted());
            row.getElement().setAttribute("data-outcome", t.outcome());
            row.getElement().setAttribute("data-count", Integer.toString(t.count()));
            box.add(row);
        }
        return box;
    }
}
