package org.gdplayground.classroom;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the classroom, from {@code application.properties} ({@code playground.class.*}).
 *
 * @param lifetime       how long a class lives after it is created (joining, reporting and its dashboard)
 * @param maxStudents    most students one class admits
 * @param joinsPerMinute most joins one address may make per minute (per app instance)
 * @param retention      how long a class and its students' results are kept after it is created; then they are
 *                       deleted for real (nicknames are personal data). At least the lifetime.
 */
@ConfigurationProperties("playground.class")
public record ClassProperties(
        @DefaultValue("24h") Duration lifetime,
        @DefaultValue("100") int maxStudents,
        @DefaultValue("120") int joinsPerMinute,
        @DefaultValue("30d") Duration retention) {

    public ClassProperties {
        if (lifetime.isNegative() || lifetime.isZero() || maxStudents < 1 || joinsPerMinute < 1
                || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("playground.class.* must be positive");
        }
        if (retention.compareTo(lifetime) < 0) {
            retention = lifetime;
        }
    }

    /** With the default retention (30 days). */
    public static ClassProperties of(Duration lifetime, int maxStudents, int joinsPerMinute) {
        return new ClassProperties(lifetime, maxStudents, joinsPerMinute, Duration.ofDays(30));
    }

    public static ClassProperties defaults() {
        return of(Duration.ofHours(24), 100, 120);
    }
}
