package org.gdplayground.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.engine.optimizer.Adam;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.system.Limits;
import org.junit.jupiter.api.Test;

/**
 * Pages' frames and heavy engine work wait in one queue under separate caps: a few queued basin maps do not make a
 * class of playing pages busy, and playing pages do not crowd out the heavy work's share.
 */
class RunServiceAdmissionTest {

    private static final Limits ONE_WORKER = new Limits(1_000_000, 20_001, 200, 32, 8, 1_001, 1, 1, 10, 20, 3, 20_000);

    @Test
    void pagesAndHeavyWorkAreRefusedOnlyBeyondTheirOwnCaps() throws InterruptedException {
        RunService service = new RunService(ONE_WORKER);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        try {
            service.workers().execute(() -> {
                started.countDown();
                awaitQuietly(release);
            });
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            service.workers().execute(() -> {
            }); // one heavy task may wait (max-queued-runs = 1)
            assertThatThrownBy(() -> service.workers().execute(() -> {
            })).isInstanceOf(RejectedExecutionException.class);

            AtomicInteger busy = new AtomicInteger();
            for (int i = 0; i < 4; i++) {
                service.open(List.of(scenario()), new Playback.Listener() {
                    @Override
                    public void frame(Frame frame) {
                    }

                    @Override
                    public void busy() {
                        busy.incrementAndGet();
                    }
                });
            }
            // three pages' openings wait beside the full heavy share (max-waiting-pages = 3); the fourth is refused
            assertThat(busy).hasValue(1);
        } finally {
            release.countDown();
            service.destroy();
        }
    }

    private static Scenario scenario() {
        return Scenario.of(new Rosenbrock(), new Adam(0.01)).withStart(-1.5, 2).withSteps(100);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
