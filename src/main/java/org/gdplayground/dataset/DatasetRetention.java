package org.gdplayground.dataset;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Deletes expired data sets ({@link DatasetService#deleteExpired}) every {@code playground.datasets.cleanup-interval},
 * first a minute after start (or sooner when the interval is shorter), on one daemon thread of its own.
 */
@Component
class DatasetRetention implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DatasetRetention.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gdp-dataset-retention");
        t.setDaemon(true);
        return t;
    });

    DatasetRetention(DatasetService datasets, DatasetQuota quota) {
        long every = quota.cleanupInterval().toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                datasets.deleteExpired();
            } catch (RuntimeException e) {
                log.warn("could not delete expired data sets: {}", e.toString());
            }
        }, Math.min(every, 60_000L), every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
