package org.gdplayground.classroom;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gdplayground.classroom.Model.ClassInfo;
import org.gdplayground.classroom.Model.StudentTicket;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A class's lesson predictions against what the runs did: a student's lesson page reports its verdict (what they
 * predicted, what their run did, and the run's diagnosis code) when they answer a step's "predict, then run", and the
 * dashboard counts them per step — "predicted converges, saw it diverge: 7", the teacher's discussion starter.
 * One stored verdict per student and step (the latest); a student acts only through their ticket, the teacher's view
 * needs the class as the key opened it ({@link ClassroomService#teacher}).
 */
@Service
public class ClassPredictions {

    /** The choices a verdict may name (the lessons' prediction choices); anything else is refused. */
    public static final Set<String> CHOICES = Set.of("converges", "oscillates", "diverges", "local-minimum", "stuck",
            "slow");

    /** A student's verdict on one lesson step. */
    public record Verdict(String lesson, int step, String predicted, String outcome, String diagnosis) {

        /** Whether the prediction held. */
        public boolean held() {
            return predicted.equals(outcome);
        }
    }

    /** How many students of a class predicted {@code predicted} at a lesson step and saw {@code outcome}. */
    public record Tally(String lesson, int step, String predicted, String outcome, int count) {

        public boolean held() {
            return predicted.equals(outcome);
        }
    }

    private final ClassroomService classes;
    private final JdbcTemplate jdbc;

    public ClassPredictions(ClassroomService classes, JdbcTemplate jdbc) {
        this.classes = classes;
        this.jdbc = jdbc;
    }

    /**
     * Stores a student's verdict (replacing their earlier one at that step) and tells the dashboard; false (nothing
     * stored) when the ticket is not valid, the class is closed or the verdict names an unknown choice.
     */
    public boolean report(StudentTicket t, Verdict v) {
        if (!CHOICES.contains(v.predicted()) || !CHOICES.contains(v.outcome()) || v.step() < 1
                || v.lesson().isBlank() || v.lesson().length() > 80 || !classes.valid(t)) {
            return false;
        }
        String diagnosis = v.diagnosis().length() > 40 ? v.diagnosis().substring(0, 40) : v.diagnosis();
        Object[] values = {v.predicted(), v.outcome(), diagnosis.toLowerCase(Locale.ROOT),
                Timestamp.from(classes.now()), t.studentId(), v.lesson(), v.step()};
        String update = "UPDATE classroom_prediction SET predicted = ?, outcome = ?, diagnosis = ?, updated_at = ? "
                + "WHERE student_id = ? AND lesson = ? AND step = ?";
        if (jdbc.update(update, values) == 0) {
            try {
                jdbc.update("INSERT INTO classroom_prediction (predicted, outcome, diagnosis, updated_at, student_id, "
                        + "lesson, step) VALUES (?, ?, ?, ?, ?, ?, ?)", values);
            } catch (DuplicateKeyException raced) {
                jdbc.update(update, values);
            }
        }
        classes.events().publish(t.code(), ClassEvents.Kind.PROGRESS);
        return true;
    }

    /**
     * The class's verdicts counted by lesson step, predicted choice and outcome: steps in lesson then step order,
     * within a step the largest counts first.
     */
    public List<Tally> tallies(ClassInfo authorized) {
        return jdbc.query("SELECT p.lesson, p.step, p.predicted, p.outcome, COUNT(*) AS n FROM classroom_prediction p "
                + "JOIN classroom_student s ON s.id = p.student_id WHERE s.class_code = ? "
                + "GROUP BY p.lesson, p.step, p.predicted, p.outcome ORDER BY p.lesson, p.step, n DESC, p.predicted, "
                + "p.outcome", (rs, i) -> new Tally(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)), authorized.code());
    }
}
