package org.gdplayground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gdplayground.engine.function.ExpressionLimits;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.system.Messages;
import org.gdplayground.ui.common.ChartCard;
import org.gdplayground.ui.common.ChartSpecs;
import org.junit.jupiter.api.Test;

/** The rate map is drawn where it is exact; on a typed f(x, y) it says where it applies instead of vanishing. */
class RateMapCardTest {

    private static final ChartCard.Texts TEXTS = (key, params) -> key
            + java.util.Arrays.stream(params).map(p -> ":" + p).collect(java.util.stream.Collectors.joining());

    private static ChartCard.Scene scene(Objective f) {
        Scenario run = Scenario.of(f, Optimizers.defaults("momentum")).withSteps(20);
        return new ChartCard.Scene(f, List.of(run), List.of(new ChartSpecs.Series("0", "a", "#1f77b4")), List.of("a"),
                false, true, TEXTS);
    }

    @Test
    void onTheNarrowBowlTheMapIsDrawn() {
        RateMapCard card = new RateMapCard();
        card.configure(scene(Objectives.builtin("ellipse").orElseThrow()));
        assertThat(card.component().isVisible()).isTrue();
        assertThat(card.plot().isVisible()).isTrue();
        assertThat(card.note().getText()).startsWith("rate.note.momentum");
    }

    @Test
    void aTypedQuadraticGetsTheSentenceNamingWhereTheMapAppliesAndNoMap() {
        RateMapCard card = new RateMapCard();
        card.configure(scene(Objectives.custom("x^2+10*y^2", ExpressionLimits.defaults())));
        assertThat(card.component().isVisible()).isTrue();
        assertThat(card.plot().isVisible()).isFalse();
        assertThat(card.note().getText()).isEqualTo("rate.na");
        // back on a quadratic surface the map returns
        card.configure(scene(Objectives.builtin("ellipse").orElseThrow()));
        assertThat(card.plot().isVisible()).isTrue();
    }

    @Test
    void elsewhereTheCardStaysHidden() {
        RateMapCard card = new RateMapCard();
        card.configure(scene(Objectives.builtin("rosenbrock").orElseThrow()));
        assertThat(card.component().isVisible()).isFalse();
    }

    @Test
    void pageAndApiNameTheSameSurfacesInBothLanguages() {
        Messages messages = new Messages();
        String en = messages.getTranslation("rate.na", Messages.ENGLISH);
        String enApi = messages.getTranslation("rate.applies", Messages.ENGLISH);
        assertThat(en).contains("built-in quadratic surfaces").contains("linear-regression data problems with full "
                + "batches").contains("A typed f(x, y) gets no map, even a quadratic one");
        assertThat(enApi).contains("built-in quadratic surface").contains("linear-regression data problem with full "
                + "batches").contains("a typed f(x, y) gets no map, even a quadratic one");
        String ko = messages.getTranslation("rate.na", Messages.KOREAN);
        String koApi = messages.getTranslation("rate.applies", Messages.KOREAN);
        for (String k : List.of(ko, koApi)) {
            assertThat(k).contains("2차 함수인 내장 곡면").contains("전체 배치 선형 회귀 데이터 문제")
                    .contains("직접 입력한 f(x, y)는 2차 함수라도 지도를 그리지 않습니다");
        }
    }
}
