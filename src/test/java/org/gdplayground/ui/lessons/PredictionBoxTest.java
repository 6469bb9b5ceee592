package org.gdplayground.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gdplayground.lessons.Prediction;
import org.gdplayground.lessons.RunOutcome;
import org.gdplayground.lessons.Text;
import org.junit.jupiter.api.Test;

/** A verdict goes out once per new (prediction, outcome): that is what a student's class hears. */
class PredictionBoxTest {

    private static RunOutcome.Run run(String status, String diagnosis) {
        return new RunOutcome.Run(1, "sgd", 0.5, null, status, true, diagnosis, 3, 40, 1e9, List.of(1.0, 2.0));
    }

    @Test
    void eachNewVerdictIsReportedOnceWithTheRunsDiagnosis() {
        List<String> heard = new ArrayList<>();
        PredictionBox box = new PredictionBox((key, args) -> key);
        box.onVerdict((predicted, outcome, diagnosis) -> heard.add(predicted + ">" + outcome + ":" + diagnosis));
        Prediction p = new Prediction(new Text("What happens?", "어떻게 될까요?"), List.of("converges", "diverges"),
                null);
        box.show(p, Locale.ENGLISH, true);
        box.ran(run("diverged", "diverging"));
        assertThat(heard).as("no prediction yet: nothing to report").isEmpty();

        box.choose("converges");
        assertThat(heard).containsExactly("converges>diverges:diverging");
        assertThat(box.result.getElement().getAttribute("data-held")).isEqualTo("false");

        box.show(p, Locale.KOREAN, false); // a new language redraws the same verdict
        assertThat(heard).hasSize(1);

        box.ran(run("max_steps", "global-minimum"));
        assertThat(heard).containsExactly("converges>diverges:diverging", "converges>converges:global-minimum");

        box.show(p, Locale.ENGLISH, true); // the next step starts afresh
        box.choose("diverges");
        box.ran(run("diverged", "diverging"));
        assertThat(heard).hasSize(3).last().isEqualTo("diverges>diverges:diverging");
    }
}
