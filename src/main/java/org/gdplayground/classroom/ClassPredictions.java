package org.gdplayground.classroom;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.gdplayground.classroom.Model.ClassInfo;
import org.gdplayground.classroom.Model.StudentRow;
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

    /** The columns of {@link #csv}, in order: each names its header's text key ({@code pred.csv.<column>}). */
    public static final List<String> CSV_COLUMNS = List.of("student-id", "student", "lesson", "step", "predicted",
            "outcome", "held", "diagnosis", "updated");

    /**
     * The class's verdicts as CSV for a spreadsheet, in the conventions of the runs' export
     * ({@link ClassroomService#csv}: RFC 4180, UTF-8 with a byte-order mark, the student's id beside the name, names
     * replaced by {@code anonymousName(n)} when the class is anonymized, times with their offset in {@code zone}).
     * One row per student and lesson step (the student's latest verdict), ordered by lesson, step and join order, so
     * a teacher can filter a step or sort by student; a separate file because a verdict belongs to a lesson step,
     * not to a run. Headers and choices are in the teacher's language: {@code text} gives the text of a key
     * ({@code pred.csv.<column>}, {@code pred.short.<choice>}, {@code pred.csv.yes/no}); {@code lessonTitle} names a
     * lesson id (its id when the library no longer has it). The diagnosis stays the run's code, as in the runs' CSV.
     */
    public String csv(ClassInfo authorized, IntFunction<String> anonymousName, Function<String, String> text,
            Function<String, String> lessonTitle, ZoneId zone) {
        Model.Snapshot s = classes.snapshot(authorized);
        Map<Long, Integer> joinIndex = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (int i = 0; i < s.students().size(); i++) {
            StudentRow st = s.students().get(i);
            joinIndex.put(st.id(), i + 1);
            names.put(st.id(), st.nickname());
        }
        StringBuilder b = new StringBuilder("\uFEFF");
        for (int i = 0; i < CSV_COLUMNS.size(); i++) {
            b.append(i == 0 ? "" : ",").append(ClassroomService.csvCell(text.apply("pred.csv." + CSV_COLUMNS.get(i))));
        }
        b.append("\r\n");
        DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        jdbc.query("SELECT p.student_id, p.lesson, p.step, p.predicted, p.outcome, p.diagnosis, p.updated_at "
                + "FROM classroom_prediction p JOIN classroom_student s ON s.id = p.student_id "
                + "WHERE s.class_code = ? ORDER BY p.lesson, p.step, s.joined_at, s.id", rs -> {
                    long id = rs.getLong(1);
                    String name = s.info().anonymized() ? anonymousName.apply(joinIndex.getOrDefault(id, 0))
                            : names.getOrDefault(id, "");
                    String predicted = rs.getString(4);
                    String outcome = rs.getString(5);
                    b.append(id).append(',').append(ClassroomService.csvCell(name)).append(',')
                            .append(ClassroomService.csvCell(lessonTitle.apply(rs.getString(2)))).append(',')
                            .append(rs.getInt(3)).append(',')
                            .append(ClassroomService.csvCell(text.apply("pred.short." + predicted))).append(',')
                            .append(ClassroomService.csvCell(text.apply("pred.short." + outcome))).append(',')
                            .append(ClassroomService.csvCell(text.apply(predicted.equals(outcome) ? "pred.csv.yes"
                                    : "pred.csv.no"))).append(',')
                            .append(ClassroomService.csvCell(rs.getString(6))).append(',')
                            .append(time.format(rs.getTimestamp(7).toInstant())).append("\r\n");
                }, authorized.code());
        return b.toString();
    }
}
