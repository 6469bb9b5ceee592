package org.gdplayground.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.ParamError.Kind;
import org.gdplayground.system.Messages;
import org.junit.jupiter.api.Test;

/** A lesson link's step: a valid one opens; anything else opens the nearest step and is reported with its range. */
class StepLinkTest {

    private final Messages messages = new Messages();

    @Test
    void noStepAndAValidStepAreNoProblem() {
        assertThat(StepLink.of(null, 5)).isEqualTo(new StepLink(Optional.empty(), Optional.empty()));
        assertThat(StepLink.of("3", 5)).isEqualTo(new StepLink(Optional.of(2), Optional.empty()));
        assertThat(StepLink.of(" 5 ", 5).index()).contains(4);
    }

    @Test
    void outOfRangeOpensTheNearestStepAndSaysSo() {
        StepLink high = StepLink.of("999", 5);
        assertThat(high.index()).contains(4);
        ParamError e = high.problem().orElseThrow();
        assertThat(e.kind()).isEqualTo(Kind.OUT_OF_RANGE);
        assertThat(e.message(messages, Messages.ENGLISH)).isEqualTo("Step must be a whole number in [1, 5], got 999.");
        assertThat(e.message(messages, Messages.KOREAN))
                .isEqualTo("단계: [1, 5] 범위의 정수만 넣을 수 있습니다. 입력한 값:\u00A0999");
        assertThat(StepLink.of("0", 5).index()).contains(0);
        assertThat(StepLink.of("0", 5).problem()).isPresent();
        assertThat(StepLink.of("-2", 5).index()).contains(0);
        assertThat(StepLink.of("99999999999999999999", 5).index()).contains(4);
    }

    @Test
    void textThatIsNoWholeNumberOpensTheFirstStepAndSaysSo() {
        for (String raw : new String[] {"abc", "2.5", "", "1e3"}) {
            StepLink l = StepLink.of(raw, 4);
            assertThat(l.index()).as(raw).contains(0);
            assertThat(l.problem().orElseThrow().kind()).as(raw).isEqualTo(Kind.NOT_A_NUMBER);
        }
        assertThat(StepLink.of("abc", 4).problem().orElseThrow().message(messages, Messages.ENGLISH))
                .isEqualTo("Step must be a whole number in [1, 4], got \"abc\".");
    }
}
