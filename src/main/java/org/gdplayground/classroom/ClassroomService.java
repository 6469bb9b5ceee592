package org.gdplayground.classroom;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
     * The class for its teacher: present only when the code names a class that is still kept (its retention has not
     * run out) and {@code key} is its key (compared in constant time). Ended and expired classes stay visible to
     * their teacher, read-only, until they are deleted.
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
        return keyOk && kept(info) ? Optional.of(info) : Optional.empty();
    }

    /** When a class and its results are deleted. */
    public Instant deletesAt(ClassInfo info) {
        return info.created().plus(props.retention());
    }

    private boolean kept(ClassInfo info) {
        return clock.instant().isBefore(deletesAt(info));
    }

    /**
     * The class as the projector shows it (read-only, no key): present while the class is kept. The projector shows
     * what the classroom's screen shows anyway: the code, the pictures and the students' names (or their anonymous
     * names).
     */
    public Optional<ClassInfo> projector(@Nullable String code) {
        String c = Secrets.normalizeCode(code);
        return c == null ? Optional.empty()
                : repo.findClass(c).map(ClassRepository.Stored::info).filter(this::kept);
    }

    /** The class as a student sees it: present while it is open (not ended, not expired). */
    public Optional<ClassInfo> open(@Nullable String code) {
        String c = Secrets.normalizeCode(code);
        if (c == null) {
            return Optional.empty();
        }
        return repo.findClass(c).map(ClassRepository.Stored::info).filter(i -> i.open(clock.instant()));
    }

    /** The classes among {@code keys} (code to key, e.g. from this browser's teacher cookies) whose key is right. */
    public List<ClassInfo> mine(Map<String, String> keys) {
        List<ClassInfo> out = new ArrayList<>();
        keys.forEach((code, key) -> teacher(code, key).ifPresent(out::add));
        out.sort(Comparator.comparing(ClassInfo::created).reversed());
        return out;
    }

    /** How many students a class has. */
    public int studentCount(ClassInfo info) {
        return repo.countStudents(info.code());
    }

    /** Whether students may still join and play in this class now. */
    public boolean isOpen(ClassInfo info) {
        return info.open(clock.instant());
    }

    /** Joins a student (nickname validated, class open and not full, address under its join rate). */
    public JoinResult join(@Nullable String code, @Nullable String nickname, String address) {
        return join(code, nickname, address, null);
    }

    /**
     * Joins a student; when {@code previous} (e.g. from this browser's membership cookie) is still a valid ticket of
     * this class, the student keeps their row (and their results) and only their name is updated.
     */
    public JoinResult join(@Nullable String code, @Nullable String nickname, String address,
            @Nullable StudentTicket previous) {
        String c0 = Secrets.normalizeCode(code);
        Optional<ClassInfo> any = c0 == null ? Optional.empty()
                : repo.findClass(c0).map(ClassRepository.Stored::info).filter(this::kept);
        if (any.isEmpty()) {
            return new Refused(Reason.NO_CLASS);
        }
        if (!any.get().open(clock.instant())) {
            return new Refused(Reason.ENDED);
        }
        ClassInfo info = any.get();
        Optional<String> name = Nicknames.validate(nickname);
        if (name.isEmpty()) {
            return new Refused(Reason.BAD_NAME);
        }
        String c = info.code();
        if (previous != null && previous.code().equals(c) && valid(previous)) {
            repo.rename(c, previous.studentId(), name.get());
            events.publish(c, Kind.JOINED);
            return new Joined(new StudentTicket(c, previous.studentId(), name.get(), previous.token()), info);
        }
        if (repo.countStudents(c) >= props.maxStudents()) {
            return new Refused(Reason.FULL);
        }
        if (!joins.tryAcquire(address, clock.millis())) {
            return new Refused(Reason.TOO_MANY_JOINS);
        }
        String token = Secrets.newKey();
        long id = repo.insertStudent(c, name.get(), Secrets.hash(token), clock.instant());
        events.publish(c, Kind.JOINED);
        return new Joined(new StudentTicket(c, id, name.get(), token), info);
    }

    // ---------------------------------------------------------------- membership cookies

    private volatile byte @Nullable [] membershipKey;

    private byte[] membershipKey() {
        byte[] k = membershipKey;
        if (k == null) {
            // kept in the database, so cookies signed before a restart (or by another instance) stay valid
            String stored = repo.secret("membership-hmac", Secrets.newKey() + Secrets.newKey());
            k = stored.getBytes(StandardCharsets.UTF_8);
            membershipKey = k;
        }
        return k;
    }

    private String mac(String code, long studentId, String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(membershipKey(), "HmacSHA256"));
            byte[] d = mac.doFinal((code + "|" + studentId + "|" + token).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * The value of the student's membership cookie: their id and secret token, signed with the server's key (an
     * HMAC kept in the database). It is checked against the database on every use ({@link #member}).
     */
    public String membership(StudentTicket t) {
        return t.studentId() + "." + t.token() + "." + mac(t.code(), t.studentId(), t.token());
    }

    /**
     * The student a membership cookie names, when its signature is right, the student is still in class
     * {@code code} (not removed) with that token, and the class is open.
     */
    public Optional<StudentTicket> member(@Nullable String code, @Nullable String cookie) {
        String c = Secrets.normalizeCode(code);
        if (c == null || cookie == null) {
            return Optional.empty();
        }
        String[] parts = cookie.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(parts[0]);
        if (!MessageDigest.isEqual(mac(c, id, parts[1]).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String name = repo.nickname(c, id);
        if (name == null) {
            return Optional.empty();
        }
        StudentTicket t = new StudentTicket(c, id, name, parts[1]);
        return valid(t) ? Optional.of(t) : Optional.empty();
    }

    /**
     * The student's page showed a sign of life: open or closed ({@code present}), its playback paused mid-run
     * ({@code holding}). Dashboards are told when {@code announce} (a change they should show now).
     */
    public void seen(StudentTicket t, boolean present, boolean holding, boolean announce) {
        if (repo.tokenHash(t.code(), t.studentId()) == null) {
            return;
        }
        repo.seen(t.studentId(), clock.instant(), present, holding);
        if (announce) {
            events.publish(t.code(), Kind.PROGRESS);
        }
    }

    public Instant now() {
        return clock.instant();
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
                r.trajectory().length() > MAX_SCENARIO_LENGTH ? "" : r.trajectory(),
                r.scenario().length() > MAX_SCENARIO_LENGTH ? "" : r.scenario());
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

    /** Ends the class: no more joins or reports; its dashboard keeps showing the results until they are deleted. */
    public boolean end(String code, String key) {
        return flag(code, key, "ended", true, Kind.END);
    }

    /** Deletes the class now, with its students and their results. */
    public boolean delete(String code, String key) {
        Optional<ClassInfo> info = teacher(code, key);
        if (info.isEmpty()) {
            return false;
        }
        repo.deleteClass(info.get().code());
        events.publish(info.get().code(), Kind.DELETED);
        return true;
    }

    /** Deletes every class whose retention ran out, with its students and results; how many were deleted. */
    public int purgeExpired() {
        int n = 0;
        for (String code : repo.createdBefore(clock.instant().minus(props.retention()))) {
            n += repo.deleteClass(code);
            events.publish(code, Kind.DELETED);
        }
        return n;
    }

    /** Renames a student (the new name validated as a nickname). */
    public boolean rename(String code, String key, long studentId, String nickname) {
        Optional<ClassInfo> info = teacher(code, key);
        Optional<String> name = Nicknames.validate(nickname);
        if (info.isEmpty() || name.isEmpty() || !repo.rename(info.get().code(), studentId, name.get())) {
            return false;
        }
        events.publish(info.get().code(), Kind.ROSTER);
        return true;
    }

    /** Removes a student and their results; their page can no longer report (their token is gone). */
    public boolean remove(String code, String key, long studentId) {
        Optional<ClassInfo> info = teacher(code, key);
        if (info.isEmpty() || !repo.removeStudent(info.get().code(), studentId)) {
            return false;
        }
        events.publish(info.get().code(), Kind.ROSTER);
        return true;
    }

    /** The students whose paths the projector shows side by side (anonymized); empty to show none. */
    public boolean setSnapshot(String code, String key, List<Long> studentIds) {
        Optional<ClassInfo> info = teacher(code, key);
        if (info.isEmpty()) {
            return false;
        }
        repo.setSnapshot(info.get().code(), studentIds.stream().distinct().limit(12).toList());
        events.publish(info.get().code(), Kind.ROSTER);
        return true;
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
     * Every run of the class as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read Hangul right):
     * one line per run, with the student's id (two students may share a name), times with their UTC offset in
     * {@code zone}, and the REST API's names for parameters and codes ({@code max-steps}). Names are replaced by
     * {@code anonymousName(n)} (n from 1 in join order) when the class is anonymized.
     */
    public String csv(ClassInfo authorized, IntFunction<String> anonymousName, ZoneId zone) {
        Snapshot s = snapshot(authorized);
        List<RunRow> runs = repo.runs(authorized.code(), false);
        StringBuilder b = new StringBuilder("\uFEFFstudent_id,student,run,status,step,max-steps,loss,lr,optimizer,"
                + "diagnosis,final,updated\r\n");
        DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
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
            b.append(r.studentId()).append(',')
                    .append(csvCell(s.info().anonymized() ? anonymousName.apply(index) : name)).append(',')
                    .append(r.runNo()).append(',').append(csvCell(r.status().replace('_', '-'))).append(',')
                    .append(r.step()).append(',').append(r.steps()).append(',').append(r.loss()).append(',')
                    .append(r.lr()).append(',').append(csvCell(r.optimizer())).append(',')
                    .append(csvCell(r.diagnosis())).append(',').append(r.finished()).append(',')
                    .append(time.format(r.updated())).append("\r\n");
        }
        return b.toString();
    }

    /** The CSV with times in UTC. */
    public String csv(ClassInfo authorized, IntFunction<String> anonymousName) {
        return csv(authorized, anonymousName, ZoneOffset.UTC);
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
