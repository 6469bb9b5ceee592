package org.gdplayground.session;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
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
 * Runs pages' scenarios on a bounded pool ({@code playground.limits.run-threads} workers) with one frame ticker
 * thread. Two kinds of work wait in the pool's one first-come queue, each under its own cap: pages' frames, steps and
 * resets ({@code max-waiting-pages}; a page has at most one waiting, its {@link SerialLane} holds the rest) and heavy
 * tasks such as a page's basin map ({@code max-queued-runs}). Beyond a cap the work is refused and the page told the
 * server is busy. Under CPU pressure every playing page waits its turn for each frame, so all slow down alike.
 */
@Service
public class RunService implements DisposableBean {

    private final Executor workers;
    private final Executor pages;
    private final Ticker ticker;
    private final Limits limits;
    private final @Nullable ThreadPoolExecutor pool;
    private final @Nullable ScheduledExecutorService scheduler;
    private final LongSupplier clock;

    @Autowired
    public RunService(Limits limits) {
        this.limits = limits;
        ThreadPoolExecutor p = new ThreadPoolExecutor(limits.runThreads(), limits.runThreads(), 30,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(limits.maxQueuedRuns() + limits.maxWaitingPages()),
                daemon("gdp-run-"), new ThreadPoolExecutor.AbortPolicy());
        p.allowCoreThreadTimeOut(true);
        this.pool = p;
        ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, daemon("gdp-frames-"));
        s.setRemoveOnCancelPolicy(true);
        this.scheduler = s;
        this.clock = System::nanoTime;
        this.workers = new Admission(p, limits.maxQueuedRuns());
        this.pages = new Admission(p, limits.maxWaitingPages());
        this.ticker = (millis, task) -> {
            long period = Math.max(millis, 1000L / Math.max(1, limits.framesPerSecond()));
            // Fixed delay, not fixed rate: a ticker thread held up by a busy CPU must not fire the missed ticks in a
            // burst afterwards (each a frame and a push, all at once). A tick only hands a task to the page's lane,
            // so the delay adds next to nothing to the period.
            ScheduledFuture<?> f = s.scheduleWithFixedDelay(task, 0, period, TimeUnit.MILLISECONDS);
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
        this.pages = workers;
        this.ticker = ticker;
        this.pool = null;
        this.scheduler = null;
    }

    public Limits limits() {
        return limits;
    }

    /**
     * The bounded worker pool for other heavy engine work (e.g. basin maps) that must share its threads: at most
     * {@code max-queued-runs} of it waits at once.
     */
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
        return new Playback(scenarios, pages, ticker, listener, clock,
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

    /**
     * One kind of work's share of the pool's queue: at most {@code max} of its tasks wait at once, the rest are
     * refused ({@link RejectedExecutionException}).
     */
    private static final class Admission implements Executor {
        private final Executor pool;
        private final int max;
        private final AtomicInteger waiting = new AtomicInteger();

        Admission(Executor pool, int max) {
            this.pool = pool;
            this.max = max;
        }

        @Override
        public void execute(Runnable task) {
            if (waiting.incrementAndGet() > max) {
                waiting.decrementAndGet();
                throw new RejectedExecutionException("more than " + max + " tasks waiting");
            }
            try {
                pool.execute(() -> {
                    waiting.decrementAndGet();
                    task.run();
                });
            } catch (RejectedExecutionException e) {
                waiting.decrementAndGet();
                throw e;
            }
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
