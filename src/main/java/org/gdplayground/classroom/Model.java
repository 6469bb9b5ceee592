package org.gdplayground.classroom;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The classroom's values. */
public final class Model {

    private Model() {
    }

    /** A class as stored (never its key). */
    public record ClassInfo(String code, String scenario, Instant created, Instant expires, boolean ended,
            boolean paused, boolean anonymized, List<Long> snapshot) {

        public ClassInfo {
            snapshot = List.copyOf(snapshot);
        }

        public ClassInfo(String code, String scenario, Instant created, Instant expires, boolean ended,
                boolean paused, boolean anonymized) {
            this(code, scenario, created, expires, ended, paused, anonymized, List.of());
        }

        /** Whether students may join and report now. */
        public boolean open(Instant now) {
            return !ended && now.isBefore(expires);
        }

        /** Whether the class is over for its students (ended by the teacher, or its lifetime ran out). */
        public boolean over(Instant now) {
            return !open(now);
        }
    }

    /** A class just created: its code and the teacher key (shown once, in the dashboard's address). */
    public record Created(String code, String key) {
    }

    /**
     * Who a student is: kept only in the student's server-side session, never sent to the browser. The token is
     * checked against its stored hash on every report.
     */
    public record StudentTicket(String code, long studentId, String nickname, String token) implements Serializable {
    }

    /** One run a student reports (progress while it plays, then its result with {@code finished}). */
    public record Report(int runNo, String status, int step, int steps, double loss, double lr, String optimizer,
            String diagnosis, boolean finished, String trajectory, String scenario) {

        public Report(int runNo, String status, int step, int steps, double loss, double lr, String optimizer,
                String diagnosis, boolean finished, String trajectory) {
            this(runNo, status, step, steps, loss, lr, optimizer, diagnosis, finished, trajectory, "");
        }
    }

    /** A stored run. */
    public record RunRow(long studentId, int runNo, String status, int step, int steps, double loss, double lr,
            String optimizer, String diagnosis, boolean finished, Instant updated, String trajectory,
            String scenario) {

        public RunRow(long studentId, int runNo, String status, int step, int steps, double loss, double lr,
                String optimizer, String diagnosis, boolean finished, Instant updated, String trajectory) {
            this(studentId, runNo, status, step, steps, loss, lr, optimizer, diagnosis, finished, updated, trajectory,
                    "");
        }
    }

    /**
     * A student and their latest run (null before they played); when their page last showed a sign of life, whether
     * it is open, and whether its playback is paused.
     */
    public record StudentRow(long id, String nickname, Instant joined, @Nullable RunRow latest, @Nullable Instant seen,
            boolean present, boolean holding) {

        public StudentRow(long id, String nickname, Instant joined, @Nullable RunRow latest) {
            this(id, nickname, joined, latest, null, false, false);
        }
    }

    /** Everything a dashboard shows: the class, its students in join order, and every finished run. */
    public record Snapshot(ClassInfo info, List<StudentRow> students, List<RunRow> finished) {
    }

    /** The outcome of a join. */
    public sealed interface JoinResult permits Joined, Refused {
    }

    public record Joined(StudentTicket ticket, ClassInfo info) implements JoinResult {
    }

    public record Refused(Reason reason) implements JoinResult {
    }

    /** Why a join was refused (each has a message {@code classroom.refused.<id>}). */
    public enum Reason {
        NO_CLASS, ENDED, BAD_NAME, FULL, TOO_MANY_JOINS;

        public String key() {
            return "classroom.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
