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
 */
@ConfigurationProperties("playground.class")
public record ClassProperties(
        @DefaultValue("24h") Duration lifetime,
        @DefaultValue("100") int maxStudents,
        @DefaultValue("120") int joinsPerMinute) {

    public ClassProperties {
        if (lifetime.isNegative() || lifetime.isZero() || maxStudents < 1 || joinsPerMinute < 1) {
            throw new IllegalArgumentException("playground.class.* must be positive");
        }
    }

    public static ClassProperties defaults() {
        return new ClassProperties(Duration.ofHours(24), 100, 120);
    }
}
