package org.gdplayground.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.gdplayground.classroom.ClassEvents.Kind;
import org.gdplayground.classroom.Model.ClassInfo;
import org.gdplayground.classroom.Model.Created;
import org.gdplayground.classroom.Model.JoinResult;
import org.gdplayground.classroom.Model.Joined;
import org.gdplayground.classroom.Model.Reason;
import org.gdplayground.classroom.Model.Refused;
import org.gdplayground.classroom.Model.Report;
import org.gdplayground.classroom.Model.RunRow;
import org.gdplayground.classroom.Model.Snapshot;
import org.gdplayground.classroom.Model.StudentRow;
import org.gdplayground.classroom.Model.StudentTicket;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Classes, students and their results. Teacher operations need the class's key (a wrong or missing key is the same
 * as no class); a student acts only through their {@link StudentTicket}, which lives in their server-side session.
 */
@Service
public class ClassroomService {

    /** Longest scenario link a class keeps. */
    public static final int MAX_SCENARIO_LENGTH = 16_000;

    private final ClassRepository repo;
    private final ClassEvents events;
    private final ClassProperties props;
    private final Clock clock;
    private final JoinLimiter joins;

    public ClassroomService(ClassRepository repo, ClassEvents events, ClassProperties props, Clock clock) {
        this.repo = repo;
        this.events = events;
        this.props = props;
        this.clock = clock;
        this.joins = new JoinLimiter(props.joinsPerMinute());
    }

    public ClassProperties properties() {
        return props;
    }

    public ClassEvents events() {
        return events;
    }

    /** Creates a class with the given scenario link (may be empty); the key is returned once and stored hashed. */
    public Created create(String scenario) {
        String link = ScenarioLink.normalize(scenario);
        Instant now = clock.instant();
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = Secrets.newCode();
            String key = Secrets.newKey();
            if (repo.insertClass(code, Secrets.hash(key), link, now, now.plus(props.lifetime()))) {
                return new Created(code, key);
            }
        }
        throw new IllegalStateException("no free class code after 20 attempts");
    }

    /**
     * The class for its teacher: present only when the code names a class that has not expired and {@code key} is
     * its key (compared in constant time). Ended classes stay visible to their teacher until they expire.
     */
    public Optional<ClassInfo> teacher(@Nullable String code, @Nullable String key) {
        String c = Secrets.normalizeCode(code);
        if (c == null) {
            Secrets.matches(key, Secrets.hash("")); // same work as a wrong key
            return Optional.empty();
        }
        Optional<ClassRepository.Stored> stored = repo.findClass(c);
        if (stored.isEmpty()) {
            Secrets.matches(key, Secrets.hash(""));
            return Optional.empty();
        }
        boolean keyOk = Secrets.matches(key, stored.get().keyHash());
        ClassInfo info = stored.get().info();
        return keyOk && clock.instant().isBefore(info.expires()) ? Optional.of(info) : Optional.empty();
    }

    /** The class as a student sees it: present while it is open (not ended, not expired). */
    public Optional<ClassInfo> open(@Nullable String code) {
        String c = Secrets.normalizeCode(code);
        if (c == null) {
            return Optional.empty();
        }
        return repo.findClass(c).map(ClassRepository.Stored::info).filter(i -> i.open(clock.instant()));
    }

    /** Joins a student (nickname validated, class open and not full, address under its join rate). */
    public JoinResult join(@Nullable String code, @Nullable String nickname, String address) {
        Optional<ClassInfo> info = open(code);
        if (info.isEmpty()) {
            return new Refused(Reason.NO_CLASS);
        }
        Optional<String> name = Nicknames.validate(nickname);
        if (name.isEmpty()) {
            return new Refused(Reason.BAD_NAME);
        }
        String c = info.get().code();
        if (repo.countStudents(c) >= props.maxStudents()) {
            return new Refused(Reason.FULL);
        }
        if (!joins.tryAcquire(address, clock.millis())) {
            return new Refused(Reason.TOO_MANY_JOINS);
        }
        String token = Secrets.newKey();
        long id = repo.insertStudent(c, name.get(), Secrets.hash(token), clock.instant());
        events.publish(c, Kind.JOINED);
        return new Joined(new StudentTicket(c, id, name.get(), token), info.get());
    }

    /** Whether a ticket still names a student of an open class (its token checked). */
    public boolean valid(StudentTicket t) {
        String hash = repo.tokenHash(t.code(), t.studentId());
        return hash != null && Secrets.matches(t.token(), hash) && open(t.code()).isPresent();
    }

    /**
     * Stores a student's run (progress or result) under the ticket's student only; false (nothing stored) when the
     * ticket is not valid or the class is closed.
     */
    public boolean report(StudentTicket t, Report r) {
        if (!valid(t)) {
            return false;
        }
        Report clean = new Report(r.runNo(), cut(r.status(), 20), r.step(), r.steps(), r.loss(), r.lr(),
                cut(r.optimizer(), 40), cut(r.diagnosis(), 40), r.finished(),
                r.trajectory().length() > MAX_SCENARIO_LENGTH ? "" : r.trajectory());
        repo.upsertRun(t.studentId(), clean, clock.instant());
        events.publish(t.code(), Kind.PROGRESS);
        return true;
    }

    /** Sets the class's scenario (a playground or compare link) for every student, now and later. */
    public boolean sendScenario(String code, String key, String link) {
        Optional<ClassInfo> info = teacher(code, key);
        if (info.isEmpty() || info.get().ended()) {
            return false;
        }
        repo.setScenario(info.get().code(), ScenarioLink.normalize(link));
        events.publish(info.get().code(), Kind.SCENARIO);
        return true;
    }

    public boolean setPaused(String code, String key, boolean paused) {
        return flag(code, key, "paused", paused, Kind.PAUSE);
    }

    public boolean setAnonymized(String code, String key, boolean anonymized) {
        return flag(code, key, "anonymized", anonymized, Kind.ANONYMIZE);
    }

    /** Ends the class: no more joins or reports; its dashboard keeps showing the results until it expires. */
    public boolean end(String code, String key) {
        return flag(code, key, "ended", true, Kind.END);
    }

    private boolean flag(String code, String key, String column, boolean value, Kind kind) {
        Optional<ClassInfo> info = teacher(code, key);
        if (info.isEmpty()) {
            return false;
        }
        repo.setFlag(info.get().code(), column, value);
        events.publish(info.get().code(), kind);
        return true;
    }

    /** The class's current state (students with their latest run, every finished run); fresh from the database. */
    public Snapshot snapshot(ClassInfo authorized) {
        ClassInfo fresh = repo.findClass(authorized.code()).map(ClassRepository.Stored::info).orElse(authorized);
        return new Snapshot(fresh, repo.students(fresh.code()), repo.runs(fresh.code(), true));
    }

    /** A student's view of the class now (scenario, paused), or empty once it closed. */
    public Optional<ClassInfo> current(StudentTicket t) {
        return open(t.code());
    }

    /**
     * Every run of the class as CSV (RFC 4180, UTF-8 text): one line per run. Names are replaced by
     * {@code anonymousName(n)} (n from 1 in join order) when the class is anonymized.
     */
    public String csv(ClassInfo authorized, IntFunction<String> anonymousName) {
        Snapshot s = snapshot(authorized);
        List<RunRow> runs = repo.runs(authorized.code(), false);
        StringBuilder b = new StringBuilder("student,run,status,step,steps,loss,lr,optimizer,diagnosis,final,updated\r\n");
        for (RunRow r : runs) {
            int index = 0;
            String name = "";
            for (int i = 0; i < s.students().size(); i++) {
                StudentRow st = s.students().get(i);
                if (st.id() == r.studentId()) {
                    index = i + 1;
                    name = st.nickname();
                }
            }
            b.append(csvCell(s.info().anonymized() ? anonymousName.apply(index) : name)).append(',')
                    .append(r.runNo()).append(',').append(csvCell(r.status())).append(',').append(r.step()).append(',')
                    .append(r.steps()).append(',').append(r.loss()).append(',').append(r.lr()).append(',')
                    .append(csvCell(r.optimizer())).append(',').append(csvCell(r.diagnosis())).append(',')
                    .append(r.finished()).append(',').append(r.updated()).append("\r\n");
        }
        return b.toString();
    }

    static String csvCell(String s) {
        // a leading = + - @ would be a formula in a spreadsheet: quote it with a leading apostrophe
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
