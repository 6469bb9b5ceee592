package org.gdplayground.classroom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes classes whose retention ({@code playground.class.retention}) ran out, with their students and results,
 * every {@code playground.class.purge-interval} (default 10 minutes) and once shortly after start.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClassRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ClassRetention.class);
    private final ClassroomService classes;

    ClassRetention(ClassroomService classes) {
        this.classes = classes;
    }

    @Scheduled(initialDelayString = "${playground.class.purge-initial-delay:PT30S}",
            fixedDelayString = "${playground.class.purge-interval:PT10M}")
    void purge() {
        try {
            int n = classes.purgeExpired();
            if (n > 0) {
                LOG.info("deleted {} class(es) whose retention ran out", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not delete expired classes", e);
        }
    }
}
