package org.gdplayground.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gdplayground.engine.analysis.GradientCheck;
import org.gdplayground.engine.analysis.Insight;
import org.gdplayground.engine.function.Sphere;
import org.gdplayground.system.Messages;
import org.gdplayground.ui.common.StatusText;
import org.junit.jupiter.api.Test;

class StabilityTextTest {

    private final Messages messages = new Messages();
    private final StatusText.Translator en = (k, a) -> messages.getTranslation(k, Locale.ENGLISH, a);
    private final StatusText.Translator ko = (k, a) -> messages.getTranslation(k, Locale.KOREAN, a);

    /** A bowl with L = 4: 2/L = 0.5, 1/L = 0.25. */
    private final Insight bowl = Insight.of(new double[] {1, 1}, new double[][] {{4, 0}, {0, 1}});

    @Test
    void lrAboveTwoOverLDiverges() {
        assertThat(String.join(" ", StabilityText.verdict(bowl, 0.6, "sgd", en))).contains(
                "Your lr 0.6 is above 2/L = 0.5: plain GD diverges on this quadratic (along the steepest direction"
                        + " the error grows ×1.4 each step).");
        assertThat(String.join(" ", StabilityText.verdict(bowl, 0.6, "sgd", ko))).contains(
                "지금 학습률(0.6)이 2/L = 0.5보다 큽니다.");
    }

    @Test
    void belowAtAndBetween() {
        assertThat(StabilityText.verdict(bowl, 0.5, "sgd", en).getLast()).startsWith("Your lr 0.5 is at 2/L = 0.5");
        assertThat(StabilityText.verdict(bowl, 0.3, "sgd", en).getLast())
                .startsWith("Your lr 0.3 is below 2/L = 0.5 but above 1/L = 0.25");
        // the slowest direction (λ = 1) shrinks ×|1 − 0.1·1| = 0.9
        assertThat(StabilityText.verdict(bowl, 0.1, "sgd", en).getLast())
                .isEqualTo("Your lr 0.1 is below 1/L = 0.25: plain GD converges without overshooting; the slowest"
                        + " direction shrinks only ×0.9 per step.");
    }

    @Test
    void otherOptimizersGetAReferenceAndSaddlesTheirShape() {
        assertThat(StabilityText.verdict(bowl, 0.6, "adam", en).getLast()).startsWith("Adam").contains("2/L = 0.5");
        Insight saddle = Insight.of(new double[] {0, 0}, new double[][] {{2, 0}, {0, -2}});
        assertThat(StabilityText.verdict(saddle, 0.1, "sgd", en)).hasSize(1);
        assertThat(StabilityText.verdict(saddle, 0.1, "sgd", en).getFirst()).contains("saddle");
        assertThat(StabilityText.numbers(bowl, en)).contains("condition number |λ|max / |λ|min = 4",
                "curvature L = |λ|max = 4, largest stable plain-GD step 2/L = 0.5");
    }

    @Test
    void checkLinesShowTheTenthDigit() {
        GradientCheck g = GradientCheck.of(new Sphere(), new double[] {3, 4}, 1e-4);
        var lines = InsightPanel.checkLines(g, en);
        assertThat(lines.get(1)).isEqualTo("exact ∇f   (6, 8)");
        assertThat(lines.get(2)).startsWith("central    (6.0000000000");
        assertThat(lines.get(5)).isEqualTo("           error " + org.gdplayground.ui.common.Formats.num(g.forwardError()));
        assertThat(InsightPanel.bestNote(g, en)).contains("h too small is worse");
    }
}
