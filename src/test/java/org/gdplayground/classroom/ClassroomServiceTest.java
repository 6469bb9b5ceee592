package org.gdplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gdplayground.classroom.Model.ClassInfo;
import org.gdplayground.classroom.Model.Created;
import org.gdplayground.classroom.Model.JoinResult;
import org.gdplayground.classroom.Model.Joined;
import org.gdplayground.classroom.Model.Reason;
import org.gdplayground.classroom.Model.Refused;
import org.gdplayground.classroom.Model.Report;
import org.gdplayground.classroom.Model.Snapshot;
import org.gdplayground.classroom.Model.StudentTicket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClassroomServiceTest {

    private TestDb db;
    private LocalClassEvents events;
    private ClassroomService service;
    private final List<ClassEvents.Kind> seen = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = new TestDb();
        events = new LocalClassEvents();
        service = db.service(ClassProperties.of(Duration.ofHours(24), 3, 5), events);
    }

    private Joined join(String code, String name) {
        JoinResult r = service.join(code, name, "10.0.0." + name.length());
        assertThat(r).isInstanceOf(Joined.class);
        return (Joined) r;
    }

    private static Report report(int run, double lr, double loss, boolean finished) {
        return new Report(run, finished ? "max_steps" : "running", finished ? 100 : 10, 100, loss, lr, "sgd", "",
                finished, "[[-3,4],[0,0]]");
    }

    @Test
    void theTeacherKeyOpensTheClassAndNothingElseDoes() {
        Created c = service.create("http://localhost:8080/?fn=sphere&lr=0.1");
        assertThat(service.teacher(c.code(), c.key())).get().extracting(ClassInfo::scenario)
                .isEqualTo("/?fn=sphere&lr=0.1");
        assertThat(service.teacher(c.code().toLowerCase(), c.key())).as("codes are read case-blind").isPresent();
        assertThat(service.teacher(c.code(), c.key() + "A")).isEmpty();
        assertThat(service.teacher(c.code(), "")).isEmpty();
        assertThat(service.teacher(c.code(), null)).isEmpty();
        assertThat(service.teacher("ZZZZZZ", c.key())).isEmpty();
        Created other = service.create("");
        assertThat(service.teacher(other.code(), c.key())).as("one class's key never opens another").isEmpty();
        String stored = db.jdbc.queryForObject("SELECT key_hash FROM classroom_class WHERE code = ?", String.class,
                c.code());
        assertThat(stored).isEqualTo(Secrets.hash(c.key())).doesNotContain(c.key());
    }

    @Test
    void joinValidatesNamesAndKeepsThemVerbatim() {
        Created c = service.create("");
        try (var sub = events.subscribe(c.code(), seen::add)) {
            Joined bold = join(c.code(), "<b>x</b>");
            Joined korean = join(c.code(), " 김민지 ");
            assertThat(bold.ticket().nickname()).isEqualTo("<b>x</b>");
            assertThat(korean.ticket().nickname()).isEqualTo("김민지");
            assertThat(service.join(c.code(), " ", "a")).isEqualTo(new Refused(Reason.BAD_NAME));
            assertThat(service.join(c.code(), "x".repeat(25), "a")).isEqualTo(new Refused(Reason.BAD_NAME));
            assertThat(service.join("AAAAAA", "Ann", "a")).isEqualTo(new Refused(Reason.NO_CLASS));
            Snapshot s = service.snapshot(service.teacher(c.code(), c.key()).orElseThrow());
            assertThat(s.students()).extracting(Model.StudentRow::nickname).containsExactly("<b>x</b>", "김민지");
        }
        assertThat(seen).containsExactly(ClassEvents.Kind.JOINED, ClassEvents.Kind.JOINED);
    }

    @Test
    void aClassAdmitsAtMostMaxStudents() {
        Created c = service.create("");
        join(c.code(), "a");
        join(c.code(), "bb");
        join(c.code(), "ccc");
        assertThat(service.join(c.code(), "dddd", "10.9.9.9")).isEqualTo(new Refused(Reason.FULL));
    }

    @Test
    void anAddressMayJoinOnlySoOftenPerMinute() {
        List<Created> classes = List.of(service.create(""), service.create(""));
        for (int i = 0; i < 5; i++) {
            assertThat(service.join(classes.get(i % 2).code(), "s" + i, "192.0.2.1")).isInstanceOf(Joined.class);
        }
        String fresh = service.create("").code();
        assertThat(service.join(fresh, "late", "192.0.2.1")).isEqualTo(new Refused(Reason.TOO_MANY_JOINS));
        assertThat(service.join(fresh, "other", "192.0.2.2")).isInstanceOf(Joined.class);
        db.clock.advance(Duration.ofSeconds(61));
        assertThat(service.join(fresh, "later", "192.0.2.1")).isInstanceOf(Joined.class);
    }

    @Test
    void aClassClosesAfterItsLifetimeAndIsDeletedForRealAfterItsRetention() {
        Created c = service.create("");
        Joined a = join(c.code(), "a");
        service.report(a.ticket(), report(1, 0.1, 0.5, true));
        Created later = service.create("");
        db.clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(service.teacher(c.code(), c.key())).as("the teacher keeps the results").isPresent();
        assertThat(service.join(c.code(), "b", "x")).isEqualTo(new Refused(Reason.ENDED));
        assertThat(service.report(a.ticket(), report(2, 0.1, 1, true))).isFalse();
        assertThat(service.purgeExpired()).isZero();

        db.clock.advance(Duration.ofDays(30));
        Created fresh = service.create("");
        assertThat(service.purgeExpired()).isEqualTo(2);
        assertThat(service.teacher(c.code(), c.key())).isEmpty();
        assertThat(service.teacher(later.code(), later.key())).isEmpty();
        assertThat(service.teacher(fresh.code(), fresh.key())).isPresent();
        assertThat(service.join(c.code(), "b", "x")).isEqualTo(new Refused(Reason.NO_CLASS));
        for (String table : List.of("classroom_class", "classroom_student", "classroom_run")) {
            String where = table.equals("classroom_class") ? "" : " WHERE 1 = 1";
            Integer n = db.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + where, Integer.class);
            assertThat(n).as(table).isEqualTo(table.equals("classroom_class") ? 1 : 0);
        }
    }

    @Test
    void aMembershipCookieSurvivesARestartAndRejoiningKeepsTheRow() {
        Created c = service.create("");
        Joined a = join(c.code(), "a");
        String cookie = service.membership(a.ticket());
        assertThat(cookie).doesNotContain(Secrets.hash(a.ticket().token()));

        // a new service on the same database (a restarted server) accepts it: the signing key is in the database
        ClassroomService restarted = db.service(ClassProperties.of(Duration.ofHours(24), 3, 5), events);
        StudentTicket back = restarted.member(c.code(), cookie).orElseThrow();
        assertThat(back).isEqualTo(a.ticket());
        assertThat(restarted.report(back, report(1, 0.1, 0.5, true))).isTrue();

        // tampered, for another class or for a removed student: refused
        String[] parts = cookie.split("\\.");
        assertThat(restarted.member(c.code(), parts[0] + "." + parts[1] + ".x" + parts[2])).isEmpty();
        long other = a.ticket().studentId() + 1;
        assertThat(restarted.member(c.code(), other + "." + parts[1] + "." + parts[2])).isEmpty();
        assertThat(restarted.member(service.create("").code(), cookie)).isEmpty();

        // rejoining from the same browser keeps the row (and its results) under the new name
        JoinResult again = restarted.join(c.code(), "a2", "10.0.0.9", back);
        assertThat(again).isInstanceOf(Joined.class);
        assertThat(((Joined) again).ticket().studentId()).isEqualTo(a.ticket().studentId());
        Snapshot s = restarted.snapshot(restarted.teacher(c.code(), c.key()).orElseThrow());
        assertThat(s.students()).extracting(Model.StudentRow::nickname).containsExactly("a2");
        assertThat(s.students().getFirst().latest()).isNotNull();

        assertThat(restarted.remove(c.code(), c.key(), a.ticket().studentId())).isTrue();
        assertThat(restarted.member(c.code(), cookie)).isEmpty();
        assertThat(restarted.report(back, report(2, 0.1, 0.5, true))).isFalse();
    }

    @Test
    void teacherRenamesAndPicksStudentsForTheProjector() {
        Created c = service.create("");
        Joined a = join(c.code(), "a");
        Joined b = join(c.code(), "bb");
        assertThat(service.rename(c.code(), "wrong", a.ticket().studentId(), "x")).isFalse();
        assertThat(service.rename(c.code(), c.key(), a.ticket().studentId(), "\u202Eevil")).isTrue();
        assertThat(service.setSnapshot(c.code(), c.key(), List.of(b.ticket().studentId(), a.ticket().studentId())))
                .isTrue();
        ClassInfo info = service.projector(c.code()).orElseThrow();
        assertThat(info.snapshot()).containsExactly(b.ticket().studentId(), a.ticket().studentId());
        assertThat(service.snapshot(info).students()).extracting(Model.StudentRow::nickname)
                .containsExactly("evil", "bb");
        assertThat(service.delete(c.code(), "wrong")).isFalse();
        assertThat(service.delete(c.code(), c.key())).isTrue();
        assertThat(service.projector(c.code())).isEmpty();
    }

    @Test
    void presenceFollowsThePage() {
        Created c = service.create("");
        Joined a = join(c.code(), "a");
        java.util.function.Supplier<Presence> presence = () -> Presence.of(service.snapshot(
                service.teacher(c.code(), c.key()).orElseThrow()).students().getFirst(), false, db.clock.instant());
        assertThat(presence.get()).isEqualTo(Presence.LEFT);
        service.seen(a.ticket(), true, false, false);
        assertThat(presence.get()).isEqualTo(Presence.IDLE);
        service.report(a.ticket(), report(1, 0.1, 3, false));
        assertThat(presence.get()).isEqualTo(Presence.PLAYING);
        db.clock.advance(Duration.ofSeconds(10));
        assertThat(presence.get()).isEqualTo(Presence.IDLE);
        service.seen(a.ticket(), true, true, false);
        assertThat(presence.get()).isEqualTo(Presence.PAUSED);
        db.clock.advance(Duration.ofMinutes(2));
        assertThat(presence.get()).as("silent for longer than the heartbeats").isEqualTo(Presence.LEFT);
        service.seen(a.ticket(), false, false, false);
        assertThat(presence.get()).isEqualTo(Presence.LEFT);
    }

    @Test
    void aStudentChangesOnlyTheirOwnResults() {
        Created c = service.create("");
        Joined a = join(c.code(), "a");
        Joined b = join(c.code(), "bb");
        assertThat(service.report(a.ticket(), report(1, 0.1, 0.5, true))).isTrue();
        assertThat(service.report(b.ticket(), report(1, 0.3, 7, false))).isTrue();

        // a's token with b's id (or a made-up token) is refused and changes nothing
        StudentTicket forged = new StudentTicket(c.code(), b.ticket().studentId(), "bb", a.ticket().token());
        assertThat(service.report(forged, report(1, 9, 999, true))).isFalse();
        StudentTicket guessed = new StudentTicket(c.code(), b.ticket().studentId(), "bb", Secrets.newKey());
        assertThat(service.report(guessed, report(1, 9, 999, true))).isFalse();
        Created other = service.create("");
        StudentTicket elsewhere = new StudentTicket(other.code(), a.ticket().studentId(), "a", a.ticket().token());
        assertThat(service.report(elsewhere, report(1, 9, 999, true))).isFalse();

        Snapshot s = service.snapshot(service.teacher(c.code(), c.key()).orElseThrow());
        assertThat(s.students().get(0).latest().loss()).isEqualTo(0.5);
        assertThat(s.students().get(1).latest().loss()).isEqualTo(7.0);
        assertThat(s.students().get(1).latest().finished()).isFalse();
        assertThat(s.finished()).hasSize(1);
    }

    @Test
    void progressThenResultUpdatesOneRunAndANewRunIsKeptBeside() {
        Created c = service.create("");
        Joined a = join(c.code(), "a");
        service.report(a.ticket(), report(1, 0.1, 3, false));
        service.report(a.ticket(), report(1, 0.1, 0.25, true));
        service.report(a.ticket(), report(2, 1.5, Double.POSITIVE_INFINITY, true));
        Snapshot s = service.snapshot(service.teacher(c.code(), c.key()).orElseThrow());
        assertThat(s.students().getFirst().latest().runNo()).isEqualTo(2);
        assertThat(s.students().getFirst().latest().loss()).isInfinite();
        assertThat(s.finished()).extracting(Model.RunRow::lr).containsExactly(0.1, 1.5);
    }

    @Test
    void teacherActionsNeedTheKeyAndReachStudents() {
        Created c = service.create("");
        Joined a = join(c.code(), "=cmd");
        try (var sub = events.subscribe(c.code(), seen::add)) {
            assertThat(service.sendScenario(c.code(), "wrong", "/?fn=beale")).isFalse();
            assertThat(service.sendScenario(c.code(), c.key(), "http://h/?fn=beale&lr=0.01")).isTrue();
            assertThat(service.current(a.ticket())).get().extracting(ClassInfo::scenario)
                    .isEqualTo("/?fn=beale&lr=0.01");
            assertThat(service.setPaused(c.code(), c.key(), true)).isTrue();
            assertThat(service.current(a.ticket()).orElseThrow().paused()).isTrue();
            assertThat(service.setAnonymized(c.code(), c.key(), true)).isTrue();
        }
        assertThat(seen).containsExactly(ClassEvents.Kind.SCENARIO, ClassEvents.Kind.PAUSE,
                ClassEvents.Kind.ANONYMIZE);
        service.report(a.ticket(), report(1, 0.1, 0.5, true));
        ClassInfo info = service.teacher(c.code(), c.key()).orElseThrow();
        String csv = service.csv(info, n -> "Student " + n, java.time.ZoneId.of("Asia/Seoul"));
        long id = a.ticket().studentId();
        assertThat(csv).startsWith("\uFEFFstudent_id,student,run,status,step,max-steps,loss")
                .contains(id + ",Student 1,1,max-steps,100,100,0.5,0.1,sgd")
                .contains(",2026-11-30T18:00:00+09:00\r\n")
                .doesNotContain("=cmd");
        service.setAnonymized(c.code(), c.key(), false);
        assertThat(service.csv(info, n -> "Student " + n)).contains(id + ",'=cmd,1,").contains("T09:00:00Z");

        assertThat(service.end(c.code(), c.key())).isTrue();
        assertThat(service.join(c.code(), "late", "x")).isEqualTo(new Refused(Reason.ENDED));
        assertThat(service.report(a.ticket(), report(2, 0.1, 0.5, true))).isFalse();
        assertThat(service.teacher(c.code(), c.key())).as("the teacher still sees an ended class").get()
                .extracting(ClassInfo::ended).isEqualTo(true);
    }

    @Test
    void csvQuotesCommasAndQuotes() {
        assertThat(ClassroomService.csvCell("a,b")).isEqualTo("\"a,b\"");
        assertThat(ClassroomService.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ClassroomService.csvCell("+1")).isEqualTo("'+1");
    }
}
