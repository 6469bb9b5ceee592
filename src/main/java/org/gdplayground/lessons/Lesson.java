package org.gdplayground.lessons;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lesson: read from {@code resources/lessons/<id>.yaml} by {@link LessonLibrary}.
 *
 * @param id      the file name and the URL part, e.g. {@code lr-too-large}
 * @param order   position in the list
 * @param source  where the lesson comes from (a seed post, d2l), shown under its title
 * @param title   the title
 * @param summary what it teaches, one sentence
 * @param steps   at least one step
 */
public record Lesson(String id, int order, Text source, Text title, Text summary, List<Step> steps) {

    public Lesson {
        steps = List.copyOf(steps);
    }

    /**
     * One step.
     *
     * @param text     the paragraph(s), in the simple markup of {@link Markup}
     * @param scenario the live view's link: {@code /?…} (playground) or {@code /compare?…}
     * @param tryThis  what to do in the live view
     * @param check    how the learner's run is judged
     * @param solution   a link whose run meets the goal (checked by the tests with the real engine), or null
     * @param prediction what the learner predicts before running (key {@code predict}), or null
     */
    public record Step(Text text, String scenario, Text tryThis, Check check, @Nullable String solution,
            @Nullable Prediction prediction) {

        /** A step without a prediction. */
        public Step(Text text, String scenario, Text tryThis, Check check, @Nullable String solution) {
            this(text, scenario, tryThis, check, solution, null);
        }

        /** The live view: {@code playground}, {@code compare} or {@code simplenet}. */
        public String page() {
            return scenario.startsWith("/compare") ? "compare"
                    : scenario.startsWith("/simplenet") ? "simplenet" : "playground";
        }

        /** The query part of the scenario link (without {@code ?}). */
        public String query() {
            int q = scenario.indexOf('?');
            return q < 0 ? "" : scenario.substring(q + 1);
        }
    }
}
