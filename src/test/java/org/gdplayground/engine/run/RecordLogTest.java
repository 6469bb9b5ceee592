package org.gdplayground.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.engine.optimizer.Adam;
import org.junit.jupiter.api.Test;

class RecordLogTest {

    @Test
    void aSnapshotNeverChangesWhileTheRunGoesOnAndThins() {
        Run run = new Run(Scenario.of(new Rosenbrock(), new Adam(0.01)).withStart(-1.5, 2).withSteps(10_000)
                .withMaxRecords(101));
        run.advance(50);
        List<StepRecord> early = run.records();
        assertThat(early).hasSize(51);
        assertThat(early.get(50).k()).isEqualTo(50);
        run.advance(5_000); // thins the log many times over
        assertThat(early).hasSize(51);
        for (int i = 0; i <= 50; i++) {
            assertThat(early.get(i).k()).isEqualTo(i);
        }
        List<StepRecord> late = run.records();
        assertThat(late.size()).isLessThanOrEqualTo(102);
        assertThat(late.getLast().k()).isEqualTo(5_050);
        // the snapshot always ends with the current step (frames take it from there)
        assertThat(late.getLast()).isEqualTo(run.latest());
        run.advance(3);
        assertThat(run.records().getLast()).isEqualTo(run.latest());
        assertThatThrownBy(() -> late.add(late.getFirst())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> early.get(51)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
