package org.gdplayground.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.system.Messages;
import org.gdplayground.ui.common.StatusText;
import org.junit.jupiter.api.Test;

class RunLabelsTest {

    private final Messages messages = new Messages();

    @Test
    void everyOptimizerHasALabelInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            StatusText.Translator t = (key, args) -> messages.getTranslation(key, locale, args);
            for (String opt : Optimizers.keys()) {
                String label = RunLabels.label(3, new RunSpec(opt, 0.03, Map.of(), null), messages::has, t);
                assertThat(label).as(opt + " " + locale).doesNotContain("!").startsWith("3 · ").contains("0.03");
                assertThat(RunLabels.name(opt, t)).as(opt).doesNotContain("!");
            }
        }
    }

    @Test
    void theShortNameWhereTheBundleHasOneElseTheName() {
        StatusText.Translator t = (key, args) -> messages.getTranslation(key, Locale.ENGLISH, args);
        assertThat(RunLabels.shortName("nesterov", messages::has, t)).isEqualTo("NAG");
        assertThat(RunLabels.shortName("lbfgs", k -> false, t)).isEqualTo("L-BFGS");
        assertThat(RunLabels.label(2, new RunSpec("adam", 0.03, Map.of(), List.of(1.0, -1.0)), messages::has, t))
                .isEqualTo("2 · Adam · lr 0.03 · from (1, −1)");
    }
}
