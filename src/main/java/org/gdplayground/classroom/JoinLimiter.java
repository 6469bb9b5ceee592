package org.gdplayground.classroom;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most {@code perMinute} joins per address in any 60 s window (held in this app instance's memory). */
final class JoinLimiter {

    private static final long WINDOW_MILLIS = 60_000;
    private final int perMinute;
    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    JoinLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Counts a join from {@code address} at {@code nowMillis}; false (and not counted) when over the limit. */
    boolean tryAcquire(String address, long nowMillis) {
        if (recent.size() > 10_000) {
            recent.values().removeIf(d -> {
                synchronized (d) {
                    return d.isEmpty() || d.peekLast() <= nowMillis - WINDOW_MILLIS;
                }
            });
        }
        Deque<Long> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= nowMillis - WINDOW_MILLIS) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return false;
            }
            times.addLast(nowMillis);
            return true;
        }
    }
}
