package org.gdplayground.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

/** The API gate's decisions, driven by latches and a manual clock (nothing here waits for time to pass). */
class ApiGateTest {

    final AtomicLong nanos = new AtomicLong();
    final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(1));

    /** Threads of their own for the callers that wait (the common pool may have only one thread). */
    final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
        callers.shutdownNow();
    }

    static MockHttpServletRequest from(String address) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/api/v1/basins");
        r.setRemoteAddr(address);
        return r;
    }

    ApiGate gate(int perClient, int perMinute, int requestsPerMinute) {
        return new ApiGate(new ApiLimits(1, 0, perClient, perMinute, requestsPerMinute, 20_000,
                Duration.ofSeconds(30), 20_001, 100), clock, pool);
    }

    @Test
    void aBusyWorkerShedsOtherClientsWith503AndTheSameClientWith429ThenServesAgain() throws Exception {
        ApiGate gate = gate(1, 100, 100);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> gate.heavy(from("10.0.0.1"), () -> {
            started.countDown();
            release.await();
            return 1;
        }), callers);
        started.await();
        // a second client waits in the one place of the queue
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(
                () -> gate.heavy(from("10.0.0.7"), () -> 6), callers);
        while (pool.getQueue().isEmpty()) {
            Thread.onSpinWait();
        }

        assertThatThrownBy(() -> gate.heavy(from("10.0.0.1"), () -> 2))
                .isInstanceOfSatisfying(ApiShedException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
                    assertThat(e.type()).isEqualTo(Problems.TOO_MANY_REQUESTS);
                    assertThat(e.retryAfterSeconds()).isBetween(1L, 60L);
                });
        assertThatThrownBy(() -> gate.heavy(from("10.0.0.2"), () -> 3))
                .isInstanceOfSatisfying(ApiShedException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.type()).isEqualTo(Problems.SERVER_BUSY);
                    assertThat(e.retryAfterSeconds()).isBetween(1L, 60L);
                });

        release.countDown();
        assertThat(first.get()).isEqualTo(1);
        assertThat(second.get()).isEqualTo(6);
        // the first client's count is back to zero and the queue is free: both are served
        assertThat(gate.heavy(from("10.0.0.1"), () -> 4)).isEqualTo(4);
        assertThat(gate.heavy(from("10.0.0.2"), () -> 5)).isEqualTo(5);
        assertThat(gate.served()).isEqualTo(4);
        assertThat(gate.shed()).isEqualTo(2);
    }

    @Test
    void aClientsHeavyBucketRefillsWithTheClock() {
        ApiGate gate = gate(4, 2, 100);
        assertThat(gate.heavy(from("10.0.0.3"), () -> 1)).isEqualTo(1);
        assertThat(gate.heavy(from("10.0.0.3"), () -> 2)).isEqualTo(2);
        assertThatThrownBy(() -> gate.heavy(from("10.0.0.3"), () -> 3))
                .isInstanceOfSatisfying(ApiShedException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
                    assertThat(e.retryAfterSeconds()).isEqualTo(30); // 2 per minute: one token every 30 s
                });
        // another client is not affected
        assertThat(gate.heavy(from("10.0.0.4"), () -> 4)).isEqualTo(4);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(30));
        assertThat(gate.heavy(from("10.0.0.3"), () -> 5)).isEqualTo(5);
    }

    @Test
    void everyRequestSpendsATokenOfItsClient() {
        ApiGate gate = gate(4, 100, 3);
        for (int i = 0; i < 3; i++) {
            gate.admit(from("10.0.0.5"));
        }
        assertThatThrownBy(() -> gate.admit(from("10.0.0.5")))
                .isInstanceOfSatisfying(ApiShedException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS));
        gate.admit(from("10.0.0.6"));
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(20));
        gate.admit(from("10.0.0.5"));
    }

    @Test
    void retryAfterIsWholeSecondsBetweenOneAndSixty() {
        assertThat(ApiGate.seconds(0)).isEqualTo(1);
        assertThat(ApiGate.seconds(1_000_000_001L)).isEqualTo(2);
        assertThat(ApiGate.seconds(TimeUnit.MINUTES.toNanos(5))).isEqualTo(60);
    }
}
