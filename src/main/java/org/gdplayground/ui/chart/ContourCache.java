package org.gdplayground.ui.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.Objective;

/**
 * A bounded, thread-safe LRU cache of contour backgrounds: each (objective id, formula text, bounds, size, labels) is
 * rendered once and then shared by every user.
 *
 * <p>The first caller for a key renders it on its own thread; callers asking for the same key meanwhile wait for that
 * render instead of starting another. The map lock is held only to look up or insert an entry, never during a
 * render, so different keys render in parallel. A failed render is not cached: its waiters get the same exception and
 * the next call tries again. An entry evicted while it is still rendering is still handed to its waiters.
 *
 * <p>The formula is part of the key because typed (custom) expressions may share an id. Memory: one PNG per entry
 * (measured ≈ 20–30 KB at 800×560 for the built-in surfaces), so 64 entries stay within a few MB.
 */
public final class ContourCache {

    /** What renders a missing entry; {@link ContourRenderer#render} in production, a stub in tests. */
    @FunctionalInterface
    interface Renderer {
        ContourImage render(Objective objective, Bounds bounds, int width, int height, String xLabel, String yLabel);
    }

    private record Key(String id, String formula, Bounds bounds, int width, int height, String xLabel,
            String yLabel, boolean raster) {
    }

    private static final ContourRenderer RASTER = new ContourRenderer();
    private final int maxEntries;
    private final Renderer renderer;
    private final Map<Key, CompletableFuture<ContourImage>> entries;
    private final AtomicLong renders = new AtomicLong();

    /** A cache holding at most {@code maxEntries} images (e.g. 64), rendering with a {@link ContourRenderer}. */
    public ContourCache(int maxEntries) {
        this(maxEntries, new ContourRenderer()::render);
    }

    ContourCache(int maxEntries, Renderer renderer) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be ≥ 1, got " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.renderer = renderer;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<ContourImage>> eldest) {
                return size() > ContourCache.this.maxEntries;
            }
        };
    }

    /**
     * The contour image for these arguments, rendered now if it is not cached (see
     * {@link ContourRenderer#render} for the arguments and exceptions).
     */
    public ContourImage get(Objective objective, Bounds bounds, int width, int height, String xLabel, String yLabel) {
        return get(objective, bounds, width, height, xLabel, yLabel, false);
    }

    /** The text-free heat raster of {@code bounds} (see {@link ContourRenderer#raster}), cached like the others. */
    public ContourImage raster(Objective objective, Bounds bounds, int width, int height) {
        return get(objective, bounds, width, height, "", "", true);
    }

    private ContourImage get(Objective objective, Bounds bounds, int width, int height, String xLabel, String yLabel,
            boolean raster) {
        if (objective.dimension() != 2) {
            throw new IllegalArgumentException("a contour plot needs a 2-parameter objective, " + objective.id()
                    + " has " + objective.dimension());
        }
        Key key = new Key(objective.id(), objective.formula(), bounds, width, height, xLabel, yLabel, raster);
        CompletableFuture<ContourImage> mine = null;
        CompletableFuture<ContourImage> entry;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry == null) {
                mine = new CompletableFuture<>();
                entries.put(key, mine);
                entry = mine;
            }
        }
        if (mine == null) {
            return await(entry);
        }
        try {
            renders.incrementAndGet();
            ContourImage image = raster ? RASTER.raster(objective, bounds, width, height)
                    : renderer.render(objective, bounds, width, height, xLabel, yLabel);
            mine.complete(image);
            return image;
        } catch (RuntimeException | Error e) {
            synchronized (entries) {
                entries.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Number of entries now cached (including ones still rendering). */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** The capacity given to the constructor. */
    public int maxEntries() {
        return maxEntries;
    }

    /** How many renders this cache has started since it was created (hits do not count). */
    public long renders() {
        return renders.get();
    }

    private static ContourImage await(CompletableFuture<ContourImage> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new CompletionException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
