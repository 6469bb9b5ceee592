package org.gdplayground.ui.common;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.Function;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.Scenario;

/**
 * One picture of a page that plays runs (contour, loss chart, 3-D view, basin map, 1-parameter curve, data plot): the
 * page keeps a list of them ({@link ChartCards}) and forwards the scene and every {@link RunPage.Update} to each, so a
 * new picture is one card class added to that list. A card hides itself when the scene does not suit it.
 */
public interface ChartCard {

    /** The page's translation: a message by key with its parameters ({@code this::getTranslation} on a page). */
    @FunctionalInterface
    interface Texts {
        String get(String key, Object... params);

        /** As a plain key → text function (what the chart specs take). */
        default Function<String, String> plain() {
            return k -> get(k);
        }
    }

    /**
     * What the cards draw for.
     *
     * @param objective the surface
     * @param scenarios the runs, in order (their optimizers and starts)
     * @param series    each run's series: id (its index), label and colour
     * @param names     each run's name with its learning rate (where a card names runs on its own)
     * @param legend    whether the charts draw their own legend (the compare page has one strip for all)
     * @param fresh     new runs (true) or the same runs in a new language (false)
     * @param texts     the page's translation
     */
    record Scene(Objective objective, List<Scenario> scenarios, List<ChartSpecs.Series> series, List<String> names,
            boolean legend, boolean fresh, Texts texts) {

        public Scene {
            scenarios = List.copyOf(scenarios);
            series = List.copyOf(series);
            names = List.copyOf(names);
        }

        /** The translation as a plain key → text function. */
        public Function<String, String> tr() {
            return texts.plain();
        }
    }

    /** The card as it sits among the page's pictures. */
    Component component();

    /** Texts that do not depend on the scene (title, switches), in the page's language. */
    void localize(Texts texts);

    /** A new scenario, new runs or a new language: axes, background, series and texts; shown or hidden. */
    void configure(Scene scene);

    /** A frame's new points, added to {@code batch} (one browser call carries every chart's). */
    default void frame(RunPage.Update u, ChartCards.Batch batch) {
    }

    /** After the points: what depends on the cursor (marks) and the slow redraws the update asks for. */
    default void cursor(RunPage.Update u) {
    }
}
