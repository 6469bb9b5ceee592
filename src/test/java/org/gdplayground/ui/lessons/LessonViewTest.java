package org.gdplayground.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gdplayground.lessons.Lesson;
import org.gdplayground.lessons.LessonLibrary;
import org.gdplayground.ui.SyncRuns;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Every step of every lesson, in both languages, without a browser: its title, counter, text, the live view's exact
 * address, Prev and Next; and every step's live view (the real playground, compare or simpleNet page) opens its
 * scenario ready to play, with no invalid field. The browser test ({@code LessonsIT}) opens each lesson once in a real
 * Chromium: the iframe, the hidden header, a real run judged.
 */
@SpringBootTest
@Import(SyncRuns.class)
class LessonViewTest extends SpringBrowserlessTest {

    @Test
    void everyStepOfEveryLessonShowsItsTextAndLiveAddressInBothLanguagesWithPrevAndNext() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            for (Lesson l : LessonLibrary.get().all()) {
                // from the list, as a learner comes: a new lesson view (the same route with another id reuses it)
                UI.getCurrent().navigate("lessons");
                UI.getCurrent().navigate("lessons/" + l.id(),
                        QueryParameters.fromString("step=1&lang=" + locale.getLanguage()));
                LessonView v = find(LessonView.class).single();
                String where = l.id() + " (" + locale + ")";
                assertThat(UI.getCurrent().getLocale().getLanguage()).as(where).isEqualTo(locale.getLanguage());
                int n = l.steps().size();
                for (int i = 0; i < n; i++) {
                    Lesson.Step s = l.steps().get(i);
                    String at = where + " step " + (i + 1);
                    assertThat(v.title.getText()).as(at).isEqualTo(l.title().in(locale));
                    assertThat(v.counter.getText()).as(at).contains(Integer.toString(i + 1))
                            .contains(Integer.toString(n));
                    assertThat(plain(v.text.getElement().getTextRecursively())).as(at)
                            .contains(firstWords(s.text().in(locale)));
                    assertThat(v.prev.isEnabled()).as(at).isEqualTo(i > 0);
                    assertThat(v.live.getSrc()).as(at).isEqualTo(LessonView.liveSrc(s, locale))
                            .startsWith("." + s.scenario());
                    assertThat(v.getElement().getAttribute("data-step")).as(at).isEqualTo(Integer.toString(i + 1));
                    assertThat(v.getElement().getAttribute("data-live")).as(at).isEqualTo(s.page());
                    if (i < n - 1) {
                        test(v.next).click();
                    }
                }
                if (n > 1) {
                    test(v.prev).click();
                    assertThat(v.getElement().getAttribute("data-step")).as(where).isEqualTo(Integer.toString(n - 1));
                    assertThat(v.live.getSrc()).as(where).isEqualTo(LessonView.liveSrc(l.steps().get(n - 2), locale));
                }
            }
        }
    }

    @Test
    void aLinkToAStepOutsideTheLessonOpensTheNearestStepAndSaysSoInBothLanguages() {
        Lesson l = LessonLibrary.get().all().getFirst();
        int n = l.steps().size();
        UI.getCurrent().navigate("lessons");
        UI.getCurrent().navigate("lessons/" + l.id(), QueryParameters.fromString("step=999&lang=en"));
        LessonView v = find(LessonView.class).single();
        assertThat(v.getElement().getAttribute("data-step")).isEqualTo(Integer.toString(n));
        assertThat(v.linkErrors.isVisible()).isTrue();
        assertThat(v.linkErrors.getElement().getTextRecursively())
                .contains("The step in the link could not be used, so step " + n + " is open:")
                .contains("Step must be a whole number in [1, " + n + "], got 999.");
        // moving on clears it
        test(v.prev).click();
        assertThat(v.linkErrors.isVisible()).isFalse();

        UI.getCurrent().navigate("lessons");
        UI.getCurrent().navigate("lessons/" + l.id(), QueryParameters.fromString("step=abc&lang=ko"));
        v = find(LessonView.class).single();
        assertThat(v.getElement().getAttribute("data-step")).isEqualTo("1");
        assertThat(v.linkErrors.getElement().getTextRecursively())
                .contains("링크의 단계를 쓸 수 없어서 1단계를 열었습니다:")
                .contains("단계: [1, " + n + "] 범위의 정수만 넣을 수 있습니다");

        UI.getCurrent().navigate("lessons");
        UI.getCurrent().navigate("lessons/" + l.id(), QueryParameters.fromString("step=0&lang=en"));
        v = find(LessonView.class).single();
        assertThat(v.getElement().getAttribute("data-step")).isEqualTo("1");
        assertThat(v.linkErrors.getElement().getTextRecursively()).contains("got 0.");

        UI.getCurrent().navigate("lessons");
        UI.getCurrent().navigate("lessons/" + l.id(), QueryParameters.fromString("step=2&lang=en"));
        v = find(LessonView.class).single();
        assertThat(v.linkErrors.isVisible()).isFalse();
    }

    /**
     * What the iframe of each step shows: the page opens the step's scenario, every field valid, ready to play. One
     * link per page and problem (surface or expression or data, full-batch or mini-batch): the other parameters of
     * every link are checked by the real parser, and every solution run by the engine, in {@code LessonFilesTest}.
     */
    @Test
    void everyStepsLiveViewOpensItsScenarioReadyToPlay() {
        java.util.Map<String, String> byProblem = new java.util.LinkedHashMap<>();
        LessonLibrary.get().all().forEach(l -> l.steps().forEach(s -> byProblem.putIfAbsent(problem(s), s.scenario())));
        Set<String> links = new LinkedHashSet<>(byProblem.values());
        List<String> bad = new ArrayList<>();
        for (String link : links) {
            int q = link.indexOf('?');
            String route = link.substring(1, q < 0 ? link.length() : q);
            UI.getCurrent().navigate(route, QueryParameters.fromString(
                    (q < 0 ? "" : link.substring(q + 1) + "&") + "lang=en"));
            Element view = UI.getCurrent().getCurrentView().getElement();
            Element status = byId(view, route.equals("simplenet") ? "simplenet-status" : "status");
            String state = status == null ? null : status.getAttribute("data-state");
            Element errors = byId(view, "simplenet-link-errors");
            String linkErrors = errors == null ? "" : errors.getTextRecursively().strip();
            // a playground's one run is "running" at step 0 (its text says Ready); compare's runs are "ready"
            boolean ready = route.equals("simplenet") ? status != null && linkErrors.isEmpty()
                    : state != null && !state.equals("invalid") && "0".equals(status.getAttribute("data-step"));
            if (!ready) {
                bad.add(link + " → state " + state + (status == null ? "" : ": " + status.getTextRecursively())
                        + " " + linkErrors);
            }
        }
        assertThat(links).hasSizeGreaterThan(12);
        assertThat(bad).isEmpty();
    }

    /** The page and the problem a step's live view shows. */
    private static String problem(Lesson.Step s) {
        java.util.Map<String, List<String>> q = QueryParameters.fromString(s.query()).getParameters();
        return s.page() + " " + q.getOrDefault("fn", List.of()) + " " + q.getOrDefault("expr", List.of()) + " "
                + q.containsKey("batch");
    }

    private static @Nullable Element byId(Element root, String id) {
        if (id.equals(root.getAttribute("id"))) {
            return root;
        }
        for (int i = 0; i < root.getChildCount(); i++) {
            Element found = byId(root.getChild(i), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String plain(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String firstWords(String markup) {
        String plain = plain(markup.replaceAll("\\*\\*|\\*|`", "").strip());
        return plain.substring(0, Math.min(20, plain.length()));
    }
}
