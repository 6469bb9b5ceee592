package org.gdplayground.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.RegressionProblem;
import org.gdplayground.engine.function.Rosenbrock;
import org.junit.jupiter.api.Test;

class InitTest {

    /** Three features with an intercept: fan-in 3, θ = [w1, w2, w3, b]. */
    private static final RegressionProblem QUIZ = new RegressionProblem("quiz-scores", "X·W + b",
            new double[][] {{73, 80, 75}, {93, 88, 93}, {89, 91, 90}, {96, 98, 100}, {73, 66, 70}},
            new double[] {152, 185, 180, 196, 142}, true, new Bounds(-1, 3, -1, 3), new double[4]);

    private static RandomGenerator rng(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    /** Sample standard deviation of the weights over many draws, and checks that the bias stays 0. */
    private static double weightStd(Init init) {
        RandomGenerator rng = rng(7);
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (int draw = 0; draw < 4000; draw++) {
            double[] t = init.start(QUIZ, rng);
            assertThat(t).hasSize(4);
            assertThat(t[3]).isZero();
            for (int j = 0; j < 3; j++) {
                sum += t[j];
                sq += t[j] * t[j];
                n++;
            }
        }
        double mean = sum / n;
        assertThat(mean).isCloseTo(0, within(0.02));
        return Math.sqrt(sq / n - mean * mean);
    }

    @Test
    void normalModesHaveTheirStandardDeviations() {
        // 12000 draws: the sample std is within ~1% of the true one; 3% leaves room and still tells them apart.
        assertThat(weightStd(new Init.LeCun())).isCloseTo(Math.sqrt(1.0 / 3), within(0.03 * Math.sqrt(1.0 / 3)));
        assertThat(weightStd(new Init.Xavier())).isCloseTo(Math.sqrt(2.0 / 4), within(0.03 * Math.sqrt(0.5)));
        assertThat(weightStd(new Init.He())).isCloseTo(Math.sqrt(2.0 / 3), within(0.03 * Math.sqrt(2.0 / 3)));
    }

    @Test
    void uniformIsTorchsLinearDefault() {
        double bound = 1 / Math.sqrt(3);
        RandomGenerator rng = rng(1);
        double max = 0;
        boolean biasMoved = false;
        for (int draw = 0; draw < 2000; draw++) {
            for (double v : new Init.Uniform().start(QUIZ, rng)) {
                assertThat(Math.abs(v)).isLessThan(bound);
                max = Math.max(max, Math.abs(v));
            }
            biasMoved |= new Init.Uniform().start(QUIZ, rng)[3] != 0;
        }
        assertThat(max).isGreaterThan(0.95 * bound);
        assertThat(biasMoved).isTrue();
    }

    @Test
    void surfaceModes() {
        Rosenbrock r = new Rosenbrock(); // bounds x [−2, 2], y [−1, 3]
        assertThat(new Init.Zeros().start(r, rng(1))).containsExactly(0, 0);
        RandomGenerator rng = rng(3);
        for (int i = 0; i < 1000; i++) {
            double[] t = new Init.Uniform().start(r, rng);
            assertThat(t[0]).isBetween(-2.0, 2.0);
            assertThat(t[1]).isBetween(-1.0, 3.0);
        }
        assertThat(new Init.Given(new double[] {0.5, 0.25}).start(r, rng)).containsExactly(0.5, 0.25);
    }

    @Test
    void seededInitIsReproducible() {
        assertThat(new Init.He().start(QUIZ, rng(99))).containsExactly(new Init.He().start(QUIZ, rng(99)));
        assertThat(new Init.He().start(QUIZ, rng(99))).isNotEqualTo(new Init.He().start(QUIZ, rng(100)));
    }

    @Test
    void keys() {
        assertThat(Init.keys()).containsExactly("given", "zeros", "uniform", "lecun", "xavier", "he");
        assertThat(Init.of("xavier")).isEqualTo(new Init.Xavier());
        assertThat(new Init.Given(new double[] {1, 2})).isEqualTo(new Init.Given(new double[] {1, 2}));
    }
}
