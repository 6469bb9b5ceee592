package org.gdplayground.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The server process seen from outside: its CPU time from {@code /proc/<pid>/stat} (utime + stime) and its live heap
 * (used heap right after {@code jcmd <pid> GC.run}, read from {@code jcmd <pid> GC.heap_info}). Linux only; the
 * server must run as the same user.
 */
final class ServerProbe {

    /** "used 123456K" on a heap line (G1: "garbage-first heap ... used 40000K", Serial: one line per generation). */
    private static final Pattern USED = Pattern.compile("used (\\d+)([KMG])");

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

    /** Used heap right after two full collections, in bytes; empty when jcmd is missing or fails. */
    OptionalLong liveHeapBytes() {
        if (!Files.isExecutable(jcmd)) {
            return OptionalLong.empty();
        }
        if (run("GC.run") == null || run("GC.run") == null) {
            return OptionalLong.empty();
        }
        String info = run("GC.heap_info");
        if (info == null) {
            return OptionalLong.empty();
        }
        long sum = 0;
        boolean found = false;
        for (String line : info.split("\n")) {
            if (line.contains("Metaspace") || line.contains("class space")) {
                continue;
            }
            Matcher m = USED.matcher(line);
            if (m.find()) {
                long unit = switch (m.group(2)) {
                    case "K" -> 1L << 10;
                    case "M" -> 1L << 20;
                    default -> 1L << 30;
                };
                sum += Long.parseLong(m.group(1)) * unit;
                found = true;
            }
        }
        return found ? OptionalLong.of(sum) : OptionalLong.empty();
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
