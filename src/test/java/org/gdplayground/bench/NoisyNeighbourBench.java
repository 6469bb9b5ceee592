package org.gdplayground.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The noisy-neighbour benchmark (scripts/noisy-neighbour-bench.sh): N students play (the class-load benchmark's
 * protocol client, {@link Student}) while one client sends M heavy API requests at once; then that client uploads U
 * data files. Prints the students' frames/s and p95 gap during the burst, a new student's Play → first frame latency
 * in the middle of it, and what the API answered (served, shed, by status; whether every refusal was problem+json
 * with Retry-After; the slowest answer). Exit status 3 when a target of docs/operations.md#fair-under-load is missed.
 */
public final class NoisyNeighbourBench {

    private static final String QUERY = "fn=rosenbrock&opt=adam&lr=0.01&init=-1.5,2&steps=100000";
    private static final String HEAVY = "api/v1/basins?fn=himmelblau&opt=sgd&grid=201&steps=1000&lr=";

    /** One API answer. */
    record Answer(int status, boolean problemJson, boolean retryAfter, long millis) {
    }

    private NoisyNeighbourBench() {
    }

    public static void main(String[] args) throws Exception {
        URI url = null;
        int students = 3;
        int requests = 40;
        int uploads = 40;
        double baseline = 5;
        boolean same = false;
        for (String a : args) {
            String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
            String k = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            switch (k) {
                case "--url" -> url = URI.create(v.endsWith("/") ? v : v + "/");
                case "--students" -> students = Integer.parseInt(v);
                case "--requests" -> requests = Integer.parseInt(v);
                case "--uploads" -> uploads = Integer.parseInt(v);
                case "--baseline" -> baseline = Double.parseDouble(v);
                case "--same" -> same = true;
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("--url=http://host:port/ is required");
        }
        System.exit(run(url, students, requests, uploads, baseline, same));
    }

    private static int run(URI url, int n, int m, int uploads, double baseline, boolean same) throws Exception {
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(1);
        ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        Student.Config config = new Student.Config(QUERY, "gdp-alive", 8000, 0, true, false);
        waitForServer(http, url);

        List<Student> playing = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Student s = new Student(i, http, url, config, timers, work);
            s.join();
            s.play();
            playing.add(s);
        }
        Thread.sleep(3000);
        long b0 = System.nanoTime();
        Thread.sleep((long) (baseline * 1000));
        long b1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%d students playing ?%s; before the burst (%.0f s):%n", n, QUERY, baseline);
        printWindows(playing, b0, b1);

        // the burst: one client (this process, one address) sends M heavy requests at once
        List<Future<Answer>> answers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < m; i++) {
            // distinct learning rates: no answer comes from the basin cache (with --same every request is the same)
            String lr = same ? "0.01" : String.format(Locale.ROOT, "%.6f", 0.01 + i * 1e-6);
            URI u = url.resolve(HEAVY + lr);
            answers.add(work.submit(() -> send(http, HttpRequest.newBuilder(u).timeout(Duration.ofSeconds(120))
                    .GET().build())));
        }
        // a student presses Play in the middle of the burst
        Thread.sleep(1000);
        Student late = new Student(n + 1, http, url, config, timers, work);
        late.join();
        long play = System.nanoTime();
        late.play();
        double firstFrameMillis = Double.NaN;
        while (System.nanoTime() - play < 60_000_000_000L) {
            Student.Window w = late.window(play, Long.MAX_VALUE);
            if (w.frames() > 0) {
                firstFrameMillis = (w.times()[0] - play) / 1e6;
                break;
            }
            Thread.sleep(5);
        }
        List<Answer> done = new ArrayList<>();
        for (Future<Answer> f : answers) {
            done.add(f.get());
        }
        long t1 = System.nanoTime();
        // measure at least 5 s of the burst's effect
        long end = Math.max(t1, t0 + 5_000_000_000L);
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        System.out.printf(Locale.ROOT, "during the burst of %d heavy requests (%s; %.1f s until the last answer):%n",
                m, url.resolve(HEAVY + "…"), (t1 - t0) / 1e9);
        double minFps = printWindows(playing, t0, end);
        System.out.printf(Locale.ROOT, "a student pressing Play 1 s into the burst saw the first frame after %.0f ms%n",
                firstFrameMillis);
        boolean apiOk = printAnswers("heavy requests", done);

        // the same client uploads U different files
        List<Answer> up = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            up.add(send(http, HttpRequest.newBuilder(url.resolve("api/v1/datasets"))
                    .header("Content-Type", "text/csv").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(csv(i, t0), StandardCharsets.UTF_8)).build()));
        }
        boolean uploadsOk = printAnswers("uploads", up);
        boolean stopped = up.stream().anyMatch(a -> a.status() == 429 || a.status() == 507);

        for (Student s : playing) {
            s.leave();
        }
        late.leave();
        Thread.sleep(500);
        timers.shutdownNow();
        work.shutdownNow();

        boolean ok = minFps >= 8 && firstFrameMillis <= 1000 && apiOk && uploadsOk && (uploads < 30 || stopped);
        System.out.printf(Locale.ROOT, "targets (≥ 8 frames/s each, first frame ≤ 1 s, every refusal problem+json with "
                + "Retry-After, none > 60 s, no 5xx but 507, uploads stopped by the quota): %s%n",
                ok ? "met" : "MISSED");
        return ok ? 0 : 3;
    }

    /** Prints frames/s and p95 gap per student; returns the lowest frames/s. */
    private static double printWindows(List<Student> students, long from, long to) {
        double min = Double.POSITIVE_INFINITY;
        for (Student s : students) {
            Student.Window w = s.window(from, to);
            double[] gaps = w.gapsMillis();
            double p95 = gaps.length == 0 ? Double.NaN : gaps[Math.min(gaps.length - 1, (int) (gaps.length * 0.95))];
            double max = gaps.length == 0 ? Double.NaN : gaps[gaps.length - 1];
            System.out.printf(Locale.ROOT, "  student %d: %.1f frames/s, p95 gap %.0f ms, longest gap %.0f ms%n",
                    s.number, w.framesPerSecond(), p95, max);
            min = Math.min(min, w.framesPerSecond());
        }
        return min;
    }

    /** Prints answers by status; true when every refusal was problem+json with Retry-After, none took > 60 s and
     * nothing was a 5xx but 503 (shed) and 507 (storage full). */
    private static boolean printAnswers(String what, List<Answer> answers) {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        boolean ok = true;
        long slowest = 0;
        long[] times = new long[answers.size()];
        int i = 0;
        for (Answer a : answers) {
            byStatus.merge(a.status(), 1, Integer::sum);
            slowest = Math.max(slowest, a.millis());
            times[i++] = a.millis();
            boolean refused = a.status() == 429 || a.status() == 503 || a.status() == 507;
            if (refused && !(a.problemJson() && a.retryAfter())) {
                ok = false;
            }
            if (a.status() >= 500 && a.status() != 503 && a.status() != 507 || a.status() < 0) {
                ok = false;
            }
        }
        Arrays.sort(times);
        if (slowest > 60_000) {
            ok = false;
        }
        long served = answers.stream().filter(a -> a.status() >= 200 && a.status() < 300).count();
        System.out.printf(Locale.ROOT, "%s: %d served, %d shed; by status %s; median %d ms, slowest %d ms; "
                + "refusals all problem+json with Retry-After: %s%n", what, served, answers.size() - served,
                byStatus, times.length == 0 ? 0 : times[times.length / 2], slowest, ok ? "yes" : "NO");
        return ok;
    }

    private static Answer send(HttpClient http, HttpRequest request) {
        long t = System.nanoTime();
        try {
            HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
            String type = r.headers().firstValue("Content-Type").orElse("");
            return new Answer(r.statusCode(), type.startsWith("application/problem+json"),
                    r.headers().firstValue("Retry-After").isPresent(), (System.nanoTime() - t) / 1_000_000);
        } catch (Exception e) {
            return new Answer(-1, false, false, (System.nanoTime() - t) / 1_000_000);
        }
    }

    /** A valid file of ~40 KB, different for every i (and every run). */
    private static String csv(int i, long salt) {
        StringBuilder s = new StringBuilder("x,y\n");
        for (int r = 0; r < 2000; r++) {
            s.append(r).append(',').append(3.0 * r + ((r * 31 + i + salt) % 97) / 100.0).append('\n');
        }
        return s.toString();
    }

    private static void waitForServer(HttpClient http, URI url) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET()
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("server at " + url + " did not answer within 180 s");
    }
}
