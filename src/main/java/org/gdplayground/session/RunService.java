package org.gdplayground.session;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.system.Limits;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Runs pages' scenarios on a bounded pool ({@code playground.limits.run-threads} workers, {@code max-queued-runs}
 * waiting tasks; beyond that a page is told the server is busy) with one frame ticker thread.
 */
@Service
public class RunService implements DisposableBean {

    private final Executor workers;
    private final Ticker ticker;
    private final Limits limits;
    private final @Nullable ThreadPoolExecutor pool;
    private final @Nullable ScheduledExecutorService scheduler;
    private final LongSupplier clock;

    @Autowired
    public RunService(Limits limits) {
        this.limits = limits;
        ThreadPoolExecutor p = new ThreadPoolExecutor(limits.runThreads(), limits.runThreads(), 30,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(limits.maxQueuedRuns()), daemon("gdp-run-"),
                new ThreadPoolExecutor.AbortPolicy());
        p.allowCoreThreadTimeOut(true);
        this.pool = p;
        ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, daemon("gdp-frames-"));
        s.setRemoveOnCancelPolicy(true);
        this.scheduler = s;
        this.clock = System::nanoTime;
        this.workers = this.pool;
        this.ticker = (millis, task) -> {
            long period = Math.max(millis, 1000L / Math.max(1, limits.framesPerSecond()));
            ScheduledFuture<?> f = s.scheduleAtFixedRate(task, 0, period, TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        };
    }

    /** For tests: a given executor (e.g. synchronous) and ticker (e.g. manual). */
    public RunService(Limits limits, Executor workers, Ticker ticker) {
        this(limits, workers, ticker, System::nanoTime);
    }

    /** For tests: a given executor, ticker and nanosecond clock (for the page lease). */
    public RunService(Limits limits, Executor workers, Ticker ticker, LongSupplier clock) {
        this.clock = clock;
        this.limits = limits;
        this.workers = workers;
        this.ticker = ticker;
        this.pool = null;
        this.scheduler = null;
    }

    public Limits limits() {
        return limits;
    }

    /** The bounded worker pool, for other heavy engine work (e.g. basin maps) that must share its threads. */
    public Executor workers() {
        return workers;
    }

    /** A playback of the scenarios in lock step; the listener gets frame 0 at once (on a worker). */
    public Playback open(List<Scenario> scenarios, Playback.Listener listener) {
        return open(scenarios, listener, 0);
    }

    /**
     * A playback whose first frame shows the runs at step {@code openAt} (or their end): instant mode's whole run in
     * one frame. Callers cap {@code openAt} ({@code playground.limits.instant-max-steps}).
     */
    public Playback open(List<Scenario> scenarios, Playback.Listener listener, int openAt) {
        return new Playback(scenarios, new SerialLane(workers), ticker, listener, clock,
                TimeUnit.SECONDS.toNanos(limits.clientLeaseSeconds()), openAt);
    }

    @Override
    public void destroy() {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
