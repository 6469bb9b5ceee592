package org.gdplayground.api;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;

/**
 * Keeps the REST API from taking the pages' share of the server (docs/operations.md#fair-under-load). Every API
 * request spends a token of its client's bucket ({@code requests-per-minute}); heavy work ({@link #heavy}) also
 * spends one of the client's heavy bucket ({@code heavy-per-minute}), counts against the client's concurrent heavy requests
 * ({@code heavy-per-client}) and runs on the API's own bounded workers ({@code heavy-threads}, {@code heavy-queue}),
 * which pages never use: the pages' playbacks and basin cards run on {@code session.RunService}'s workers. A request
 * that cannot be served is refused at once with 429 or 503 and a {@code Retry-After} ({@link ApiShedException}).
 * Rate limits are Bucket4j token buckets kept in memory per app instance, for the last {@code max-clients} clients.
 */
public class ApiGate implements DisposableBean {

    /** One client's counters. */
    private static final class Client {
        final Bucket all;
        final Bucket heavy;
        final AtomicInteger inFlight = new AtomicInteger();

        Client(ApiLimits limits, TimeMeter time) {
            this.all = bucket(limits.requestsPerMinute(), time);
            this.heavy = bucket(limits.heavyPerMinute(), time);
        }

        private static Bucket bucket(int perMinute, TimeMeter time) {
            return Bucket.builder()
                    .addLimit(l -> l.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                    .withCustomTimePrecision(time)
                    .build();
        }
    }

    private static final long MAX_RETRY_SECONDS = 60;

    private final ApiLimits limits;
    private final TimeMeter time;
    private final ThreadPoolExecutor workers;
    private final Map<String, Client> clients;
    /** A moving average of how long a heavy request runs, for Retry-After; starts at 1 s. */
    private final AtomicLong averageNanos = new AtomicLong(TimeUnit.SECONDS.toNanos(1));
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong shed = new AtomicLong();

    public ApiGate(ApiLimits limits) {
        this(limits, TimeMeter.SYSTEM_NANOTIME, pool(limits));
    }

    /** For tests: a given time source (for the buckets) and worker pool. */
    ApiGate(ApiLimits limits, TimeMeter time, ThreadPoolExecutor workers) {
        this.limits = limits;
        this.time = time;
        this.workers = workers;
        int max = limits.maxClients();
        this.clients = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Client> eldest) {
                return size() > max;
            }
        };
    }

    public ApiLimits limits() {
        return limits;
    }

    /** Heavy requests served and refused (429/503) since start. */
    public long served() {
        return served.get();
    }

    public long shed() {
        return shed.get();
    }

    /**
     * Spends one of the client's request tokens.
     *
     * @throws ApiShedException 429 when the client has used its requests of the minute
     */
    void admit(HttpServletRequest request) {
        ConsumptionProbe probe = client(request).all.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            shed.incrementAndGet();
            throw new ApiShedException(HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY_REQUESTS,
                    seconds(probe.getNanosToWaitForRefill()));
        }
    }

    /**
     * Runs heavy work on the API's workers and waits for it (its request thread does nothing meanwhile).
     *
     * @throws ApiShedException 429 when the client has too many heavy requests running or waiting or has used its
     *                          heavy requests of the minute; 503 when the queue is full or the work waited
     *                          {@code max-wait} without starting
     */
    <T> T heavy(HttpServletRequest request, Callable<T> work) {
        Client client = client(request);
        ConsumptionProbe probe = client.heavy.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            shed.incrementAndGet();
            throw new ApiShedException(HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY_REQUESTS,
                    seconds(probe.getNanosToWaitForRefill()));
        }
        int mine = client.inFlight.incrementAndGet();
        if (mine > limits.heavyPerClient()) {
            client.inFlight.decrementAndGet();
            shed.incrementAndGet();
            throw new ApiShedException(HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY_REQUESTS,
                    seconds(averageNanos.get() * (mine - 1) / Math.max(1, workers.getMaximumPoolSize())));
        }
        FutureTask<T> task = new FutureTask<>(() -> {
            long start = System.nanoTime();
            try {
                return work.call();
            } finally {
                long took = System.nanoTime() - start;
                averageNanos.updateAndGet(a -> a - a / 4 + took / 4);
                client.inFlight.decrementAndGet();
            }
        });
        try {
            workers.execute(task);
        } catch (RejectedExecutionException full) {
            client.inFlight.decrementAndGet();
            throw busy();
        }
        try {
            T result;
            try {
                result = task.get(limits.maxWait().toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException late) {
                if (workers.remove(task)) {
                    // it never started: nothing ran, nothing to wait for
                    client.inFlight.decrementAndGet();
                    throw busy();
                }
                result = task.get(); // running: its work is bounded by the API's limits
            }
            served.incrementAndGet();
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            throw busy();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private ApiShedException busy() {
        shed.incrementAndGet();
        int threads = Math.max(1, workers.getMaximumPoolSize());
        long waiting = workers.getQueue().size() + (long) workers.getActiveCount();
        return new ApiShedException(HttpStatus.SERVICE_UNAVAILABLE, Problems.SERVER_BUSY,
                seconds(averageNanos.get() * Math.max(1, waiting) / threads));
    }

    private Client client(HttpServletRequest request) {
        String id = ClientId.of(request);
        synchronized (clients) {
            return clients.computeIfAbsent(id, k -> new Client(limits, time));
        }
    }

    /** Whole seconds, rounded up, at least 1 and at most 60. */
    static long seconds(long nanos) {
        long s = (nanos + 999_999_999L) / 1_000_000_000L;
        return Math.max(1, Math.min(MAX_RETRY_SECONDS, s));
    }

    private static ThreadPoolExecutor pool(ApiLimits limits) {
        BlockingQueue<Runnable> queue = limits.heavyQueue() == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(limits.heavyQueue());
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor p = new ThreadPoolExecutor(limits.heavyThreads(), limits.heavyThreads(), 30,
                TimeUnit.SECONDS, queue, r -> {
                    Thread t = new Thread(r, "gdp-api-" + n.incrementAndGet());
                    t.setDaemon(true);
                    t.setPriority(Thread.MIN_PRIORITY);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        p.allowCoreThreadTimeOut(true);
        return p;
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
