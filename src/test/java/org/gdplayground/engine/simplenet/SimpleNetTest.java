package org.gdplayground.engine.simplenet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.optimizer.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * simpleNet against the numbers the book prints for seed 002's class (Saito, "Deep Learning from Scratch", ch. 4,
 * gradient_simplenet.py; the seed shows the same class and input but prints no numbers), the gradient check to 1e-6,
 * softmax and training.
 */
class SimpleNetTest {

    static final SimpleNet NET = SimpleNet.seed();
    static final double[] W = SimpleNet.BOOK_W;

    @Test
    void scoresAreTheBooksPrintedP() {
        double[] z = new double[3];
        NET.scores(W.clone(), z);
        // the book prints np.dot(x, W) = [1.05414809 0.63071653 1.1328074]
        assertThat(z[0]).isCloseTo(1.05414809, within(5e-9));
        assertThat(z[1]).isCloseTo(0.63071653, within(5e-9));
        assertThat(z[2]).isCloseTo(1.1328074, within(5e-8));
        assertThat(NET.evaluate(W).predicted()).as("np.argmax(p)").isEqualTo(2);
    }

    @Test
    void lossIsTheSeedsCrossEntropyWithDeltaInsideTheLog() {
        double[] y = new double[3];
        NET.probabilities(W.clone(), y);
        double loss = NET.loss(W.clone());
        assertThat(loss).isEqualTo(-Math.log(y[2] + 1e-7));
        // the book prints 0.92806853663411326 — that is −log(y₃) without the δ (W is printed to 8 decimals, hence
        // the 1e-8); with the δ the seed writes, the loss is smaller by about δ/y₃ = 2.5e-7
        assertThat(-Math.log(y[2])).isCloseTo(0.92806853663411326, within(1e-8));
        assertThat(loss).isCloseTo(0.92806853663411326 - 1e-7 / y[2], within(1e-8));
        assertThat(loss).isCloseTo(0.9280682857864075, within(1e-12)); // numpy, same formula, same W
    }

    @Test
    void analyticDwIsTheBooksPrintedDw() {
        double[] g = new double[6];
        NET.analyticGradient(W.clone(), g);
        // the book prints dW = [[0.21924763 0.14356247 -0.36281009] [0.32887144 0.2153437 -0.54421514]]
        double[] book = {0.21924763, 0.14356247, -0.36281009, 0.32887144, 0.2153437, -0.54421514};
        for (int i = 0; i < 6; i++) {
            assertThat(g[i]).as("dW[%d]", i).isCloseTo(book[i], within(1e-8));
        }
    }

    @Test
    void numericalDwAgreesWithTheAnalyticFormulaTo1eMinus6() {
        Evaluation e = NET.evaluate(W);
        for (int i = 0; i < 6; i++) {
            assertThat(e.dWNumerical()[i]).as("dW[%d]", i).isCloseTo(e.dWAnalytic()[i], within(1e-6));
        }
        assertThat(e.maxGradientDifference()).isLessThan(1e-6).isGreaterThan(0);
        // numpy's numerical_gradient with h = 1e-4 on the same loss, printed to 8 digits
        double[] numpy = {0.21924757, 0.14356243, -0.36281, 0.32887136, 0.21534364, -0.544215};
        for (int i = 0; i < 6; i++) {
            assertThat(e.dWNumerical()[i]).as("numerical dW[%d]", i).isCloseTo(numpy[i], within(1e-8));
        }
    }

    @Test
    void numericalDwIsCloserStillToTheExactGradientOfTheLossAsWritten() {
        double[] w = W.clone();
        double[] num = new double[6];
        double[] exact = new double[6];
        double[] analytic = new double[6];
        NET.numericalGradient(w, SimpleNet.H, num);
        NET.exactGradient(w, exact);
        NET.analyticGradient(w, analytic);
        assertThat(w).as("W restored exactly").containsExactly(W);
        for (int i = 0; i < 6; i++) {
            assertThat(num[i]).isCloseTo(exact[i], within(1e-8));
            // xᵀ(y − t) differs from the δ-loss's gradient by |x_i|·δ/(y_c + δ)·(1 + y_j) at most
            assertThat(Math.abs(exact[i] - analytic[i])).isLessThan(0.9 * 1e-7 / 0.395 * 2).isGreaterThan(0);
        }
    }

    @Test
    void whenTheLabelledProbabilityIsTinyTheDeltaMattersAndTheCheckSaysSo() {
        // W that puts y₃ near 1e-9: the δ flattens the log, the exact gradient of the loss as written is far from
        // xᵀ(y − t), and the numerical dW follows the loss as written
        double[] w = {10, 10, -10, 10, 10, -10};
        Evaluation e = NET.evaluate(w);
        assertThat(e.y()[2]).isLessThan(1e-9);
        assertThat(e.maxGradientDifference()).isGreaterThan(0.1);
        double[] exact = new double[6];
        NET.exactGradient(w.clone(), exact);
        for (int i = 0; i < 6; i++) {
            assertThat(e.dWNumerical()[i]).isCloseTo(exact[i], within(1e-6));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, 2026})
    void softmaxSumsToOneAndGradientsAgreeForRandomW(long seed) {
        double[] w = SimpleNet.randomW(seed);
        for (int c = 0; c < 3; c++) {
            SimpleNet net = new SimpleNet(new double[] {0.6, 0.9}, SimpleNet.oneHot(c));
            Evaluation e = net.evaluate(w);
            assertThat(e.y()[0] + e.y()[1] + e.y()[2]).isCloseTo(1.0, within(1e-15));
            for (double p : e.y()) {
                assertThat(p).isBetween(0.0, 1.0);
            }
            // the δ's share of the difference is at most 2·|x|max·δ/(y_c + δ); central differences add O(h²)
            double[] exact = new double[6];
            net.exactGradient(w.clone(), exact);
            for (int i = 0; i < 6; i++) {
                assertThat(e.dWNumerical()[i]).isCloseTo(exact[i], within(1e-8));
            }
            assertThat(e.maxGradientDifference()).isLessThan(2 * 0.9 * 1e-7 / (e.y()[c] + 1e-7) + 1e-8);
            if (e.y()[c] > 0.2) {
                assertThat(e.maxGradientDifference()).isLessThan(1e-6);
            }
        }
    }

    @Test
    void softmaxIsStableForHugeScores() {
        double[] y = new double[3];
        NET.probabilities(new double[] {1000, 999, -1000, 1000, 999, -1000}, y);
        assertThat(y[0] + y[1] + y[2]).isCloseTo(1.0, within(1e-15));
        assertThat(y[0]).isCloseTo(1 / (1 + Math.exp(-1.5)), within(1e-12));
        assertThat(NET.loss(new double[] {1000, 999, -1000, 1000, 999, -1000})).isCloseTo(-Math.log(1e-7),
                within(1e-9));
    }

    @Test
    void randomWIsDeterministicPerSeed() {
        assertThat(SimpleNet.randomW(7)).containsExactly(SimpleNet.randomW(7));
        assertThat(SimpleNet.randomW(7)).isNotEqualTo(SimpleNet.randomW(8));
    }

    @Test
    void aLabelMustBeOneHot() {
        assertThatThrownBy(() -> new SimpleNet(new double[] {0.6, 0.9}, new double[] {0, 1, 1}))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("t must be");
        assertThatThrownBy(() -> new SimpleNet(new double[] {0.6, 0.9}, new double[] {0, 0.5, 0.5}))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(SimpleNet.labelClass(new double[] {0, 1, 0})).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw", "nadam", "lion"})
    void trainingReducesTheLoss(String opt) {
        Trainer trainer = new Trainer(NET, W, Optimizers.create(opt, Map.of("lr", 0.1)));
        double before = trainer.loss();
        for (int k = 0; k < 100; k++) {
            assertThat(trainer.step()).isTrue();
        }
        assertThat(trainer.steps()).isEqualTo(100);
        assertThat(trainer.loss()).as(opt).isLessThan(before / 2);
        assertThat(trainer.evaluate().predicted()).isEqualTo(2);
        assertThat(trainer.w()).isNotEqualTo(W);
    }

    @Test
    void oneSgdStepIsWMinusLrTimesDw() {
        Trainer trainer = new Trainer(NET, W, Optimizers.create("sgd", Map.of("lr", 0.5)));
        double[] g = new double[6];
        NET.analyticGradient(W.clone(), g);
        trainer.step();
        double[] w = trainer.w();
        for (int i = 0; i < 6; i++) {
            assertThat(w[i]).isEqualTo(W[i] - 0.5 * g[i]);
        }
        assertThat(trainer.loss()).isEqualTo(NET.loss(w));
    }

    @Test
    void everyOptimizerStepsWithoutFailing() {
        for (String opt : Optimizers.keys()) {
            Trainer trainer = new Trainer(NET, W, Optimizers.defaults(opt));
            for (int k = 0; k < 50 && trainer.step(); k++) {
                assertThat(trainer.loss()).as(opt).isFinite();
            }
            assertThat(trainer.stop()).as(opt).isNotEqualTo(Trainer.Stop.NOT_FINITE);
        }
    }

    @Test
    void lbfgsWithALineSearchTrainsToo() {
        Trainer trainer = new Trainer(NET, W, Optimizers.create("lbfgs", Map.of("strongWolfe", 1.0)));
        double before = trainer.loss();
        for (int k = 0; k < 10; k++) {
            trainer.step();
        }
        assertThat(trainer.loss()).isLessThan(before / 10);
    }
}
