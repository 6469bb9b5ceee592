package org.gdplayground.engine.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ObjectivesTest {

    @Test
    void builtinIdsInDisplayOrder() {
        // the seeds' and d2l's surfaces in this order; a new surface may be added anywhere without editing this test
        assertThat(Objectives.builtinIds()).doesNotHaveDuplicates().containsSubsequence(
                "sphere", "textbook-quadratic", "ellipse", "saddle", "plateau", "two-minima",
                "rosenbrock", "beale", "booth", "himmelblau", "six-hump-camel", "rastrigin",
                "study-hours-w", "study-hours-wb", "quiz-scores");
        assertThatThrownBy(() -> Objectives.builtinIds().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyIdResolvesToItsObjective() {
        for (String id : Objectives.builtinIds()) {
            Objective o = Objectives.builtin(id).orElseThrow();
            assertThat(o.id()).isEqualTo(id);
            assertThat(o.defaultStart()).hasSize(o.dimension());
            assertThat(Objectives.isDataProblem(id)).isEqualTo(o instanceof RegressionProblem);
        }
        assertThat(Objectives.builtin("sphere").orElseThrow()).isSameAs(Objectives.builtin("sphere").orElseThrow());
        assertThat(Objectives.builtin("himmelblau")).containsInstanceOf(Himmelblau.class);
        assertThat(Objectives.builtin("quiz-scores")).containsSame(Datasets.quizScores());
    }

    @Test
    void unknownIds() {
        assertThat(Objectives.builtin("nope")).isEmpty();
        assertThat(Objectives.builtin("custom")).isEmpty();
        assertThat(Objectives.builtin("Sphere")).isEmpty();
        assertThat(Objectives.isDataProblem("nope")).isFalse();
    }

    @Test
    void dataProblems() {
        assertThat(Objectives.builtinIds().stream().filter(Objectives::isDataProblem))
                .containsExactly("study-hours-w", "study-hours-wb", "quiz-scores");
        assertThat(Objectives.isDataProblem("sphere")).isFalse();
    }

    @Test
    void customParsesOrThrows() {
        CustomSurface s = Objectives.custom("x*y", ExpressionLimits.defaults());
        assertThat(s.value(new double[] {2, 3})).isEqualTo(6);
        assertThatThrownBy(() -> Objectives.custom("x*", ExpressionLimits.defaults()))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("at position 2: expected number, x, y, pi, e, function, '-' or '(' but found end of input");
    }
}
