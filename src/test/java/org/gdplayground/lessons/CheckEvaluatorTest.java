package org.gdplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The check evaluator on hand-made run reports, and the lesson file format's error messages. */
class CheckEvaluatorTest {

    private static final String FILE = """
            id: demo
            title: {en: Demo, ko: 보기}
            summary: {en: A demo., ko: 보기입니다.}
            source: {en: here, ko: 여기}
            steps:
              - text: {en: Text., ko: 글.}
                scenario: /?fn=sphere&lr=1.1
                try: {en: Press Play., ko: 재생을 누르세요.}
                check:
                  goal: {diagnosis: diverging, lrMin: 1.01}
                  success: {en: "Diverged since step {since}, lr {lr}.", ko: "{since}단계부터 발산, lr {lr}."}
                  reactions:
                    - when: {lrMax: 1}
                      say: {en: "lr {lr} is too small to diverge.", ko: "lr {lr}에서는 발산하지 않습니다."}
                  hint: {en: Keep going., ko: 계속 돌려 보세요.}
              - text: {en: Two., ko: 둘.}
                scenario: /compare?fn=ellipse&opt.1=sgd&opt.2=momentum
                try: {en: Compare., ko: 비교하세요.}
                check:
                  goal: {run: 2, opt: momentum, lossBelow: 1e-6, stepsAtMost: 50, momentumMin: 0.5}
                  success: {en: "Run 2 reached {loss} at step {step}.", ko: "두 번째 실행이 {step}단계에서 {loss}."}
                  hint: {en: Not yet., ko: 아직입니다.}
            """;

    private static RunOutcome.Run run(int index, String opt, double lr, Double momentum, String status,
            String diagnosis, int since, int step, double loss) {
        return new RunOutcome.Run(index, opt, lr, momentum, status, true, diagnosis, since, step, loss,
                List.of(0.5, -0.25));
    }

    private static RunOutcome playground(RunOutcome.Run r) {
        return new RunOutcome("playground", "sphere", "constant", "full", "analytic", "given", 1e-4, List.of(r));
    }

    private final Lesson lesson = LessonLibrary.parse("demo.yaml", new StringReader(FILE));

    @Test
    void aDivergingRunPassesAndNamesItsStep() {
        var f = CheckEvaluator.evaluate(lesson.steps().get(0).check(),
                playground(run(1, "sgd", 1.1, null, "max-steps", "diverging", 3, 100, 1.5e12)), Locale.ENGLISH);
        assertThat(f.verdict()).isEqualTo(CheckEvaluator.Verdict.PASSED);
        assertThat(f.message()).isEqualTo("Diverged since step 3, lr 1.1.");
        var ko = CheckEvaluator.evaluate(lesson.steps().get(0).check(),
                playground(run(1, "sgd", 1.1, null, "max-steps", "diverging", 3, 100, 1.5e12)), Locale.KOREAN);
        assertThat(ko.message()).isEqualTo("3단계부터 발산, lr 1.1.");
    }

    @Test
    void aReactionComesBeforeTheHintAndTheHintLast() {
        var small = CheckEvaluator.evaluate(lesson.steps().get(0).check(),
                playground(run(1, "sgd", 0.1, null, "max-steps", "global-minimum", 20, 100, 1e-20)), Locale.ENGLISH);
        assertThat(small.verdict()).isEqualTo(CheckEvaluator.Verdict.REACTION);
        assertThat(small.message()).isEqualTo("lr 0.1 is too small to diverge.");
        var between = CheckEvaluator.evaluate(lesson.steps().get(0).check(),
                playground(run(1, "sgd", 1.005, null, "max-steps", "oscillating", 1, 100, 20)), Locale.ENGLISH);
        assertThat(between.verdict()).isEqualTo(CheckEvaluator.Verdict.HINT);
        assertThat(between.message()).isEqualTo("Keep going.");
    }

    @Test
    void aNonFiniteLossIsNeverBelowATolerance() {
        Check c = lesson.steps().get(1).check();
        RunOutcome nan = new RunOutcome("compare", "ellipse", "constant", "full", "analytic", "given", 1e-4, List.of(
                run(1, "sgd", 0.1, null, "diverged", "diverging", 1, 7, Double.NaN),
                run(2, "momentum", 0.1, 0.9, "diverged", "diverging", 1, 7, Double.POSITIVE_INFINITY)));
        assertThat(CheckEvaluator.evaluate(c, nan, Locale.ENGLISH).passed()).isFalse();
    }

    @Test
    void aConditionOnTheSecondRunLooksAtTheSecondRun() {
        Check c = lesson.steps().get(1).check();
        RunOutcome ok = new RunOutcome("compare", "ellipse", "constant", "full", "analytic", "given", 1e-4, List.of(
                run(1, "sgd", 0.1, null, "max-steps", "none", -1, 100, 3.0),
                run(2, "momentum", 0.1, 0.5, "converged", "global-minimum", 30, 42, 2.5e-7)));
        var f = CheckEvaluator.evaluate(c, ok, Locale.ENGLISH);
        assertThat(f.passed()).isTrue();
        assertThat(f.message()).isEqualTo("Run 2 reached 2.5e-7 at step 42.");
        RunOutcome lowMomentum = new RunOutcome("compare", "ellipse", "constant", "full", "analytic", "given", 1e-4, List.of(
                run(1, "sgd", 0.1, null, "max-steps", "none", -1, 100, 3.0),
                run(2, "momentum", 0.1, 0.25, "converged", "global-minimum", 30, 42, 2.5e-7)));
        assertThat(CheckEvaluator.evaluate(c, lowMomentum, Locale.ENGLISH).passed()).isFalse();
        RunOutcome tooSlow = new RunOutcome("compare", "ellipse", "constant", "full", "analytic", "given", 1e-4, List.of(
                run(1, "sgd", 0.1, null, "max-steps", "none", -1, 100, 3.0),
                run(2, "momentum", 0.1, 0.9, "max-steps", "global-minimum", 30, 100, 2.5e-7)));
        assertThat(CheckEvaluator.evaluate(c, tooSlow, Locale.ENGLISH).passed()).isFalse();
    }

    @Test
    void nearAndAllRunsAndLists() {
        Condition near = Condition.parse(java.util.Map.of("near", List.of(0.5, -0.25), "within", 0.001), "t");
        assertThat(near.holds(playground(run(1, "sgd", 0.1, null, "max-steps", "none", -1, 5, 1)))).isTrue();
        Condition far = Condition.parse(java.util.Map.of("near", List.of(2, 0)), "t");
        assertThat(far.holds(playground(run(1, "sgd", 0.1, null, "max-steps", "none", -1, 5, 1)))).isFalse();
        Condition any = Condition.parse(java.util.Map.of("opt", List.of("adam", "sgd"), "allRuns", true), "t");
        assertThat(any.holds(playground(run(1, "sgd", 0.1, null, "max-steps", "none", -1, 5, 1)))).isTrue();
        Condition schedule = Condition.parse(java.util.Map.of("schedule", "exp"), "t");
        assertThat(schedule.holds(playground(run(1, "sgd", 0.1, null, "max-steps", "none", -1, 5, 1)))).isFalse();
    }

    @Test
    void theLiveViewsReportParses() {
        RunOutcome o = RunReports.parse("""
                {"type":"gdp-run","page":"playground","fn":"sphere","schedule":"constant","batch":"full",
                 "grad":"central","h":1e-4,"runs":[{"index":1,"opt":"sgd","lr":1.1,"momentum":null,
                 "status":"diverged","finished":true,"diagnosis":"diverging","since":1,"step":1938,
                 "loss":"Infinity","theta":["NaN",2.0]}]}""");
        assertThat(o).isNotNull();
        assertThat(o.grad()).isEqualTo("central");
        assertThat(o.runs()).hasSize(1);
        RunOutcome.Run r = o.runs().get(0);
        assertThat(r.loss()).isInfinite();
        assertThat(r.momentum()).isNull();
        assertThat(r.theta().get(0)).isNaN();
        assertThat(r.step()).isEqualTo(1938);
        assertThat(RunReports.parse("{\"type\":\"other\"}")).isNull();
        assertThat(RunReports.parse("not json")).isNull();
    }

    @Test
    void aBrokenFileSaysWhereAndWhat() {
        assertThatThrownBy(() -> LessonLibrary.parse("demo.yaml",
                new StringReader(FILE.replace("lrMin: 1.01", "lrmin: 1.01"))))
                .isInstanceOf(LessonFormatException.class)
                .hasMessageContaining("demo.yaml step 1: goal: unknown condition 'lrmin'");
        assertThatThrownBy(() -> LessonLibrary.parse("demo.yaml",
                new StringReader(FILE.replace("ko: 계속 돌려 보세요.", "kr: 계속 돌려 보세요."))))
                .isInstanceOf(LessonFormatException.class).hasMessageContaining("step 1: hint: unknown key 'kr'");
        assertThatThrownBy(() -> LessonLibrary.parse("other.yaml", new StringReader(FILE)))
                .isInstanceOf(LessonFormatException.class).hasMessageContaining("<id>.yaml");
        assertThatThrownBy(() -> LessonLibrary.parse("demo.yaml",
                new StringReader(FILE.replace("diagnosis: diverging", "diagnosis: diverged"))))
                .hasMessageContaining("'diagnosis' cannot be 'diverged'");
    }

    @Test
    void numbersAreShort() {
        assertThat(CheckEvaluator.num(1.5e12)).isEqualTo("1.5e12");
        assertThat(CheckEvaluator.num(2.5e-7)).isEqualTo("2.5e-7");
        assertThat(CheckEvaluator.num(0.123456)).isEqualTo("0.1235");
        assertThat(CheckEvaluator.num(2)).isEqualTo("2");
        assertThat(CheckEvaluator.num(Double.POSITIVE_INFINITY)).isEqualTo("∞");
    }
}
