package org.gdplayground.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;

/**
 * Class-load benchmark (not a unit test): N simulated students ({@link Student}) open the playground on a running
 * server, click Play and receive frames by WebSocket push at the same time. Prints per student the frames per second
 * and the 95th percentile of the gap between frames; for the server (when its PID is known) the cores used and the
 * CPU time per pushed frame over the measurement window (and the JIT compiler's part of it), and the live heap per
 * student (bytes of reachable objects after a full GC with everyone playing, minus the same before anyone joined,
 * over N).
 *
 * <p>With {@code --vanish} the students then vanish like killed browsers (sockets dropped, no UNLOAD, no heartbeats)
 * and the server's CPU is sampled in 5-second windows: the target is idle (≤ 0.05 cores) within 30 s.
 *
 * <p>Run on demand: {@code scripts/class-load-bench.sh [students] [seconds] [options]}; see that script for the
 * options.
 */
public final class ClassLoadBench {

    private static final String DEFAULT_QUERY = "fn=rosenbrock&opt=adam&lr=0.01&init=-1.5,2&steps=100000";
    private static final double IDLE_CORES = 0.05;
    private static final int VANISH_WINDOW_SECONDS = 5;
    private static final int VANISH_TARGET_SECONDS = 30;

    private ClassLoadBench() {
    }

    /** Command-line options. */
    record Options(URI url, long pid, int students, double seconds, double settle, double warmup, int joinParallel,
            boolean vanish, int vanishSeconds, boolean perStudent, boolean inClass, int stepsPerFrame,
            int chromium, @Nullable Path jfr, Student.Config student) {

        static Options parse(String[] args) {
            URI url = null;
            long pid = -1;
            int students = 60;
            double seconds = 20;
            double settle = 2;
            double warmup = 5;
            int joinParallel = 4;
            boolean vanish = false;
            int vanishSeconds = 40;
            boolean perStudent = true;
            boolean inClass = false;
            int stepsPerFrame = 5;
            int chromium = 0;
            Path jfr = null;
            String query = DEFAULT_QUERY;
            String lease = "gdp-alive"; // a playing page renews its lease (PageLease); --lease-event=none does not
            long leaseEvery = 8000; // what the page does (PageLease.RENEW_MILLIS)
            long heartbeat = 0;
            boolean gridFollow = true;
            boolean debug = false;
            int positional = 0;
            for (String a : args) {
                String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
                String k = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                switch (k) {
                    case "--url" -> url = URI.create(v.endsWith("/") ? v : v + "/");
                    case "--pid" -> pid = Long.parseLong(v);
                    case "--students" -> students = Integer.parseInt(v);
                    case "--seconds" -> seconds = Double.parseDouble(v);
                    case "--settle" -> settle = Double.parseDouble(v);
                    case "--warmup" -> warmup = Double.parseDouble(v);
                    case "--join-parallel" -> joinParallel = Integer.parseInt(v);
                    case "--vanish" -> vanish = true;
                    case "--vanish-seconds" -> vanishSeconds = Integer.parseInt(v);
                    case "--summary-only" -> perStudent = false;
                    case "--class" -> inClass = true;
                    case "--chromium" -> chromium = Integer.parseInt(v);
                    case "--jfr" -> jfr = Path.of(v);
                    case "--steps-per-frame" -> stepsPerFrame = Integer.parseInt(v);
                    case "--query" -> query = v;
                    case "--lease-event" -> lease = "none".equals(v) ? null : v;
                    case "--lease-every-ms" -> leaseEvery = Long.parseLong(v);
                    case "--heartbeat" -> heartbeat = Long.parseLong(v);
                    case "--no-grid-scroll" -> gridFollow = false;
                    case "--debug" -> debug = true;
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        if (positional == 0) {
                            students = Integer.parseInt(a);
                        } else if (positional == 1) {
                            seconds = Double.parseDouble(a);
                        } else {
                            throw new IllegalArgumentException("unexpected argument " + a);
                        }
                        positional++;
                    }
                }
            }
            if (url == null) {
                throw new IllegalArgumentException("--url=http://host:port/ is required");
            }
            return new Options(url, pid, students, seconds, settle, warmup, joinParallel, vanish, vanishSeconds,
                    perStudent, inClass, stepsPerFrame, chromium, jfr, new Student.Config(query, lease, leaseEvery, heartbeat, gridFollow, debug));
        }
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int status;
        try {
            status = new ClassLoadBench.Run(o).run();
        } catch (Exception e) {
            e.printStackTrace(); // and exit: Playwright's and the clients' threads would keep the JVM (and the server) up
            status = 1;
        }
        System.exit(status);
    }

    /** One benchmark run. */
    private static final class Run {

        private final Options o;
        private final @Nullable ServerProbe server;
        private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(1);
        private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        private int failedJoins;
        private @Nullable Dashboard dashboard;
        private String classCode = "";
        /** Epoch milliseconds minus nanoTime in milliseconds: puts the students' frames on the page's clock. */
        private final double epochOffsetMillis = System.currentTimeMillis() - System.nanoTime() / 1e6;

        Run(Options o) {
            this.o = o;
            this.server = o.pid() > 0 ? new ServerProbe(o.pid()) : null;
        }

        int run() throws Exception {
            try {
                return measure();
            } finally {
                if (dashboard != null) {
                    dashboard.close();
                }
            }
        }

        private int measure() throws Exception {
            waitForServer();
            System.out.printf(Locale.ROOT, "server %s%s, page ?%s%n", o.url(),
                    server == null ? " (no PID: no CPU or heap figures)" : " (PID " + server.pid() + ")",
                    o.student().query());
            if (o.warmup() > 0) {
                warmUp();
            }
            if (o.chromium() > 0) {
                return measureChromium();
            }
            if (o.inClass()) {
                Dashboard d = new Dashboard();
                dashboard = d;
                classCode = d.createClass(o.url());
                d.sendScenario(o.url() + "?" + o.student().query());
                d.observe();
                System.out.printf(Locale.ROOT,
                        "class %s created at /class by a headless Chromium, which keeps its dashboard open;"
                                + " students join at /join/%s%n", classCode, classCode);
            }
            double idleCores = idleCores();
            OptionalLong heapBefore = server == null ? OptionalLong.empty() : server.liveHeapBytes();

            List<Student> students = join(o.students());
            if (students.isEmpty()) {
                System.out.println("no student could join");
                return 1;
            }
            Thread.sleep((long) (o.settle() * 1000));

            long cpu0 = server == null ? 0 : server.cpuNanos();
            long jit0 = server == null ? 0 : server.jitCpuNanos();
            Map<String, Long> threads0 = server == null ? Map.of() : server.threadCpuNanos();
            long self0 = selfCpuNanos();
            long browser0 = dashboard == null ? 0 : Dashboard.browserCpuNanos();
            jfrStart();
            long t0 = System.nanoTime();
            Thread.sleep((long) (o.seconds() * 1000));
            long t1 = System.nanoTime();
            jfrStop();
            long cpu1 = server == null ? 0 : server.cpuNanos();
            long jit1 = server == null ? 0 : server.jitCpuNanos();
            Map<String, Long> threads1 = server == null ? Map.of() : server.threadCpuNanos();
            long self1 = selfCpuNanos();
            long browser1 = dashboard == null ? 0 : Dashboard.browserCpuNanos();

            List<Student.Window> windows = new ArrayList<>();
            for (Student s : students) {
                windows.add(s.window(t0, t1));
            }
            OptionalLong heapPlaying = server == null ? OptionalLong.empty() : server.liveHeapBytes();
            report(students, windows, t1 - t0, cpu1 - cpu0, jit1 - jit0, self1 - self0, idleCores, heapBefore,
                    heapPlaying);
            long pushed = windows.stream().mapToLong(Student.Window::frames).sum();
            if (server != null && pushed > 0) {
                System.out.println(ServerProbe.perFrame(threads0, threads1, cpu1 - cpu0, pushed));
            }
            if (dashboard != null) {
                reportDashboard(students, dashboard.recording(), t0, t1);
                System.out.printf(Locale.ROOT, "dashboard browser (Chromium processes): %.2f cores%n",
                        (browser1 - browser0) / (double) (t1 - t0));
            }

            if (o.vanish()) {
                return vanish(students, idleCores);
            }
            leaveAll(students);
            if (server != null) {
                OptionalLong heapAfter = server.liveHeapBytes();
                if (heapAfter.isPresent()) {
                    System.out.printf(Locale.ROOT, "live heap after everyone left (UNLOAD): %.1f MB%n",
                            mb(heapAfter.getAsLong()));
                }
            }
            shutdown();
            return 0;
        }

        /**
         * {@code --chromium=N}: N real Chromium pages play instead of simulated students. Prints their frames/s, the
         * server's CPU per pushed frame, what the pages sent per frame, and the live heap per page.
         */
        private int measureChromium() throws Exception {
            double idleCores = idleCores();
            OptionalLong heapBefore = server == null ? OptionalLong.empty() : server.liveHeapBytes();
            try (ChromiumStudents pages = new ChromiumStudents()) {
                long j0 = System.nanoTime();
                pages.openAndPlay(o.url(), o.student().query(), o.chromium());
                System.out.printf(Locale.ROOT, "%d real Chromium pages opened ?%s and clicked Play in %.1f s%n",
                        pages.size(), o.student().query(), (System.nanoTime() - j0) / 1e9);
                Thread.sleep((long) (o.settle() * 1000));

                long cpu0 = server == null ? 0 : server.cpuNanos();
                long jit0 = server == null ? 0 : server.jitCpuNanos();
                Map<String, Long> threads0 = server == null ? Map.of() : server.threadCpuNanos();
                long browser0 = Dashboard.browserCpuNanos();
                jfrStart();
                long t0 = System.nanoTime();
                Thread.sleep((long) (o.seconds() * 1000));
                long t1 = System.nanoTime();
                jfrStop();
                long cpu1 = server == null ? 0 : server.cpuNanos();
                long jit1 = server == null ? 0 : server.jitCpuNanos();
                Map<String, Long> threads1 = server == null ? Map.of() : server.threadCpuNanos();
                long browser1 = Dashboard.browserCpuNanos();
                List<ChromiumStudents.Counters> counted = pages.counters((long) epochMillis(t0),
                        (long) epochMillis(t1));
                if (o.student().debug()) {
                    System.out.println("last messages of the first page (< received, > sent):\n" + pages.log());
                }
                OptionalLong heapPlaying = server == null ? OptionalLong.empty() : server.liveHeapBytes();

                double seconds = (t1 - t0) / 1e9;
                long frames = 0;
                long chars = 0;
                long sent = 0;
                double[] fps = new double[pages.size()];
                for (int i = 0; i < fps.length; i++) {
                    long f = counted.get(i).pushes();
                    fps[i] = f / seconds;
                    frames += f;
                    chars += counted.get(i).pushChars();
                    sent += counted.get(i).sent();
                }
                Arrays.sort(fps);
                System.out.printf(Locale.ROOT, "%nmeasurement window %.1f s, %d real Chromium pages playing%n",
                        seconds, fps.length);
                System.out.printf(Locale.ROOT, "frames/s per page: min %.2f, median %.2f, max %.2f%n", fps[0],
                        fps[fps.length / 2], fps[fps.length - 1]);
                System.out.printf(Locale.ROOT,
                        "frames pushed: %d in total, %.1f/s, %.1f KB per frame; the pages sent %d messages to the"
                                + " server (%.2f per frame)%n",
                        frames, frames / seconds, frames == 0 ? 0.0 : chars / 1024.0 / frames, sent,
                        frames == 0 ? Double.NaN : sent / (double) frames);
                if (server != null) {
                    long cpu = cpu1 - cpu0;
                    long jit = jit1 - jit0;
                    System.out.printf(Locale.ROOT,
                            "server CPU: %.2f cores (idle before: %.3f cores), %.2f ms CPU per pushed frame"
                                    + " (JIT compiler threads %.2f ms, all other threads %.2f ms)%n",
                            cpu / (double) (t1 - t0), idleCores, frames == 0 ? Double.NaN : cpu / 1e6 / frames,
                            frames == 0 ? Double.NaN : jit / 1e6 / frames,
                            frames == 0 ? Double.NaN : (cpu - jit) / 1e6 / frames);
                    if (frames > 0) {
                        System.out.println(ServerProbe.perFrame(threads0, threads1, cpu, frames));
                    }
                }
                System.out.printf(Locale.ROOT, "browser (Chromium processes): %.2f cores%n",
                        (browser1 - browser0) / (double) (t1 - t0));
                if (heapBefore.isPresent() && heapPlaying.isPresent()) {
                    System.out.printf(Locale.ROOT,
                            "live heap (reachable objects after a full GC): %.1f MB before, %.1f MB with %d pages"
                                    + " playing → %.2f MB per page%n",
                            mb(heapBefore.getAsLong()), mb(heapPlaying.getAsLong()), fps.length,
                            mb(heapPlaying.getAsLong() - heapBefore.getAsLong()) / fps.length);
                }
            }
            shutdown();
            return 0;
        }

        /** The server's cores over 3 s before anyone joins (NaN without its PID). */
        private double idleCores() throws InterruptedException {
            if (server == null) {
                return Double.NaN;
            }
            long c0 = server.cpuNanos();
            long t0 = System.nanoTime();
            Thread.sleep(3000);
            return ServerProbe.cores(c0, server.cpuNanos(), System.nanoTime() - t0);
        }

        /** {@code --jfr=FILE}: the server records the measurement window (its CPU then includes the recorder's). */
        private void jfrStart() {
            if (server != null && o.jfr() != null) {
                server.jfrStart();
            }
        }

        private void jfrStop() {
            Path f = o.jfr();
            if (server != null && f != null) {
                server.jfrStop(f);
            }
        }

        private void warmUp() throws Exception {
            Student w = student(0);
            w.join();
            w.play();
            Thread.sleep((long) (o.warmup() * 1000));
            w.leave();
            System.out.printf(Locale.ROOT, "warm-up: one student played %.0f s (%d frames)%n", o.warmup(),
                    w.window(0, Long.MAX_VALUE).frames());
        }

        private Student student(int number) {
            return new Student(number, http, o.url(), o.student(), timers, work);
        }

        /** Joins students a few at a time; each clicks Play as soon as its page is there. */
        private List<Student> join(int n) throws Exception {
            Semaphore gate = new Semaphore(o.joinParallel());
            List<Future<@Nullable Student>> joining = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 1; i <= n; i++) {
                Student s = student(i);
                joining.add(work.submit(() -> {
                    gate.acquire();
                    try {
                        if (o.inClass()) {
                            s.joinClass(classCode, nickname(s.number));
                        } else {
                            s.join();
                        }
                        s.play();
                        return s;
                    } catch (Exception e) {
                        System.err.println("student " + s.number + " could not join: " + e);
                        return null;
                    } finally {
                        gate.release();
                    }
                }));
            }
            List<Student> joined = new ArrayList<>();
            for (Future<@Nullable Student> f : joining) {
                Student s = f.get();
                if (s != null) {
                    joined.add(s);
                }
            }
            failedJoins = n - joined.size();
            System.out.printf(Locale.ROOT, "%d of %d students joined and clicked Play in %.1f s%n", joined.size(), n,
                    (System.nanoTime() - t0) / 1e9);
            return joined;
        }

        private static String nickname(int number) {
            return String.format(Locale.ROOT, "bench-%02d", number);
        }

        private double epochMillis(long nanos) {
            return nanos / 1e6 + epochOffsetMillis;
        }

        /**
         * The dashboard's liveness over the window: how often the table changed, how often and how regularly each
         * student's row showed a new step, and the lag from a student's page reaching a step (the push frame that
         * carried it: frame k holds step (k+1)·steps-per-frame) to the dashboard showing it.
         */
        private void reportDashboard(List<Student> students, Dashboard.Recording r, long t0, long t1) {
            double from = epochMillis(t0);
            double to = epochMillis(t1);
            double seconds = (to - from) / 1000;
            long batches = Arrays.stream(r.batches()).filter(t -> t >= from && t <= to).count();
            java.util.Map<String, Student> byName = new java.util.HashMap<>();
            for (Student s : students) {
                byName.put(nickname(s.number), s);
            }
            java.util.Map<String, long[]> frames = new java.util.HashMap<>();
            java.util.Map<String, List<Long>> changes = new java.util.HashMap<>();
            List<Double> lags = new ArrayList<>();
            int unmatched = 0;
            for (Dashboard.StepChange c : r.steps()) {
                if (c.epochMillis() < from || c.epochMillis() > to) {
                    continue;
                }
                changes.computeIfAbsent(c.nickname(), k -> new ArrayList<>()).add(c.epochMillis());
                Student s = byName.get(c.nickname());
                if (s == null) {
                    unmatched++;
                    continue;
                }
                long[] times = frames.computeIfAbsent(c.nickname(), k -> s.window(0, Long.MAX_VALUE).times());
                int k = (int) Math.ceil(c.step() / (double) o.stepsPerFrame()) - 1;
                if (k < 0 || k >= times.length) {
                    unmatched++;
                    continue;
                }
                lags.add(c.epochMillis() - epochMillis(times[k]));
            }
            double[] perRow = new double[students.size()];
            double[] maxGap = new double[students.size()];
            for (int i = 0; i < students.size(); i++) {
                List<Long> ts = changes.getOrDefault(nickname(students.get(i).number), List.of());
                perRow[i] = ts.size() / seconds;
                double prev = from;
                double worst = 0;
                for (long t : ts) {
                    worst = Math.max(worst, t - prev);
                    prev = t;
                }
                maxGap[i] = Math.max(worst, to - prev);
            }
            Arrays.sort(perRow);
            Arrays.sort(maxGap);
            double[] lag = lags.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%ndashboard (Chromium, class %s): %d rows; the table changed %.2f times/s%n",
                    classCode, r.rows(), batches / seconds);
            System.out.printf(Locale.ROOT,
                    "new step shown per student row: min %.2f/s, median %.2f/s, max %.2f/s;"
                            + " longest wait for a row's next step: median %.0f ms, worst %.0f ms%n",
                    perRow[0], perRow[perRow.length / 2], perRow[perRow.length - 1], maxGap[maxGap.length / 2],
                    maxGap[maxGap.length - 1]);
            System.out.printf(Locale.ROOT,
                    "lag from a student's page reaching a step to the dashboard showing it (%d changes):"
                            + " median %.0f ms, p95 %.0f ms, max %.0f ms (%d not matched to a frame)%n",
                    lag.length, percentile(lag, 0.5), percentile(lag, 0.95),
                    lag.length == 0 ? Double.NaN : lag[lag.length - 1], unmatched);
        }

        private void report(List<Student> students, List<Student.Window> windows, long wall, long serverCpu,
                long jitCpu, long selfCpu, double idleCores, OptionalLong heapBefore, OptionalLong heapPlaying) {
            double seconds = wall / 1e9;
            System.out.printf(Locale.ROOT, "%nmeasurement window %.1f s, %d students playing%n", seconds,
                    students.size());
            if (o.perStudent()) {
                System.out.println("student  frames/s  p95 gap ms  max gap ms  frames  KB/frame  errors");
            }
            double[] fps = new double[windows.size()];
            double[] p95 = new double[windows.size()];
            List<double[]> allGaps = new ArrayList<>();
            long frames = 0;
            long chars = 0;
            int errors = 0;
            int unanswered = 0;
            for (int i = 0; i < windows.size(); i++) {
                Student s = students.get(i);
                Student.Window w = windows.get(i);
                double[] gaps = w.gapsMillis();
                allGaps.add(gaps);
                fps[i] = w.framesPerSecond();
                p95[i] = percentile(gaps, 0.95);
                frames += w.frames();
                chars += w.chars();
                errors += s.errors();
                unanswered += s.unanswered();
                if (o.perStudent()) {
                    System.out.printf(Locale.ROOT, "%7d  %8.2f  %10.0f  %10.0f  %6d  %8.1f  %6d%s%n", s.number, fps[i],
                            p95[i], gaps.length == 0 ? Double.NaN : gaps[gaps.length - 1], w.frames(),
                            w.frames() == 0 ? 0.0 : w.chars() / 1024.0 / w.frames(), s.errors(),
                            s.firstError() == null ? "" : "  (" + s.firstError() + ")");
                }
            }
            double[] sortedFps = fps.clone();
            Arrays.sort(sortedFps);
            double[] sortedP95 = p95.clone();
            Arrays.sort(sortedP95);
            double[] pooled = allGaps.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
            System.out.printf(Locale.ROOT, "%nframes/s per student: min %.2f, median %.2f, max %.2f%n",
                    sortedFps[0], sortedFps[sortedFps.length / 2], sortedFps[sortedFps.length - 1]);
            System.out.printf(Locale.ROOT,
                    "p95 gap between frames per student: best %.0f ms, median %.0f ms, worst %.0f ms"
                            + " (all gaps pooled: p95 %.0f ms, max %.0f ms)%n",
                    sortedP95[0], sortedP95[sortedP95.length / 2], sortedP95[sortedP95.length - 1],
                    percentile(pooled, 0.95), pooled.length == 0 ? Double.NaN : pooled[pooled.length - 1]);
            System.out.printf(Locale.ROOT, "frames pushed: %d in total, %.1f/s, %.1f KB per frame on average%n",
                    frames, frames / seconds, frames == 0 ? 0.0 : chars / 1024.0 / frames);
            if (server != null) {
                System.out.printf(Locale.ROOT,
                        "server CPU: %.2f cores (idle before anyone joined: %.3f cores), %.2f ms CPU per pushed frame%n",
                        serverCpu / (double) wall, idleCores, frames == 0 ? Double.NaN : serverCpu / 1e6 / frames);
                // A freshly started server still compiles its hot code; a warmed one (the steady state of a class)
                // does not: show that part apart, so a figure can be read either way.
                System.out.printf(Locale.ROOT,
                        "  of which JIT compiler threads: %.2f ms per frame; all other threads: %.2f ms per frame%n",
                        frames == 0 ? Double.NaN : jitCpu / 1e6 / frames,
                        frames == 0 ? Double.NaN : (serverCpu - jitCpu) / 1e6 / frames);
            }
            if (heapBefore.isPresent() && heapPlaying.isPresent()) {
                System.out.printf(Locale.ROOT,
                        "live heap (reachable objects after a full GC): %.1f MB before, %.1f MB with %d playing"
                                + " → %.2f MB per student%n",
                        mb(heapBefore.getAsLong()), mb(heapPlaying.getAsLong()), students.size(),
                        mb(heapPlaying.getAsLong() - heapBefore.getAsLong()) / students.size());
            }
            System.out.printf(Locale.ROOT, "load client (this process): %.2f cores%n", selfCpu / (double) wall);
            System.out.printf(Locale.ROOT, "errors: %d (plus %d students that could not join)%s%n", errors,
                    failedJoins, unanswered == 0 ? "" : "; return channels left unanswered: " + unanswered);
        }

        /** The students vanish; the server's CPU is sampled in 5-second windows. Returns 0 when it went idle. */
        private int vanish(List<Student> students, double idleCores) throws Exception {
            for (Student s : students) {
                s.vanish();
            }
            timers.shutdownNow();
            http.shutdownNow();
            System.out.printf(Locale.ROOT, "%n%d students vanished (sockets dropped, no UNLOAD, no heartbeats)%n",
                    students.size());
            if (server == null) {
                System.out.println("no server PID: cannot sample its CPU");
                return 0;
            }
            boolean idleFrom30 = true;
            int idleSince = -1;
            long c = server.cpuNanos();
            long t = System.nanoTime();
            for (int end = VANISH_WINDOW_SECONDS; end <= o.vanishSeconds(); end += VANISH_WINDOW_SECONDS) {
                Thread.sleep(VANISH_WINDOW_SECONDS * 1000L);
                long c1 = server.cpuNanos();
                long t1 = System.nanoTime();
                double cores = ServerProbe.cores(c, c1, t1 - t);
                c = c1;
                t = t1;
                boolean idle = cores <= IDLE_CORES;
                if (!idle) {
                    idleSince = -1;
                } else if (idleSince < 0) {
                    idleSince = end - VANISH_WINDOW_SECONDS;
                }
                if (end > VANISH_TARGET_SECONDS && !idle) {
                    idleFrom30 = false;
                }
                System.out.printf(Locale.ROOT, "  %2d–%2d s after: %.3f cores%s%n", end - VANISH_WINDOW_SECONDS, end,
                        cores, idle ? " (idle)" : "");
            }
            OptionalLong heap = server.liveHeapBytes();
            System.out.printf(Locale.ROOT,
                    "server idle (≤ %.2f cores; %.3f before anyone joined) %s; target idle within %d s: %s%n",
                    IDLE_CORES, idleCores,
                    idleSince < 0 ? "not reached" : "from " + idleSince + " s after the students vanished",
                    VANISH_TARGET_SECONDS, idleFrom30 ? "PASS" : "FAIL");
            if (heap.isPresent()) {
                System.out.printf(Locale.ROOT, "live heap %d s after they vanished: %.1f MB%n", o.vanishSeconds(),
                        mb(heap.getAsLong()));
            }
            work.shutdownNow();
            return idleFrom30 ? 0 : 3;
        }

        private void leaveAll(List<Student> students) throws Exception {
            List<Future<?>> leaving = new ArrayList<>();
            for (Student s : students) {
                leaving.add(work.submit(s::leave));
            }
            for (Future<?> f : leaving) {
                f.get();
            }
            System.out.printf(Locale.ROOT, "%nall %d students left (UNLOAD)%n", students.size());
        }

        private void shutdown() {
            timers.shutdownNow();
            work.shutdownNow();
            http.shutdownNow();
        }

        private void waitForServer() throws InterruptedException {
            long deadline = System.nanoTime() + 180_000_000_000L;
            while (true) {
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(o.url()).timeout(Duration.ofSeconds(10))
                            .GET().build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (java.io.IOException e) {
                    // not up yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("server at " + o.url() + " did not answer within 180 s");
                }
                Thread.sleep(500);
            }
        }
    }

    private static long selfCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Nearest-rank percentile of sorted values; NaN when empty. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
