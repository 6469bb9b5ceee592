package org.gdplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gdplayground.classroom.ClassPredictions.Tally;
import org.gdplayground.classroom.ClassPredictions.Verdict;
import org.gdplayground.classroom.Model.ClassInfo;
import org.gdplayground.classroom.Model.Created;
import org.gdplayground.classroom.Model.Joined;
import org.gdplayground.classroom.Model.StudentTicket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Students' lesson verdicts reach their class (latest per student and step) and are counted for the teacher. */
class ClassPredictionsTest {

    private TestDb db;
    private LocalClassEvents events;
    private ClassroomService service;
    private ClassPredictions predictions;

    @BeforeEach
    void setUp() {
        db = new TestDb();
        events = new LocalClassEvents();
        service = db.service(ClassProperties.of(Duration.ofHours(24), 30, 50), events);
        predictions = new ClassPredictions(service, db.jdbc);
    }

    private StudentTicket join(String code, String name) {
        return ((Joined) service.join(code, name, "10.0.0." + name.length())).ticket();
    }

    @Test
    void verdictsAreCountedPerStepByPredictionAndOutcomeAndTheLatestAnswerCounts() {
        Created c = service.create("");
        List<ClassEvents.Kind> seen = new ArrayList<>();
        StudentTicket ann = join(c.code(), "Ann");
        StudentTicket bo = join(c.code(), "Bo");
        StudentTicket cy = join(c.code(), "Cy");
        try (var sub = events.subscribe(c.code(), seen::add)) {
            assertThat(predictions.report(ann, new Verdict("bigger-lr", 2, "converges", "diverges", "diverging")))
                    .isTrue();
            assertThat(predictions.report(bo, new Verdict("bigger-lr", 2, "converges", "slow", ""))).isTrue();
            // Bo runs again: his latest verdict replaces the first
            assertThat(predictions.report(bo, new Verdict("bigger-lr", 2, "converges", "diverges", "diverging")))
                    .isTrue();
            assertThat(predictions.report(cy, new Verdict("bigger-lr", 2, "diverges", "diverges", "diverging")))
                    .isTrue();
            assertThat(predictions.report(cy, new Verdict("bigger-lr", 1, "oscillates", "converges",
                    "global-minimum"))).isTrue();
        }
        assertThat(seen).hasSize(5).containsOnly(ClassEvents.Kind.PROGRESS);

        ClassInfo teacher = service.teacher(c.code(), c.key()).orElseThrow();
        assertThat(predictions.tallies(teacher)).containsExactly(
                new Tally("bigger-lr", 1, "oscillates", "converges", 1),
                new Tally("bigger-lr", 2, "converges", "diverges", 2),
                new Tally("bigger-lr", 2, "diverges", "diverges", 1));
        String diagnosis = db.jdbc.queryForObject("SELECT diagnosis FROM classroom_prediction WHERE student_id = ? "
                + "AND step = 2", String.class, bo.studentId());
        assertThat(diagnosis).isEqualTo("diverging");
    }

    @Test
    void anotherClassesVerdictsUnknownChoicesAndClosedClassesStayOut() {
        Created c = service.create("");
        Created other = service.create("");
        StudentTicket ann = join(c.code(), "Ann");
        StudentTicket elsewhere = join(other.code(), "Eve");
        predictions.report(elsewhere, new Verdict("l", 1, "converges", "diverges", "diverging"));
        assertThat(predictions.report(ann, new Verdict("l", 1, "explodes", "diverges", ""))).isFalse();
        assertThat(predictions.report(ann, new Verdict("l", 0, "converges", "diverges", ""))).isFalse();
        StudentTicket forged = new StudentTicket(c.code(), ann.studentId(), "Ann", "not-the-token");
        assertThat(predictions.report(forged, new Verdict("l", 1, "converges", "diverges", ""))).isFalse();
        assertThat(predictions.tallies(service.teacher(c.code(), c.key()).orElseThrow())).isEmpty();

        predictions.report(ann, new Verdict("l", 1, "converges", "converges", "global-minimum"));
        service.end(c.code(), c.key());
        assertThat(predictions.report(ann, new Verdict("l", 2, "converges", "diverges", ""))).isFalse();
        assertThat(predictions.tallies(service.teacher(c.code(), c.key()).orElseThrow()))
                .containsExactly(new Tally("l", 1, "converges", "converges", 1));
    }

    @Test
    void removingAStudentOrDeletingTheClassTakesTheirVerdictsAlong() {
        Created c = service.create("");
        StudentTicket ann = join(c.code(), "Ann");
        StudentTicket bo = join(c.code(), "Bo");
        predictions.report(ann, new Verdict("l", 1, "converges", "diverges", "diverging"));
        predictions.report(bo, new Verdict("l", 1, "converges", "diverges", "diverging"));
        assertThat(service.remove(c.code(), c.key(), bo.studentId())).isTrue();
        assertThat(predictions.tallies(service.teacher(c.code(), c.key()).orElseThrow()))
                .containsExactly(new Tally("l", 1, "converges", "diverges", 1));
        assertThat(service.delete(c.code(), c.key())).isTrue();
        assertThat(db.jdbc.queryForObject("SELECT COUNT(*) FROM classroom_prediction", Integer.class)).isZero();
    }

    @Test
    void theCsvHasOneRowPerStudentAndStepWithTheTeachersWordsAndHidesNamesWhenAnonymized() {
        Created c = service.create("");
        StudentTicket ann = join(c.code(), "=Ann");
        StudentTicket bo = join(c.code(), "Bo, Jr");
        StudentTicket outside = join(service.create("").code(), "Eve");
        predictions.report(bo, new Verdict("bigger-lr", 2, "converges", "diverges", "diverging"));
        predictions.report(ann, new Verdict("bigger-lr", 2, "diverges", "diverges", "diverging"));
        predictions.report(ann, new Verdict("bigger-lr", 1, "converges", "converges", "global-minimum"));
        predictions.report(outside, new Verdict("bigger-lr", 1, "slow", "slow", ""));
        ClassInfo teacher = service.teacher(c.code(), c.key()).orElseThrow();
        java.util.Map<String, String> ko = java.util.Map.ofEntries(java.util.Map.entry("pred.csv.student-id", "학생 번호"),
                java.util.Map.entry("pred.csv.student", "학생"), java.util.Map.entry("pred.csv.lesson", "레슨"),
                java.util.Map.entry("pred.csv.step", "단계"), java.util.Map.entry("pred.csv.predicted", "예측"),
                java.util.Map.entry("pred.csv.outcome", "실제 결과"), java.util.Map.entry("pred.csv.held", "적중"),
                java.util.Map.entry("pred.csv.diagnosis", "진단"), java.util.Map.entry("pred.csv.updated", "시각"),
                java.util.Map.entry("pred.csv.yes", "예"), java.util.Map.entry("pred.csv.no", "아니요"),
                java.util.Map.entry("pred.short.converges", "수렴"), java.util.Map.entry("pred.short.diverges", "발산"),
                java.util.Map.entry("pred.short.slow", "아직 가는 중"));
        String csv = predictions.csv(teacher, n -> "학생 " + n, ko::get, id -> "더 큰 학습률",
                java.time.ZoneId.of("Asia/Seoul"));
        long a = ann.studentId();
        long b = bo.studentId();
        // lesson, step, then join order; Ann's leading = is defused, Bo's comma quoted; the other class stays out
        assertThat(csv).isEqualTo("\uFEFF학생 번호,학생,레슨,단계,예측,실제 결과,적중,진단,시각\r\n"
                + a + ",'=Ann,더 큰 학습률,1,수렴,수렴,예,global-minimum,2026-11-30T18:00:00+09:00\r\n"
                + a + ",'=Ann,더 큰 학습률,2,발산,발산,예,diverging,2026-11-30T18:00:00+09:00\r\n"
                + b + ",\"Bo, Jr\",더 큰 학습률,2,수렴,발산,아니요,diverging,2026-11-30T18:00:00+09:00\r\n");

        service.setAnonymized(c.code(), c.key(), true);
        String hidden = predictions.csv(teacher, n -> "학생 " + n, ko::get, id -> id, java.time.ZoneOffset.UTC);
        assertThat(hidden).contains(a + ",학생 1,bigger-lr,1,").contains(b + ",학생 2,bigger-lr,2,")
                .doesNotContain("Ann").doesNotContain("Bo");
    }
}
