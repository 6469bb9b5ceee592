package org.gdplayground.ui.lessons;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Locale;
import org.gdplayground.classroom.ClassPredictions;
import org.gdplayground.classroom.PredictionReporter;
import org.gdplayground.lessons.CheckEvaluator;
import org.gdplayground.lessons.Lesson;
import org.gdplayground.lessons.LessonLibrary;
import org.gdplayground.lessons.RunOutcome;
import org.gdplayground.lessons.RunReports;
import org.gdplayground.system.Messages;
import org.gdplayground.ui.MainLayout;
import org.gdplayground.ui.common.PageLinks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /lessons/<id>?step=n}: the step's text and "try this" ({@code #lesson-text}), the real playground or compare
 * page live beside it in a same-origin iframe ({@code #lesson-live}), and the step's check, evaluated here on what
 * that page reports when its run ends or pauses ({@code #lesson-feedback}). {@code #lesson-prev} and
 * {@code #lesson-next} move between steps; progress is kept in the browser ({@link Progress}).
 */
@Route(value = "lessons/:id", layout = MainLayout.class)
@StyleSheet("context://gdp/lessons.css")
public class LessonView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    /** Forwards the live view's reports (only from our iframe) to this element as {@code gdp-lesson-run}. */
    private static final String LISTEN = "const el=$0;if(el.__gdpListen){return;}"
            + "el.__gdpListen=e=>{const f=document.getElementById('lesson-live');"
            + "if(e.origin!==window.location.origin||!f||e.source!==f.contentWindow||!e.data||e.data.type!=='gdp-run'){return;}"
            + "el.dispatchEvent(new CustomEvent('gdp-lesson-run',{detail:{json:JSON.stringify(e.data)}}));};"
            + "window.addEventListener('message',el.__gdpListen);";
    private static final String UNLISTEN = "const el=$0;if(el.__gdpListen){window.removeEventListener('message',"
            + "el.__gdpListen);el.__gdpListen=null;}";
    /** The embedded page shows only its own content: the app header is already around the lesson. */
    private static final String EMBED = "const f=$0;const hide=()=>{try{const d=f.contentDocument;"
            + "if(d&&d.head&&!d.getElementById('gdp-embedded')){const s=d.createElement('style');s.id='gdp-embedded';"
            + "s.textContent='.gdp-header{display:none!important}';d.head.appendChild(s);}}catch(e){}};"
            + "if(!f.__gdpEmbed){f.__gdpEmbed=true;f.addEventListener('load',hide);}hide();";

    final H2 title = new H2();
    final Span source = new Span();
    final Span counter = new Span();
    final Div text = new Div();
    final Div feedback = new Div();
    final Span feedbackTitle = new Span();
    final Span feedbackText = new Span();
    final Button prev = new Button();
    final Button next = new Button();
    final Anchor back = new Anchor("lessons", "");
    final Anchor open = new Anchor("", "");
    final IFrame live = new IFrame();
    final Div dots = new Div();
    /** The link's bad {@code step}, as the other pages list a bad link parameter ({@link StepLink}). */
    final Div linkErrors = new Div();
    private final Messages messages;
    private java.util.Optional<org.gdplayground.scenario.ParamError> stepProblem = java.util.Optional.empty();
    private final Div column = new Div();
    final PredictionBox predictions = new PredictionBox((key, args) -> getTranslation(key, args));

    private @Nullable Lesson lesson;
    private int step;
    private @Nullable Integer requestedStep;
    private final java.util.Set<Integer> done = new java.util.TreeSet<>();
    private @Nullable RunOutcome lastOutcome;
    private boolean shown;

    public LessonView(PredictionReporter classes, Messages messages) {
        this.messages = messages;
        predictions.onVerdict((predicted, outcome, diagnosis) -> reportVerdict(classes, predicted, outcome,
                diagnosis));
        addClassName("gdp-lesson");
        title.setId("lesson-title");
        source.addClassName("gdp-lesson-source");
        counter.setId("lesson-step");
        counter.addClassName("gdp-lesson-counter");
        text.setId("lesson-text");
        text.addClassName("gdp-lesson-text");
        feedback.setId("lesson-feedback");
        feedback.addClassName("gdp-lesson-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        feedback.getElement().setAttribute("role", "status");
        feedbackTitle.addClassName("gdp-lesson-feedback-title");
        feedbackText.addClassName("gdp-lesson-feedback-text");
        feedback.add(feedbackTitle, feedbackText);
        prev.setId("lesson-prev");
        next.setId("lesson-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prev.addClickListener(e -> show(step - 1));
        linkErrors.setId("lesson-link-errors");
        linkErrors.addClassName("gdp-link-errors");
        linkErrors.setVisible(false);
        next.addClickListener(e -> {
            Lesson l = lesson;
            if (l != null && step >= l.steps().size() - 1) {
                getUI().ifPresent(ui -> ui.navigate(LessonsView.class));
            } else {
                show(step + 1);
            }
        });
        back.setId("lesson-back");
        back.addClassName("gdp-lesson-back");
        open.setId("lesson-open");
        open.setTarget(AnchorTarget.BLANK);
        open.addClassName("gdp-lesson-open");
        dots.addClassName("gdp-lesson-dots");
        live.setId("lesson-live");
        live.addClassName("gdp-lesson-live");
        Div buttons = new Div(prev, dots, next);
        buttons.addClassName("gdp-lesson-buttons");
        column.addClassName("gdp-lesson-column");
        Div head = new Div(back, title, source, counter, linkErrors);
        head.addClassName("gdp-lesson-head");
        column.add(head, text, predictions.result, feedback, buttons, open);
        Div liveBox = new Div(live);
        liveBox.addClassName("gdp-lesson-livebox");
        add(column, liveBox);
        getElement().addEventListener("gdp-lesson-run", e -> onReport(e.getEventData()
                .get("event.detail.json").asString())).addEventData("event.detail.json");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        lesson = LessonLibrary.get().find(id).orElse(null);
        if (lesson == null) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class,
                    getTranslation("lesson.notfound", id));
            return;
        }
        StepLink link = StepLink.of(event.getLocation().getQueryParameters().getSingleParameter(StepLink.PARAM)
                .orElse(null), lesson.steps().size());
        requestedStep = link.index().map(i -> i + 1).orElse(null);
        stepProblem = link.problem();
        linkErrors.setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent e) {
        getElement().executeJs(LISTEN, getElement());
        Lesson l = lesson;
        if (l == null) {
            return;
        }
        Integer wanted = requestedStep;
        if (wanted != null) {
            show(wanted - 1);
        }
        getElement().executeJs(Progress.READ).then(String.class, json -> restore(l, json, wanted == null),
                error -> {
                    if (wanted == null) {
                        show(0);
                    }
                });
    }

    @Override
    protected void onDetach(DetachEvent e) {
        getElement().executeJs(UNLISTEN, getElement());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (lesson != null && shown) {
            show(step);
        }
    }

    @Override
    public String getPageTitle() {
        Lesson l = lesson;
        return (l == null ? getTranslation("lessons.title") : l.title().in(getLocale())) + " · "
                + getTranslation("app.title");
    }

    /** Reads the saved progress; opens the saved step when the link named none. */
    private void restore(Lesson l, String json, boolean resume) {
        int saved = 1;
        try {
            JsonNode p = JsonMapper.builder().build().readTree(json).path(l.id());
            p.path("done").forEach(d -> done.add(d.asInt(0)));
            saved = p.path("step").asInt(1);
        } catch (RuntimeException ex) {
            // unreadable progress: start afresh
        }
        if (resume) {
            show(saved - 1);
        } else {
            showDots();
        }
    }

    /** Shows step {@code index} (0-based, clamped): its text, its live view and a fresh feedback box. */
    void show(int index) {
        Lesson l = lesson;
        if (l == null) {
            return;
        }
        int newStep = Math.max(0, Math.min(index, l.steps().size() - 1));
        boolean moved = newStep != step || !shown;
        step = newStep;
        shown = true;
        Locale locale = getLocale();
        Lesson.Step s = l.steps().get(step);
        title.setText(l.title().in(locale));
        source.setText(getTranslation("lessons.source", l.source().in(locale)));
        counter.setText(getTranslation("lesson.step", step + 1, l.steps().size()));
        // the link's bad step stays listed until the learner moves on (re-said in the page's language)
        if (moved && stepProblem.isPresent() && linkErrors.isVisible()) {
            stepProblem = java.util.Optional.empty();
        }
        PageLinks.showErrors(linkErrors, stepProblem.stream().toList(), messages, locale,
                key -> getTranslation("lesson.link.step", step + 1));
        text.removeAll();
        text.add(Markup.paragraphs(s.text().in(locale)).toArray(Paragraph[]::new));
        Div tryBox = new Div();
        tryBox.setId("lesson-try");
        tryBox.addClassName("gdp-lesson-try");
        H3 tryTitle = new H3(getTranslation("lesson.try"));
        tryBox.add(tryTitle);
        tryBox.add(Markup.paragraphs(s.tryThis().in(locale)).toArray(Paragraph[]::new));
        predictions.show(s.prediction(), locale, moved);
        text.add(predictions.predict, tryBox);
        prev.setText(getTranslation("lesson.prev"));
        prev.setEnabled(step > 0);
        next.setText(getTranslation(step >= l.steps().size() - 1 ? "lesson.finish" : "lesson.next"));
        back.setText("← " + getTranslation("lesson.back"));
        open.setText(getTranslation("lesson.open") + " ↗");
        String src = liveSrc(s, locale);
        open.setHref(src);
        live.getElement().setAttribute("title", getTranslation("lesson.live"));
        if (moved || !src.equals(live.getSrc())) {
            live.setSrc(src);
            live.getElement().executeJs(EMBED, live.getElement());
            lastOutcome = null;
        }
        getElement().setAttribute("data-lesson", l.id());
        getElement().setAttribute("data-step", Integer.toString(step + 1));
        getElement().setAttribute("data-live", s.page());
        RunOutcome o = lastOutcome;
        if (o == null) {
            waiting();
        } else {
            judge(o);
        }
        showDots();
        getElement().executeJs(Progress.WRITE, l.id(), step + 1, 0);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "lessons/" + l.id() + (step > 0 ? "?step=" + (step + 1) : "")));
    }

    /** The live view's address: the step's scenario in the page's language. */
    static String liveSrc(Lesson.Step s, Locale locale) {
        String sep = s.scenario().contains("?") ? "&" : "?";
        return "." + s.scenario() + sep + "lang=" + locale.getLanguage();
    }

    private void waiting() {
        feedback.getElement().setAttribute("data-verdict", "waiting");
        feedbackTitle.setText(getTranslation("lesson.feedback.title"));
        feedbackText.setText(getTranslation("lesson.feedback.waiting"));
    }

    void onReport(String json) {
        RunOutcome o = RunReports.parse(json);
        if (o == null || o.runs().isEmpty() || o.runs().stream().allMatch(r -> r.step() == 0)) {
            return;
        }
        lastOutcome = o;
        predictions.ran(o.runs().getFirst());
        judge(o);
    }

    /** A class member's verdict goes to their class (nothing happens for anyone else). */
    private void reportVerdict(PredictionReporter classes, String predicted, String outcome, String diagnosis) {
        Lesson l = lesson;
        if (l != null) {
            getUI().ifPresent(ui -> classes.predicted(ui, new ClassPredictions.Verdict(l.id(), step + 1, predicted,
                    outcome, diagnosis)));
        }
    }

    private void judge(RunOutcome o) {
        Lesson l = lesson;
        if (l == null) {
            return;
        }
        CheckEvaluator.Feedback f = CheckEvaluator.evaluate(l.steps().get(step).check(), o, getLocale());
        feedback.getElement().setAttribute("data-verdict", f.verdict().name().toLowerCase(Locale.ROOT));
        feedbackTitle.setText(getTranslation(f.passed() ? "lesson.feedback.passed" : "lesson.feedback.notyet"));
        feedbackText.setText(f.message());
        if (f.passed() && done.add(step + 1)) {
            getElement().executeJs(Progress.WRITE, l.id(), step + 1, step + 1);
            showDots();
        }
    }

    private void showDots() {
        Lesson l = lesson;
        if (l == null) {
            return;
        }
        dots.removeAll();
        for (int i = 0; i < l.steps().size(); i++) {
            Span d = new Span();
            d.addClassName("gdp-lesson-dot");
            if (i == step) {
                d.addClassName("current");
            }
            if (done.contains(i + 1)) {
                d.addClassName("done");
                d.getElement().setAttribute("title", getTranslation("lesson.done"));
            }
            dots.add(d);
        }
        getElement().setAttribute("data-done", Integer.toString(done.size()));
    }
}
