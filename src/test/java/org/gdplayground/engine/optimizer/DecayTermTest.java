package org.gdplayground.engine.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pow-skipping cache gives exactly what Math.pow gives, at every t and in any order. */
class DecayTermTest {

    @Test
    void biasCorrectionsEqualMathPowBitForBit() {
        for (double beta : new double[] {0, 0.5, 0.9, 0.99, 0.999}) {
            DecayTerm c = DecayTerm.biasCorrection(beta);
            for (int t = 1; t <= 60_000; t++) {
                assertThat(c.at(t)).as("beta %s, t %d", beta, t).isEqualTo(1 - Math.pow(beta, t));
            }
            // going back to small t after saturation still computes
            assertThat(c.at(1)).isEqualTo(1 - beta);
            assertThat(c.at(2)).isEqualTo(1 - Math.pow(beta, 2));
        }
    }

    @Test
    void saturatesWhereTheHandCountSaysAndStaysExact() {
        // 1 − 0.9ᵗ rounds to 1.0 once 0.9ᵗ ≤ 2⁻⁵⁴ = 5.55e-17: t ≥ ln(2⁻⁵⁴)/ln 0.9 = 37.43/0.10536 ≈ 355.3.
        DecayTerm c = DecayTerm.biasCorrection(0.9);
        assertThat(c.at(340)).isLessThan(1.0);
        assertThat(c.at(400)).isEqualTo(1.0);
        assertThat(1 - Math.pow(0.9, 400)).isEqualTo(1.0);
    }

    @Test
    void nadamMomentumTermEqualsMathPowBitForBit() {
        for (double psi : new double[] {0, 0.004, 0.1}) {
            DecayTerm c = new DecayTerm(0.5, 0.96, psi);
            for (int t = 1; t <= 300_000; t += (t < 1000 ? 1 : 97)) {
                assertThat(c.at(t)).as("psi %s, t %d", psi, t).isEqualTo(1 - 0.5 * Math.pow(0.96, t * psi));
            }
        }
    }
}
