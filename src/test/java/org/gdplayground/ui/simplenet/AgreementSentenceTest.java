package org.gdplayground.ui.simplenet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** simpleNet's sentence under the two gradients is computed from their actual difference. */
class AgreementSentenceTest {

    private static String say(double[] diff, double y) {
        return SimpleNetView.agreement(diff, y, (key, args) -> key + " " + Arrays.toString(args));
    }

    @Test
    void closeGradientsAgreeToTheirLargestDifference() {
        assertThat(say(new double[] {1e-9, -3.2e-9, 0, 0, 2e-10, 0}, 0.4))
                .isEqualTo("simplenet.dw.agree [3.2e−9]");
    }

    @Test
    void gradientsThatDifferBy09AreNotSaidToAgree() {
        assertThat(say(new double[] {0.9, -0.1, 0, 0, 0, 0}, 1e-9))
                .isEqualTo("simplenet.dw.differ [0.9, 1e−9]");
    }
}
