package org.gdplayground.ui;

import java.util.ArrayList;
import java.util.List;
import org.gdplayground.session.RunService;
import org.gdplayground.session.Ticker;
import org.gdplayground.system.Limits;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Browserless tests run pages' engine work synchronously on the test thread, and frames come only when the test
 * calls {@link ManualTicker#runUntilIdle()}: deterministic, no sleeps.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SyncRuns {

    @Bean
    ManualTicker manualTicker() {
        return new ManualTicker();
    }

    @Bean
    @Primary
    RunService syncRunService(Limits limits, ManualTicker ticker) {
        return new RunService(limits, Runnable::run, ticker, ticker::nanoTime);
    }

    /** A ticker the test drives by hand. */
    public static final class ManualTicker implements Ticker {

        private final List<Runnable> active = new ArrayList<>();
        private int ticks;
        private volatile long nanos;

        /** The manual clock the pages' lease reads: it stands still unless a test moves it. */
        public long nanoTime() {
            return nanos;
        }

        /** Moves the manual clock on. */
        public void advance(long byNanos) {
            nanos += byNanos;
        }

        @Override
        public synchronized Handle every(long millis, Runnable task) {
            active.add(task);
            return () -> {
                synchronized (ManualTicker.this) {
                    active.remove(task);
                }
            };
        }

        /** Fires every active schedule once. */
        public void tick() {
            List<Runnable> now;
            synchronized (this) {
                now = List.copyOf(active);
            }
            now.forEach(Runnable::run);
            ticks++;
        }

        /** Ticks until no schedule is active (at most {@code max} ticks); returns how many. */
        public int runUntilIdle(int max) {
            int n = 0;
            while (hasActive() && n < max) {
                tick();
                n++;
            }
            return n;
        }

        public int runUntilIdle() {
            return runUntilIdle(100_000);
        }

        public synchronized boolean hasActive() {
            return !active.isEmpty();
        }

        public int ticks() {
            return ticks;
        }
    }
}
