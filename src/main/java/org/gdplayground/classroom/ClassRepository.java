package org.gdplayground.classroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gdplayground.classroom.Model.ClassInfo;
import org.gdplayground.classroom.Model.Report;
import org.gdplayground.classroom.Model.RunRow;
import org.gdplayground.classroom.Model.StudentRow;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The classroom tables through plain JDBC (SQL that H2 and PostgreSQL both run). */
@Repository
class ClassRepository {

    private static final String RUN_COLUMNS = "student_id, run_no, status, step, steps, loss, lr, optimizer, "
            + "diagnosis, finished, updated_at, trajectory";

    private final JdbcTemplate jdbc;

    ClassRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a class; false when the code is taken. */
    boolean insertClass(String code, String keyHash, String scenario, Instant created, Instant expires) {
        try {
            jdbc.update("INSERT INTO classroom_class (code, key_hash, scenario, created_at, expires_at) "
                    + "VALUES (?, ?, ?, ?, ?)", code, keyHash, scenario, ts(created), ts(expires));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    record Stored(ClassInfo info, String keyHash) {
    }

    Optional<Stored> findClass(String code) {
        List<Stored> rows = jdbc.query("SELECT code, key_hash, scenario, created_at, expires_at, ended, paused, "
                + "anonymized FROM classroom_class WHERE code = ?", (rs, i) -> new Stored(new ClassInfo(
                        rs.getString(1), rs.getString(3), instant(rs, 4), instant(rs, 5), rs.getBoolean(6),
                        rs.getBoolean(7), rs.getBoolean(8)), rs.getString(2)), code);
        return rows.stream().findFirst();
    }

    void setScenario(String code, String scenario) {
        jdbc.update("UPDATE classroom_class SET scenario = ? WHERE code = ?", scenario, code);
    }

    void setFlag(String code, String column, boolean value) {
        if (!List.of("ended", "paused", "anonymized").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        jdbc.update("UPDATE classroom_class SET " + column + " = ? WHERE code = ?", value, code);
    }

    int countStudents(String code) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM classroom_student WHERE class_code = ?", Integer.class,
                code);
        return n == null ? 0 : n;
    }

    long insertStudent(String code, String nickname, String tokenHash, Instant joined) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO classroom_student (class_code, nickname, token_hash, joined_at) "
                    + "VALUES (?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, code);
            ps.setString(2, nickname);
            ps.setString(3, tokenHash);
            ps.setTimestamp(4, ts(joined));
            return ps;
        }, keys);
        Number id = keys.getKey();
        if (id == null) {
            throw new IllegalStateException("no id for the new student");
        }
        return id.longValue();
    }

    /** The stored token hash of a student of a class, or null. */
    @Nullable String tokenHash(String code, long studentId) {
        List<String> rows = jdbc.queryForList("SELECT token_hash FROM classroom_student WHERE id = ? AND class_code = ?",
                String.class, studentId, code);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    void upsertRun(long studentId, Report r, Instant now) {
        Object[] values = {r.status(), r.step(), r.steps(), r.loss(), r.lr(), r.optimizer(), r.diagnosis(),
                r.finished(), ts(now), r.trajectory(), studentId, r.runNo()};
        String update = "UPDATE classroom_run SET status = ?, step = ?, steps = ?, loss = ?, lr = ?, optimizer = ?, "
                + "diagnosis = ?, finished = ?, updated_at = ?, trajectory = ? WHERE student_id = ? AND run_no = ?";
        if (jdbc.update(update, values) > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO classroom_run (status, step, steps, loss, lr, optimizer, diagnosis, finished, "
                    + "updated_at, trajectory, student_id, run_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        } catch (DuplicateKeyException raced) {
            jdbc.update(update, values);
        }
    }

    List<StudentRow> students(String code) {
        Map<Long, RunRow> latest = new HashMap<>();
        jdbc.query("SELECT " + RUN_COLUMNS.replace("student_id", "r.student_id").replace("run_no", "r.run_no")
                + " FROM classroom_run r JOIN classroom_student s ON s.id = r.student_id WHERE s.class_code = ? "
                + "AND r.run_no = (SELECT MAX(r2.run_no) FROM classroom_run r2 WHERE r2.student_id = r.student_id)",
                rs -> {
                    RunRow row = RUNS.mapRow(rs, 0);
                    latest.put(row.studentId(), row);
                }, code);
        List<StudentRow> out = new ArrayList<>();
        jdbc.query("SELECT id, nickname, joined_at FROM classroom_student WHERE class_code = ? ORDER BY joined_at, id",
                rs -> {
                    long id = rs.getLong(1);
                    out.add(new StudentRow(id, rs.getString(2), instant(rs, 3), latest.get(id)));
                }, code);
        return out;
    }

    /** Every run of a class, by student then run number. */
    List<RunRow> runs(String code, boolean finishedOnly) {
        return jdbc.query("SELECT " + RUN_COLUMNS.replace("student_id", "r.student_id").replace("run_no", "r.run_no")
                + " FROM classroom_run r JOIN classroom_student s ON s.id = r.student_id WHERE s.class_code = ?"
                + (finishedOnly ? " AND r.finished = TRUE" : "") + " ORDER BY s.joined_at, s.id, r.run_no", RUNS, code);
    }

    private static final RowMapper<RunRow> RUNS = (rs, i) -> new RunRow(rs.getLong(1), rs.getInt(2), rs.getString(3),
            rs.getInt(4), rs.getInt(5), rs.getDouble(6), rs.getDouble(7), rs.getString(8), rs.getString(9),
            rs.getBoolean(10), instant(rs, 11), rs.getString(12));

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? Instant.EPOCH : t.toInstant();
    }
}
