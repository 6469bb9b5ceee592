package org.gdplayground.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.RegressionProblem;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.engine.function.Sphere;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContourCacheTest {

    private final Sphere sphere = new Sphere();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void rendersOncePerKeyWithTheRealRenderer() {
        ContourCache cache = new ContourCache(8);
        ContourImage a = cache.get(sphere, sphere.bounds(), 200, 150, "x", "y");
        ContourImage b = cache.get(sphere, sphere.bounds(), 200, 150, "x", "y");

        assertThat(b).isSameAs(a);
        assertThat(cache.renders()).isEqualTo(1);
        assertThat(cache.size()).isEqualTo(1);

        cache.get(sphere, new Bounds(-1, 1, -1, 1), 200, 150, "x", "y");
        cache.get(sphere, sphere.bounds(), 200, 150, "x", "θ₂");
        cache.get(sphere, sphere.bounds(), 201, 150, "x", "y");
        cache.get(new Rosenbrock(), sphere.bounds(), 200, 150, "x", "y");
        assertThat(cache.renders()).isEqualTo(5);
        assertThat(cache.size()).isEqualTo(5);
    }

    @Test
    void theFormulaIsPartOfTheKey() {
        AtomicInteger calls = new AtomicInteger();
        ContourCache cache = new ContourCache(8, stub(calls, 0));
        cache.get(regression("data", "f₁"), new Bounds(-1, 1, -1, 1), 200, 150, "w", "b");
        cache.get(regression("data", "f₂"), new Bounds(-1, 1, -1, 1), 200, 150, "w", "b");
        cache.get(regression("data", "f₁"), new Bounds(-1, 1, -1, 1), 200, 150, "w", "b");
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void concurrentRequestsForOneKeyRenderOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ContourCache cache = new ContourCache(8, stub(calls, 300));
        CyclicBarrier start = new CyclicBarrier(4);
        List<Future<ContourImage>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return cache.get(sphere, sphere.bounds(), 400, 300, "x", "y");
            }));
        }
        ContourImage first = results.get(0).get(10, TimeUnit.SECONDS);
        for (Future<ContourImage> r : results) {
            assertThat(r.get(10, TimeUnit.SECONDS)).isSameAs(first);
        }
        assertThat(calls.get()).isEqualTo(1);
        assertThat(cache.renders()).isEqualTo(1);
    }

    @Test
    void differentKeysRenderInParallelWithoutAGlobalLock() throws Exception {
        CountDownLatch secondStarted = new CountDownLatch(1);
        AtomicBoolean firstSawSecond = new AtomicBoolean();
        ContourCache cache = new ContourCache(8, (o, b, w, h, xl, yl) -> {
            if (w == 401) {
                secondStarted.countDown();
            } else {
                try {
                    // Completes only if the other key can start rendering while this one is still rendering.
                    firstSawSecond.set(secondStarted.await(5, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return image(b, w, h);
        });
        Future<ContourImage> first = pool.submit(() -> cache.get(sphere, sphere.bounds(), 400, 300, "x", "y"));
        Thread.sleep(100);
        Future<ContourImage> second = pool.submit(() -> cache.get(sphere, sphere.bounds(), 401, 300, "x", "y"));
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(firstSawSecond).isTrue();
    }

    @Test
    void evictsTheLeastRecentlyUsedEntryBeyondMaxEntries() {
        AtomicInteger calls = new AtomicInteger();
        ContourCache cache = new ContourCache(2, stub(calls, 0));
        cache.get(sphere, sphere.bounds(), 200, 150, "x", "y"); // A
        cache.get(sphere, sphere.bounds(), 201, 150, "x", "y"); // B
        cache.get(sphere, sphere.bounds(), 200, 150, "x", "y"); // A again: now B is the least recently used
        cache.get(sphere, sphere.bounds(), 202, 150, "x", "y"); // C evicts B
        assertThat(cache.size()).isEqualTo(2);
        assertThat(calls.get()).isEqualTo(3);

        cache.get(sphere, sphere.bounds(), 200, 150, "x", "y"); // A is still cached
        assertThat(calls.get()).isEqualTo(3);
        cache.get(sphere, sphere.bounds(), 201, 150, "x", "y"); // B was evicted
        assertThat(calls.get()).isEqualTo(4);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void aFailedRenderIsNotCached() {
        AtomicInteger calls = new AtomicInteger();
        ContourCache cache = new ContourCache(4, (o, b, w, h, xl, yl) -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("boom");
            }
            return image(b, w, h);
        });
        assertThatThrownBy(() -> cache.get(sphere, sphere.bounds(), 200, 150, "x", "y"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(cache.size()).isZero();
        assertThat(cache.get(sphere, sphere.bounds(), 200, 150, "x", "y")).isNotNull();
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void rejectsANonTwoDimensionalObjectiveWithoutCachingIt() {
        ContourCache cache = new ContourCache(4);
        RegressionProblem line = new RegressionProblem("line", "mse", new double[][] {{1}, {2}}, new double[] {1, 2},
                false, new Bounds(-1, 1, -1, 1), new double[] {0});
        assertThatThrownBy(() -> cache.get(line, line.bounds(), 200, 150, "w", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(cache.size()).isZero();
        assertThatThrownBy(() -> new ContourCache(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ContourCache.Renderer stub(AtomicInteger calls, long sleepMs) {
        return (o, b, w, h, xl, yl) -> {
            calls.incrementAndGet();
            if (sleepMs > 0) {
                try {
                    Thread.sleep(sleepMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return image(b, w, h);
        };
    }

    private static ContourImage image(Bounds b, int w, int h) {
        return new ContourImage(new byte[] {1}, new PlotFrame(b, w, h, 10, 10, w - 20, h - 20), 0, 1);
    }

    private static Objective regression(String id, String formula) {
        return new RegressionProblem(id, formula, new double[][] {{1}, {2}, {3}}, new double[] {1, 2, 3}, true,
                new Bounds(-1, 1, -1, 1), new double[] {0, 0});
    }
}
