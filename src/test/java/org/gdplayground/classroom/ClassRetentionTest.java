package org.gdplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gdplayground.classroom.Model.Created;
import org.gdplayground.classroom.Model.Joined;
import org.gdplayground.classroom.Model.Report;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The retention job itself ({@link ClassRetention}, as the scheduler runs it) deletes a class whose retention ran out
 * with its students and their runs, for real, keeps the others, and survives a database that is away.
 */
class ClassRetentionTest {

    private final TestDb db = new TestDb();
    private final List<String> deleted = new ArrayList<>();
    private final ClassroomService service = service();

    private ClassroomService service() {
        LocalClassEvents events = new LocalClassEvents();
        ClassroomService s = db.service(new ClassProperties(Duration.ofHours(2), 10, 100, Duration.ofDays(7)), events);
        return s;
    }

    private int rows(String table, String code) {
        String where = switch (table) {
            case "classroom_class" -> "code = ?";
            case "classroom_student" -> "class_code = ?";
            default -> "student_id IN (SELECT id FROM classroom_student WHERE class_code = ?)";
        };
        Integer n = db.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + where, Integer.class, code);
        return n == null ? 0 : n;
    }

    private Created classWithAStudentAndARun(String name) {
        Created c = service.create("/?fn=sphere");
        Joined j = (Joined) service.join(c.code(), name, "10.0.0.1");
        service.report(j.ticket(), new Report(1, "max_steps", 50, 50, 0.1, 0.1, "sgd", "", true, "[[1,2],[0,0]]"));
        return c;
    }

    @Test
    void theJobDeletesAnExpiredClassWithItsStudentsAndRuns() {
        Created old = classWithAStudentAndARun("김민준");
        db.clock.advance(Duration.ofDays(6));
        Created young = classWithAStudentAndARun("Ann");
        service.events().subscribe(old.code(), kind -> deleted.add(old.code() + " " + kind));
        ClassRetention job = new ClassRetention(service);

        job.purge();
        assertThat(rows("classroom_class", old.code())).as("not yet: 6 of 7 days").isEqualTo(1);

        db.clock.advance(Duration.ofDays(1).plusSeconds(1));
        job.purge();
        for (String table : List.of("classroom_class", "classroom_student", "classroom_run")) {
            assertThat(rows(table, old.code())).as(table + " of the expired class").isZero();
            assertThat(rows(table, young.code())).as(table + " of the class still kept").isEqualTo(1);
        }
        assertThat(service.teacher(old.code(), old.key())).isEmpty();
        assertThat(deleted).as("open dashboards are told").containsExactly(old.code() + " DELETED");
    }

    @Test
    void aDatabaseThatIsAwayIsLoggedNotThrownAndTheJobIsScheduled() throws Exception {
        classWithAStudentAndARun("Bo");
        db.jdbc.execute("SHUTDOWN");
        assertThatCode(() -> new ClassRetention(service).purge()).doesNotThrowAnyException();
        Scheduled s = ClassRetention.class.getDeclaredMethod("purge").getAnnotation(Scheduled.class);
        assertThat(s.fixedDelayString()).isEqualTo("${playground.class.purge-interval:PT10M}");
        assertThat(s.initialDelayString()).isEqualTo("${playground.class.purge-initial-delay:PT30S}");
    }
}
