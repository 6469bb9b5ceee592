package org.gdplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * "Predict, then run": at least eight lessons ask for a prediction, the five misconception lessons exist and each
 * asks one, and the run of every predicting step's own link, played by the real engine, ends in one of the offered
 * choices — and in the one its explanation is about ({@link #EXPECTED}), so the verdict a learner sees after pressing
 * Play says what the "why" explains.
 */
class LessonPredictionsTest {

    /** What each predicting step's link does (lesson id, step number → outcome), written by hand from its "why". */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("first-descent/1", "converges"),
            Map.entry("lr-too-large/1", "diverges"),
            Map.entry("lr-too-large/2", "slow"),
            Map.entry("local-minima/1", "local-minimum"),
            Map.entry("saddle-and-plateau/1", "stuck"),
            Map.entry("saddle-and-plateau/3", "stuck"),
            Map.entry("d2l-lr-1d/3", "diverges"),
            Map.entry("quiz-scores/1", "slow"),
            Map.entry("study-hours/3", "converges"),
            Map.entry("misconception-bigger-lr/1", "diverges"),
            Map.entry("misconception-loss-always-down/1", "converges"),
            Map.entry("misconception-momentum-damps/1", "converges"),
            Map.entry("misconception-one-lr/1", "diverges"),
            Map.entry("misconception-zero-gradient/1", "stuck"));

    @Test
    void everyPredictingStepsRunEndsAsItsExplanationSays() {
        Map<String, String> actual = new TreeMap<>();
        List<String> lessonsWithPredictions = new ArrayList<>();
        for (Lesson l : LessonLibrary.get().all()) {
            for (int i = 0; i < l.steps().size(); i++) {
                Lesson.Step s = l.steps().get(i);
                Prediction p = s.prediction();
                if (p == null) {
                    continue;
                }
                if (!lessonsWithPredictions.contains(l.id())) {
                    lessonsWithPredictions.add(l.id());
                }
                RunOutcome o = LessonRuns.outcome(s.scenario());
                String did = Prediction.outcome(o.runs().getFirst());
                actual.put(l.id() + "/" + (i + 1), did);
            }
        }
        assertThat(actual).isEqualTo(new TreeMap<>(EXPECTED));
        for (Lesson l : LessonLibrary.get().all()) {
            for (int i = 0; i < l.steps().size(); i++) {
                Prediction p = l.steps().get(i).prediction();
                if (p != null) {
                    assertThat(p.choices()).as(l.id() + " step " + (i + 1)).contains(actual.get(l.id() + "/" + (i + 1)));
                }
            }
        }
        assertThat(lessonsWithPredictions).hasSizeGreaterThanOrEqualTo(8);
        assertThat(lessonsWithPredictions).contains("misconception-bigger-lr", "misconception-loss-always-down",
                "misconception-momentum-damps", "misconception-one-lr", "misconception-zero-gradient");
    }

    @Test
    void outcomesFromTheDiagnosis() {
        assertThat(Prediction.outcome(run("max-steps", "diverging"))).isEqualTo("diverges");
        assertThat(Prediction.outcome(run("diverged", "none"))).isEqualTo("diverges");
        assertThat(Prediction.outcome(run("max-steps", "oscillating"))).isEqualTo("oscillates");
        assertThat(Prediction.outcome(run("max-steps", "local-minimum"))).isEqualTo("local-minimum");
        assertThat(Prediction.outcome(run("max-steps", "saddle"))).isEqualTo("stuck");
        assertThat(Prediction.outcome(run("max-steps", "plateau"))).isEqualTo("stuck");
        assertThat(Prediction.outcome(run("max-steps", "global-minimum"))).isEqualTo("converges");
        assertThat(Prediction.outcome(run("converged", "none"))).isEqualTo("converges");
        assertThat(Prediction.outcome(run("max-steps", "none"))).isEqualTo("slow");
    }

    @Test
    void anUnknownChoiceIsRefusedWithItsFile() {
        String yaml = """
                id: x
                source: {en: s, ko: 출처}
                title: {en: t, ko: 제목}
                summary: {en: s, ko: 요약}
                steps:
                  - text: {en: t, ko: 글}
                    scenario: /?fn=sphere
                    try: {en: t, ko: 해 보기}
                    check: {goal: {}, success: {en: s, ko: 성공}, hint: {en: h, ko: 힌트}}
                    predict: {question: {en: q, ko: 질문}, choices: [converges, explodes]}
                """;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LessonLibrary.parse("x.yaml",
                new java.io.StringReader(yaml))).isInstanceOf(LessonFormatException.class)
                .hasMessageContaining("x.yaml step 1: predict: choice 'explodes'");
    }

    private static RunOutcome.Run run(String status, String diagnosis) {
        return new RunOutcome.Run(1, "sgd", 0.1, null, status, true, diagnosis, 1, 10, 1.0, List.of(0.0));
    }
}
