package org.gdplayground.ui.surface3d;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.Objective;

/**
 * A small bounded LRU cache of meshes by (objective id, formula, box, n): each surface is sampled once and shared by
 * every page (a mesh of 61 × 61 doubles is ≈ 30 KB, so {@link #SHARED} holds at most ≈ 2 MB). The formula is part
 * of the key because typed expressions share the id {@code custom}. Sampling happens outside the lock; two pages
 * asking for the same new surface at once may both sample it (cheap: 3,721 evaluations).
 */
public final class MeshCache {

    /** The cache every page uses. */
    public static final MeshCache SHARED = new MeshCache(64);

    private record Key(String id, String formula, Bounds box, int n) {
    }

    private final int maxEntries;
    private final Map<Key, SurfaceMesh> entries;
    private long samples;

    public MeshCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be ≥ 1, got " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SurfaceMesh> eldest) {
                return size() > MeshCache.this.maxEntries;
            }
        };
    }

    /** The mesh of {@code o} over its own plot box. */
    public SurfaceMesh get(Objective o) {
        return get(o, o.bounds(), SurfaceMesh.DEFAULT_N);
    }

    public SurfaceMesh get(Objective o, Bounds box, int n) {
        Key key = new Key(o.id(), o.formula(), box, n);
        synchronized (entries) {
            SurfaceMesh m = entries.get(key);
            if (m != null) {
                return m;
            }
        }
        SurfaceMesh m = SurfaceMesh.of(o, box, n);
        synchronized (entries) {
            samples++;
            entries.put(key, m);
        }
        return m;
    }

    /** How many meshes were sampled (misses), for tests. */
    public long samples() {
        synchronized (entries) {
            return samples;
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
