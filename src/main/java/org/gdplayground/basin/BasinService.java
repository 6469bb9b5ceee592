package org.gdplayground.basin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.gdplayground.engine.basin.BasinMap;
import org.gdplayground.engine.basin.BasinResult;
import org.gdplayground.engine.run.Init;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.session.RunService;

/**
 * Computes basin maps on the run service's bounded workers (sharing their threads with playbacks: a map hands its
 * thread back every few million steps) and keeps the last {@link BasinLimits#basinCacheSize()} finished maps by
 * scenario, so a page that comes back, a second page or the API with the same scenario gets the map at once.
 * One per app ({@link BasinBeans}).
 */
public class BasinService {

    /** What determines a map: the scenario without its start, seed and record count, and the grid. */
    record Key(Scenario scenario, int grid) {
    }

    private final BasinLimits limits;
    private final Executor workers;
    private final int parallelism;
    private final Map<Key, BasinResult> cache;

    public BasinService(RunService runs, BasinLimits limits) {
        this(runs.workers(), runs.limits().runThreads(), limits);
    }

    /** For tests: any executor (e.g. synchronous). */
    public BasinService(Executor workers, int parallelism, BasinLimits limits) {
        this.limits = limits;
        this.workers = workers;
        this.parallelism = Math.max(1, parallelism);
        int size = Math.max(1, limits.basinCacheSize());
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, BasinResult> eldest) {
                return size() > size;
            }
        };
    }

    public BasinLimits limits() {
        return limits;
    }

    /** The finished map of this scenario and grid, when it is in the cache. */
    public Optional<BasinResult> cached(Scenario scenario, int grid) {
        synchronized (cache) {
            return Optional.ofNullable(cache.get(key(scenario, grid)));
        }
    }

    /**
     * The map of {@code scenario} on an N × N grid: from the cache (a completed future), or computed on the workers.
     * {@code rowsDone} hears the finished rows (on worker threads); {@code cancelled} is asked before every row (a
     * cancelled map fails with a {@link java.util.concurrent.CancellationException} and is not cached).
     *
     * @throws IllegalArgumentException            when the scenario cannot be mapped (not 2 parameters, mini-batches)
     * @throws java.util.concurrent.RejectedExecutionException when the workers' queue is full
     */
    public CompletableFuture<BasinResult> map(Scenario scenario, int grid, IntConsumer rowsDone,
            BooleanSupplier cancelled) {
        return map(scenario, grid, workers, parallelism, rowsDone, cancelled);
    }

    private CompletableFuture<BasinResult> map(Scenario scenario, int grid, Executor executor, int tasks,
            IntConsumer rowsDone, BooleanSupplier cancelled) {
        Key key = key(scenario, grid);
        synchronized (cache) {
            BasinResult hit = cache.get(key);
            if (hit != null) {
                return CompletableFuture.completedFuture(hit);
            }
        }
        BasinMap map = new BasinMap(key.scenario(), grid);
        return map.compute(executor, tasks, rowsDone, cancelled).thenApply(r -> {
            synchronized (cache) {
                cache.put(key, r);
            }
            return r;
        });
    }

    /** As {@link #map}, on the calling thread (for a request thread when the workers' queue is full). */
    public BasinResult mapHere(Scenario scenario, int grid) {
        return map(scenario, grid, Runnable::run, 1, d -> { }, () -> false).join();
    }

    static Key key(Scenario s, int grid) {
        Scenario normal = s.withInit(new Init.Given(s.objective().defaultStart())).withSeed(Scenario.DEFAULT_SEED)
                .withMaxRecords(2);
        return new Key(normal, grid);
    }
}
