package org.gdplayground.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.gdplayground.ui.common.Formats;
import org.junit.jupiter.api.Test;

/** One way to write a number for learners: the status line's and the diagnosis's numbers use the same sign. */
class NumberTextTest {

    private static final double[] NEGATIVE = {-1.0355787140888537, -3, -0.5, -1e-10, -2.5e7, -123456.7, -0.00012,
        Double.NEGATIVE_INFINITY};

    @Test
    void aTrueMinusEverywhereIncludingExponents() {
        assertThat(NumberText.of(-1.5, 4)).isEqualTo("−1.5");
        assertThat(NumberText.of(-2.3e-10, 3)).isEqualTo("−2.3e−10");
        assertThat(NumberText.of(2.3e-10, 3)).isEqualTo("2.3e−10");
        assertThat(NumberText.of(-1.837e-15, 4)).isEqualTo("−1.837e−15");
        assertThat(NumberText.of(Double.NEGATIVE_INFINITY, 4)).isEqualTo("−∞");
        assertThat(NumberText.of(1000, 4)).isEqualTo("1000"); // never grouped
        assertThat(NumberText.of(0.29414648102826285, 3)).isEqualTo("0.294");
    }

    @Test
    void theStatusLineTheTablesAndTheDiagnosisWriteTheSameSign() {
        for (double v : NEGATIVE) {
            String status = Formats.num(v); // the status line, the step table, the explanations, the summary
            String diagnosis = DiagnosisText.number(v);
            assertThat(status).as("%s", v).startsWith("−").doesNotContain("-");
            assertThat(diagnosis).as("%s", v).startsWith("−").doesNotContain("-");
            assertThat(Formats.vec(new double[] {v, 1})).as("%s", v).doesNotContain("-");
        }
        // with the same digits, the very same text
        assertThat(Formats.num(-1.0355787140888537, 3)).isEqualTo(DiagnosisText.number(-1.0355787140888537))
                .isEqualTo("−1.04");
    }

    @Test
    void plainIsTheSameDigitsAndParsesBack() {
        for (double v : NEGATIVE) {
            if (Double.isFinite(v)) {
                String plain = NumberText.plain(v, 6);
                assertThat(plain.replace('-', NumberText.MINUS)).isEqualTo(NumberText.of(v, 6));
                assertThat(Double.parseDouble(plain)).isCloseTo(v, org.assertj.core.api.Assertions.within(
                        Math.abs(v) * 1e-5));
            }
        }
    }
}
