package org.gdplayground.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.optimizer.Sgd;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.junit.jupiter.api.Test;

class DiagnosisTextTest {

    private final Messages messages = new Messages();

    private static Diagnosis end(String fn, double lr, int steps, double... start) {
        Run run = Scenario.of(Objectives.builtin(fn).orElseThrow(), new Sgd(lr)).withStart(start).withSteps(steps)
                .start();
        run.runToEnd(() -> false);
        return run.diagnosis();
    }

    @Test
    void everyCodeHasASentenceInBothLanguages() {
        List<Diagnosis> all = List.of(end("sphere", 1.1, 100, -3, 4), end("sphere", 1e6, 1000, -3, 4),
                end("sphere", 1.0, 100, -3, 4), end("saddle", 0.1, 100, -2, 0), end("plateau", 0.01, 100, 3.5, 3.5),
                end("two-minima", 0.05, 200, 1.8, 1), end("two-minima", 0.05, 200, -1.8, 1),
                end("sphere", 0.01, 10, -3, 4));
        assertThat(all.stream().map(d -> d.code()).distinct()).hasSize(7);
        for (Diagnosis d : all) {
            for (Locale l : List.of(Locale.ENGLISH, Locale.KOREAN)) {
                String s = DiagnosisText.of(d, messages, l);
                assertThat(s).as("%s %s", d, l).doesNotStartWith("!").doesNotContain("{").isNotBlank();
            }
        }
        assertThat(DiagnosisText.of(end("saddle", 0.1, 100, -2, 0), messages, Locale.ENGLISH))
                .startsWith("At a saddle point since step").contains("eigenvalues −2, 2");
        assertThat(DiagnosisText.of(end("plateau", 0.01, 100, 3.5, 3.5), messages, Locale.ENGLISH))
                .startsWith("On a plateau since step 0: at (3.5, 3.5) (loss 1)");
        assertThat(DiagnosisText.of(end("sphere", 1e6, 1000, -3, 4), messages, Locale.ENGLISH))
                .startsWith("Diverging since step 1:").contains("stopped being finite at step");
    }

    @Test
    void numbersAreShortWithATrueMinus() {
        assertThat(DiagnosisText.num(-1.0355787140888537)).isEqualTo("−1.04");
        assertThat(DiagnosisText.num(0.29414648102826285)).isEqualTo("0.294");
        assertThat(DiagnosisText.num(12.839)).isEqualTo("12.8");
        assertThat(DiagnosisText.num(1.0)).isEqualTo("1");
        assertThat(DiagnosisText.num(2.3e-10)).isEqualTo("2.3e-10".replace('-', '−'));
        assertThat(DiagnosisText.num(1e-17)).isEqualTo("1e−17"); // a non-zero value keeps its magnitude
        assertThat(DiagnosisText.num(1.4e-13)).isEqualTo("1.4e−13");
        assertThat(DiagnosisText.point(new double[] {0.96014955551910552, 0})).isEqualTo("(0.96, 0)");
    }
}
