package org.gdplayground.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.gdplayground.engine.function.Datasets;
import org.gdplayground.engine.function.RegressionProblem;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.Status;
import org.junit.jupiter.api.Test;

/** A data set's start lr: 0.9 × 2/L of its least-squares Hessian, rounded down, and stable. */
class StableStartTest {

    @Test
    void quizScoresStartBelowTheirBoundAndDoNotDiverge() {
        RegressionProblem quiz = Datasets.quizScores();
        StableStart s = StableStart.of(quiz, quiz.defaultStart());
        assertThat(s.lr()).isLessThanOrEqualTo(0.9 * s.twoOverL()).isGreaterThan(0.9 * s.twoOverL() / 5);
        Run run = Scenario.of(quiz, Optimizers.create("sgd", Map.of("lr", s.lr()))).start();
        run.runToEnd(() -> false);
        assertThat(run.status()).isNotEqualTo(Status.DIVERGED);
        assertThat(run.latest().loss()).isLessThan(run.records().getFirst().loss());
    }

    /** Study hours (w only): loss″ = 28/3, 2/L = 3/14 ≈ 0.214, 0.9 × that ≈ 0.193 → 0.1. */
    @Test
    void studyHours() {
        StableStart s = StableStart.of(Datasets.studyHoursW(), new double[] {0});
        assertThat(s.twoOverL()).isCloseTo(3.0 / 14, within(1e-12));
        assertThat(s.lr()).isEqualTo(0.1);
        assertThat(StableStart.niceFloor(0.0229)).isEqualTo(0.02);
    }
}
