package org.gdplayground.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The server process seen from outside: its CPU time from {@code /proc/<pid>/stat} (utime + stime) and its live heap
 * (the bytes of reachable objects, from {@code jcmd <pid> GC.class_histogram}). Linux only; the
 * server must run as the same user.
 */
final class ServerProbe {

    /** The histogram's last line: "Total  <instances>  <bytes>". */
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)");

    private final long pid;
    private final long ticksPerSecond;
    private final Path jcmd;

    ServerProbe(long pid) {
        this.pid = pid;
        this.ticksPerSecond = clockTicks();
        this.jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    }

    long pid() {
        return pid;
    }

    /** CPU time the process has used so far (user + system), in nanoseconds. */
    long cpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            // the command name (field 2) may hold spaces; fields after it start with the state (field 3)
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime (14) + stime (15)
            return ticks * 1_000_000_000L / ticksPerSecond;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/" + pid + "/stat (is the server still running?)", e);
        }
    }

    /** Cores used between two {@link #cpuNanos()} readings taken {@code wallNanos} apart. */
    static double cores(long cpu0, long cpu1, long wallNanos) {
        return (double) (cpu1 - cpu0) / wallNanos;
    }

    /**
     * Bytes of the objects still reachable, counted by {@code jcmd <pid> GC.class_histogram} (which runs a full
     * collection first and counts only live objects); empty when jcmd is missing or fails. Reading the heap's
     * "used" figure after {@code GC.run} instead would also count what a busy server allocated in the moments
     * between the collection and the reading.
     */
    OptionalLong liveHeapBytes() {
        if (!Files.isExecutable(jcmd)) {
            return OptionalLong.empty();
        }
        String histogram = run("GC.class_histogram");
        if (histogram == null) {
            return OptionalLong.empty();
        }
        Matcher m = TOTAL.matcher(histogram);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(2))) : OptionalLong.empty();
    }

    /** CPU time of the JIT compiler threads so far (C1 and C2), in nanoseconds; 0 where it cannot be read. */
    long jitCpuNanos() {
        long nanos = 0;
        for (var e : threadCpuNanos().entrySet()) {
            if (e.getKey().startsWith("C1 Compiler") || e.getKey().startsWith("C2 Compiler")) {
                nanos += e.getValue();
            }
        }
        return nanos;
    }

    /**
     * CPU time of the server's live threads, summed by name without its trailing number ("http-nio-…-exec-",
     * "gdp-run-"); threads that ended are not in it (their time is in {@link #cpuNanos()} only). The kernel keeps
     * 15 characters of a name.
     */
    Map<String, Long> threadCpuNanos() {
        Map<String, Long> byName = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[0-9]+$", "");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    byName.merge(name, ticks * 1_000_000_000L / ticksPerSecond, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return byName;
    }

    /**
     * The thread groups' CPU between two {@link #threadCpuNanos()} readings, largest first, per pushed frame, with
     * what ended threads took (the process's total minus the live threads').
     */
    static String perFrame(Map<String, Long> before, Map<String, Long> after, long processCpu, long frames) {
        Map<String, Long> delta = new TreeMap<>();
        long live = 0;
        for (var e : after.entrySet()) {
            long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            if (d > 0) {
                delta.put(e.getKey(), d);
                live += d;
            }
        }
        StringBuilder out = new StringBuilder("  by thread (ms per frame):");
        delta.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> out.append(String.format(Locale.ROOT, " %s %.2f;", e.getKey().strip(),
                        e.getValue() / 1e6 / frames)));
        out.append(String.format(Locale.ROOT, " threads that ended %.2f", Math.max(0, processCpu - live) / 1e6 / frames));
        return out.toString();
    }

    /** Starts a Java Flight Recording (profile settings) in the server, for the measurement window. */
    void jfrStart() {
        run("JFR.start name=bench settings=profile");
    }

    /** Stops the recording started by {@link #jfrStart} and writes it to {@code file}. */
    void jfrStop(Path file) {
        run("JFR.stop name=bench filename=" + file.toAbsolutePath());
    }

    private @Nullable String run(String command) {
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                System.err.println("jcmd " + command + " failed: " + out.strip());
                return null;
            }
            return out;
        } catch (IOException e) {
            System.err.println("jcmd " + command + " failed: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            p.waitFor(10, TimeUnit.SECONDS);
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
