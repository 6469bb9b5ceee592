package org.gdplayground.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gdplayground.engine.analysis.GradientCheck;
import org.gdplayground.engine.analysis.Insight;
import org.gdplayground.engine.function.Sphere;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.system.Messages;
import org.gdplayground.ui.common.StatusText;
import org.junit.jupiter.api.Test;

class StabilityTextTest {

    private final Messages messages = new Messages();
    private final StatusText.Translator en = (k, a) -> messages.getTranslation(k, Locale.ENGLISH, a);
    private final StatusText.Translator ko = (k, a) -> messages.getTranslation(k, Locale.KOREAN, a);

    private static final Optimizer SGD = Optimizers.defaults("sgd");
    private static final Optimizer ADAM = Optimizers.defaults("adam");

    /** A bowl with L = 4: 2/L = 0.5, 1/L = 0.25. */
    private final Insight bowl = Insight.of(new double[] {1, 1}, new double[][] {{4, 0}, {0, 1}});

    @Test
    void lrAboveTwoOverLDiverges() {
        assertThat(String.join(" ", StabilityText.verdict(bowl, 0.6, SGD, en))).contains(
                "Your lr 0.6 is above 2/L = 0.5: plain GD diverges on this quadratic (along the steepest direction"
                        + " the error grows ×1.4 each step).");
        assertThat(String.join(" ", StabilityText.verdict(bowl, 0.6, SGD, ko))).contains(
                "지금 학습률(0.6)이 2/L = 0.5보다 큽니다.");
    }

    @Test
    void belowAtAndBetween() {
        assertThat(StabilityText.verdict(bowl, 0.5, SGD, en).getLast()).startsWith("Your lr 0.5 is at 2/L = 0.5");
        assertThat(StabilityText.verdict(bowl, 0.3, SGD, en).getLast())
                .startsWith("Your lr 0.3 is below 2/L = 0.5 but above 1/L = 0.25");
        // the slowest direction (λ = 1) shrinks ×|1 − 0.1·1| = 0.9
        assertThat(StabilityText.verdict(bowl, 0.1, SGD, en).getLast())
                .isEqualTo("Your lr 0.1 is below 1/L = 0.25: plain GD converges without overshooting; the slowest"
                        + " direction shrinks only ×0.9 per step.");
    }

    @Test
    void otherOptimizersGetAReferenceAndSaddlesTheirShape() {
        assertThat(StabilityText.verdict(bowl, 0.6, ADAM, en).getLast()).startsWith("Adam has no critical learning rate")
                .doesNotContain("by itself");
        Insight saddle = Insight.of(new double[] {0, 0}, new double[][] {{2, 0}, {0, -2}});
        assertThat(StabilityText.verdict(saddle, 0.1, SGD, en)).hasSize(1);
        assertThat(StabilityText.verdict(saddle, 0.1, SGD, en).getFirst()).contains("saddle");
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

    @Test
    void momentumAndNesterovAreJudgedAgainstTheirOwnBound() {
        Optimizer momentum = Optimizers.defaults("momentum");
        Optimizer nesterov = Optimizers.defaults("nesterov");
        // L = 4, μ = 0.9: heavy ball 2(1 + μ)/L = 0.95, Nesterov 2(1 + μ)/((1 + 2μ)L) = 0.3393
        assertThat(StabilityText.criticalLr(bowl, momentum)).isCloseTo(0.95, org.assertj.core.data.Offset.offset(1e-12));
        String m = String.join(" ", StabilityText.verdict(bowl, 0.6, momentum, en));
        assertThat(m).contains("2(1 + μ)/L = 0.95")
                .contains("Your lr 0.6 is below Momentum's critical learning rate 0.95: it converges")
                .doesNotContain("by itself").doesNotContain("itself").doesNotContain("2/L = 0.5:");
        assertThat(StabilityText.verdict(bowl, 0.6, nesterov, en).getLast())
                .isEqualTo("Your lr 0.6 is above Nesterov (NAG)'s critical learning rate 0.3393: it diverges on this"
                        + " quadratic.");
        assertThat(String.join(" ", StabilityText.verdict(bowl, 0.6, momentum, ko))).contains("0.95")
                .doesNotContain("!stability");
    }

    @Test
    void theMarkFollowsTheOptimizer() {
        CriticalLrMark mark = new CriticalLrMark(-6, 1);
        Optimizer momentum = Optimizers.defaults("momentum");
        mark.show(StabilityText.criticalLr(bowl, momentum), momentum, en);
        assertThat(mark.isVisible()).isTrue();
        assertThat(mark.getElement().getAttribute("data-value")).isEqualTo("0.95");
        assertThat(mark.getElement().getAttribute("data-opt")).isEqualTo("momentum");
        mark.show(StabilityText.criticalLr(bowl, SGD), SGD, en);
        assertThat(mark.getElement().getAttribute("data-value")).isEqualTo("0.5");
        assertThat(mark.getElement().getAttribute("title")).contains("plain gradient descent");
        mark.show(StabilityText.criticalLr(bowl, ADAM), ADAM, en);
        assertThat(mark.isVisible()).isFalse();
    }
}
