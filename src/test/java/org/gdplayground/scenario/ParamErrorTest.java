package org.gdplayground.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.gdplayground.scenario.ParamError.Kind;
import org.gdplayground.system.Messages;
import org.junit.jupiter.api.Test;

/** The page names a field by its label and says what is allowed, in the page's language; the API keeps the name. */
class ParamErrorTest {

    private final Messages messages = new Messages();

    @Test
    void theFieldIsNamedByItsLabelAndTheRangeIsStated() {
        ParamError e = new ParamError("lr.2", "-1", Kind.OUT_OF_RANGE, "(0, ∞)", List.of());
        assertThat(e.message(messages, Locale.ENGLISH)).isEqualTo("Learning rate γ of run 2 must be in (0, ∞), got -1.");
        assertThat(e.message(messages, Locale.KOREAN)).isEqualTo("실행 2의 학습률 γ: (0, ∞) 범위의 수만 넣을 수 있습니다. 입력한 값:\u00A0-1");
        assertThat(e.apiMessage(messages, Locale.ENGLISH)).isEqualTo("lr.2 must be in (0, ∞), got -1.");
    }

    @Test
    void aConditionIsSaidInWordsNotAsAParameter() {
        ParamError missing = ParamError.of("expr", "", Kind.MISSING, "f(x, y)", "fn=custom");
        assertThat(missing.message(messages, Locale.ENGLISH))
                .isEqualTo("Expression f(x, y) is needed when Surface is “Your own f(x, y)”.");
        assertThat(missing.message(messages, Locale.KOREAN))
                .isEqualTo("함수식 f(x, y): 손실 함수 ‘직접 입력하는 f(x, y)’일 때는 꼭 넣어야 합니다.");
        assertThat(missing.apiMessage(messages, Locale.ENGLISH)).isEqualTo("expr is required when fn=custom.");
        ParamError hyper = ParamError.of("momentum", "0.9", Kind.NOT_APPLICABLE, "-", "sgd");
        assertThat(hyper.message(messages, Locale.KOREAN))
                .isEqualTo("모멘텀 μ: 최적화기 ‘SGD (경사 하강법)’일 때는 쓸 수 없습니다. 여기서 쓸 수 있는 것: -.");
        ParamError init = ParamError.of("init", "1,2", Kind.NOT_APPLICABLE, "initMode=given", "initMode=zeros");
        assertThat(init.message(messages, Locale.ENGLISH)).isEqualTo("Start point does not apply when Initialisation"
                + " is “All zeros”; what applies here: Initialisation is “Given start point”.");
    }

    @Test
    void hyperParametersAndStartPointsHaveHumanNames() {
        ParamError beta = new ParamError("beta1", "1.2", Kind.OUT_OF_RANGE, "[0, 1)", List.of());
        assertThat(beta.message(messages, Locale.KOREAN)).startsWith("β1 (1차 모멘트 감쇠): [0, 1) 범위의 수만");
        ParamError init = new ParamError("init", "1e400,4", Kind.NOT_A_NUMBER, "(-∞, ∞)", List.of());
        assertThat(init.message(messages, Locale.ENGLISH)).isEqualTo("Start point must be a finite number, got \"1e400,4\".");
        ParamError steps = new ParamError("steps", "0.5", Kind.OUT_OF_RANGE, "whole number in [1, 1000000]", List.of());
        assertThat(steps.message(messages, Locale.KOREAN)).isEqualTo("단계 수: [1, 1000000] 범위의 정수만 넣을 수 있습니다. 입력한 값:\u00A0" + "0.5");
    }

    @Test
    void expressionErrorsAreEntirelyKorean() {
        ParamError e = new ParamError("expr", "x+foo", Kind.EXPRESSION,
                "x, y, pi, e or a function (sin, cos, tan, exp, log, sqrt, abs, tanh)", List.of("3", "foo", "1"));
        String ko = e.message(messages, Locale.KOREAN);
        assertThat(ko).startsWith("함수식 f(x, y): 3번째 글자에서").contains("x, y, pi, e 또는 함수(sin,")
                .doesNotContain("or a function").doesNotContain("이(가)");
        ParamError paren = new ParamError("expr", "sin x", Kind.EXPRESSION, "'(' after sin", List.of("5", "x", "1"));
        assertThat(paren.message(messages, Locale.KOREAN)).contains("sin 뒤에 여는 괄호 '('");
    }

    @Test
    void theExpressionLengthLimitIsStated() {
        ParamError e = new ParamError("expr", "x", Kind.OVER_LIMIT, "200", List.of("250"));
        assertThat(e.message(messages, Locale.ENGLISH))
                .isEqualTo("Expression f(x, y) is too long: at most 200 characters are allowed (this server's limit), got 250.");
        assertThat(e.message(messages, Locale.KOREAN)).contains("최대 200글자");
    }

    @Test
    void linkProblemsKeepTheNameAsWritten() {
        ParamError e = new ParamError("foo", "1", Kind.UNKNOWN, "fn, opt", List.of());
        assertThat(e.message(messages, Locale.ENGLISH)).startsWith("Unknown parameter \"foo\"");
    }
}
