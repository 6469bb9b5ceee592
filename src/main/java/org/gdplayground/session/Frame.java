package org.gdplayground.session;

import java.util.List;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.StepRecord;

/**
 * What a page shows after a frame: per run, its recorded steps so far (an immutable snapshot, O(1) to take), where
 * it stands, and the points traced since the previous frame (what the browser's charts append).
 *
 * @param runs    one view per run, in the order they were given
 * @param playing whether the playback continues after this frame
 * @param restart whether the runs started over with this frame (the charts drop what they drew)
 */
public record Frame(List<RunView> runs, boolean playing, boolean restart) {

    public Frame {
        runs = List.copyOf(runs);
    }

    /** True when every run has ended. */
    public boolean finished() {
        return runs.stream().allMatch(RunView::finished);
    }

    /** The newest step k shown (lock step: the same for every run that is still going). */
    public int step() {
        return runs.stream().mapToInt(r -> r.latest().k()).max().orElse(0);
    }

    /** One run's state in a frame. */
    public record RunView(List<StepRecord> records, StepRecord latest, org.gdplayground.engine.run.Status status,
            org.gdplayground.engine.run.@org.jspecify.annotations.Nullable StopReason reason, long engineNanos,
            int steps, Trace.Delta delta, org.gdplayground.engine.diagnosis.Diagnosis diagnosis) {

        /** A view without traced points (tests, and pages that redraw from the records). */
        public RunView(List<StepRecord> records, StepRecord latest, org.gdplayground.engine.run.Status status,
                org.gdplayground.engine.run.@org.jspecify.annotations.Nullable StopReason reason, long engineNanos,
                int steps) {
            this(records, latest, status, reason, engineNanos, steps, new Trace.Delta(new double[0], new double[0]),
                    org.gdplayground.engine.diagnosis.Diagnosis.none(status != org.gdplayground.engine.run.Status.RUNNING));
        }

        static RunView of(Run run, Trace trace) {
            // The snapshot always ends with the current step's record: take it from there instead of building it twice.
            List<StepRecord> records = run.records();
            return new RunView(records, records.getLast(), run.status(), run.stopReason(), run.engineNanos(),
                    run.scenario().steps(), trace.drain(), run.diagnosis());
        }

        public boolean finished() {
            return status != org.gdplayground.engine.run.Status.RUNNING;
        }
    }
}
