package org.gdplayground.engine.run;

import java.util.List;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.jspecify.annotations.Nullable;

/**
 * A run's outcome (or its progress so far, while {@link Status#RUNNING}).
 *
 * @param status      where the run is
 * @param reason      why it ended; null while running
 * @param steps       steps taken
 * @param last        the record of the last step taken (the diverging one when diverged)
 * @param records     the kept records, evenly thinned, first and last included
 * @param engineNanos time spent in the engine (set-up and stepping), System.nanoTime
 * @param diagnosis   what the run is doing (or did), see {@link Diagnosis}
 */
public record RunResult(Status status, @Nullable StopReason reason, int steps, StepRecord last,
        List<StepRecord> records, long engineNanos, Diagnosis diagnosis) {

    public RunResult {
        records = List.copyOf(records);
    }
}
