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
            + "diagnosis, finished, updated_at, trajectory, scenario";

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
                + "anonymized, snapshot FROM classroom_class WHERE code = ?", (rs, i) -> new Stored(new ClassInfo(
                        rs.getString(1), rs.getString(3), instant(rs, 4), instant(rs, 5), rs.getBoolean(6),
                        rs.getBoolean(7), rs.getBoolean(8), ids(rs.getString(9))), rs.getString(2)), code);
        return rows.stream().findFirst();
    }

    private static List<Long> ids(@Nullable String csv) {
        List<Long> out = new ArrayList<>();
        if (csv != null) {
            for (String p : csv.split(",")) {
                if (!p.isBlank()) {
                    out.add(Long.parseLong(p.strip()));
                }
            }
        }
        return out;
    }

    void setSnapshot(String code, List<Long> studentIds) {
        String csv = String.join(",", studentIds.stream().map(String::valueOf).toList());
        jdbc.update("UPDATE classroom_class SET snapshot = ? WHERE code = ?", csv, code);
    }

    /** Deletes a class with its students and runs (the foreign keys cascade); how many classes went. */
    int deleteClass(String code) {
        jdbc.update("DELETE FROM classroom_run WHERE student_id IN (SELECT id FROM classroom_student "
                + "WHERE class_code = ?)", code);
        jdbc.update("DELETE FROM classroom_student WHERE class_code = ?", code);
        return jdbc.update("DELETE FROM classroom_class WHERE code = ?", code);
    }

    /** Codes of the classes created before {@code cutoff}. */
    List<String> createdBefore(Instant cutoff) {
        return jdbc.queryForList("SELECT code FROM classroom_class WHERE created_at < ?", String.class, ts(cutoff));
    }

    /** A named server secret, inserted as {@code fresh} when there is none yet (the first writer wins). */
    String secret(String name, String fresh) {
        List<String> rows = jdbc.queryForList("SELECT secret FROM classroom_secret WHERE name = ?", String.class, name);
        if (!rows.isEmpty()) {
            return rows.getFirst();
        }
        try {
            jdbc.update("INSERT INTO classroom_secret (name, secret) VALUES (?, ?)", name, fresh);
            return fresh;
        } catch (DuplicateKeyException raced) {
            return jdbc.queryForObject("SELECT secret FROM classroom_secret WHERE name = ?", String.class, name);
        }
    }

    void seen(long studentId, Instant now, boolean present, boolean holding) {
        jdbc.update("UPDATE classroom_student SET seen_at = ?, present = ?, holding = ? WHERE id = ?", ts(now),
                present, holding, studentId);
    }

    boolean rename(String code, long studentId, String nickname) {
        return jdbc.update("UPDATE classroom_student SET nickname = ? WHERE id = ? AND class_code = ?", nickname,
                studentId, code) > 0;
    }

    boolean removeStudent(String code, long studentId) {
        jdbc.update("DELETE FROM classroom_run WHERE student_id IN (SELECT id FROM classroom_student WHERE id = ? "
                + "AND class_code = ?)", studentId, code);
        return jdbc.update("DELETE FROM classroom_student WHERE id = ? AND class_code = ?", studentId, code) > 0;
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

    /** The nickname of a student of a class, or null. */
    @Nullable String nickname(String code, long studentId) {
        List<String> rows = jdbc.queryForList("SELECT nickname FROM classroom_student WHERE id = ? AND class_code = ?",
                String.class, studentId, code);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    /** The stored token hash of a student of a class, or null. */
    @Nullable String tokenHash(String code, long studentId) {
        List<String> rows = jdbc.queryForList("SELECT token_hash FROM classroom_student WHERE id = ? AND class_code = ?",
                String.class, studentId, code);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    void upsertRun(long studentId, Report r, Instant now) {
        Object[] values = {r.status(), r.step(), r.steps(), r.loss(), r.lr(), r.optimizer(), r.diagnosis(),
                r.finished(), ts(now), r.trajectory(), r.scenario(), studentId, r.runNo()};
        String update = "UPDATE classroom_run SET status = ?, step = ?, steps = ?, loss = ?, lr = ?, optimizer = ?, "
                + "diagnosis = ?, finished = ?, updated_at = ?, trajectory = ?, scenario = ? "
                + "WHERE student_id = ? AND run_no = ?";
        if (jdbc.update(update, values) > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO classroom_run (status, step, steps, loss, lr, optimizer, diagnosis, finished, "
                    + "updated_at, trajectory, scenario, student_id, run_no) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
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
        jdbc.query("SELECT id, nickname, joined_at, seen_at, present, holding FROM classroom_student "
                + "WHERE class_code = ? ORDER BY joined_at, id", rs -> {
                    long id = rs.getLong(1);
                    Timestamp seen = rs.getTimestamp(4);
                    out.add(new StudentRow(id, rs.getString(2), instant(rs, 3), latest.get(id),
                            seen == null ? null : seen.toInstant(), rs.getBoolean(5), rs.getBoolean(6)));
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
            rs.getBoolean(10), instant(rs, 11), rs.getString(12), rs.getString(13));

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? Instant.EPOCH : t.toInstant();
    }
}
