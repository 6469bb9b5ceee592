package org.gdplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.gdplayground.classroom.Model.RunRow;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    private static RunRow run(String status, String diagnosis, double loss) {
        return new RunRow(1, 1, status, 10, 10, loss, 0.1, "sgd", diagnosis, true, Instant.EPOCH, "");
    }

    @Test
    void theEnginesCodesSayWhoNeedsHelp() {
        assertThat(Outcome.of(null)).isEqualTo(Outcome.WAITING);
        assertThat(Outcome.of(run("diverged", "", 1)).id()).isEqualTo("diverging");
        assertThat(Outcome.of(run("max_steps", "", Double.NaN)).needsHelp()).isTrue();
        for (String stuck : new String[] {"oscillating", "local-minimum", "saddle", "plateau", "too-slow"}) {
            Outcome o = Outcome.of(run("max_steps", stuck, 1));
            assertThat(o.id()).isEqualTo(stuck);
            assertThat(o.needsHelp()).as(stuck).isTrue();
            assertThat(o.hasMessage()).isTrue();
        }
        assertThat(Outcome.of(run("max_steps", "global-minimum", 0)).id()).isEqualTo("converged");
        assertThat(Outcome.of(run("converged", "", 0)).needsHelp()).isFalse();
        assertThat(Outcome.of(run("running", "", 3)).id()).isEqualTo("working");
    }

    @Test
    void anUnknownCodeIsShownAsItIsAndNeverAsAnError() {
        Outcome o = Outcome.of(run("max_steps", "Spiralling<b>", 1));
        assertThat(o.id()).isEqualTo("spirallingb");
        assertThat(o.needsHelp()).isFalse();
        assertThat(o.hasMessage()).isFalse();
        assertThat(o.color()).startsWith("#");
    }
}
