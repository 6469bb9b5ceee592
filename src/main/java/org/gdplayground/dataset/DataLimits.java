package org.gdplayground.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on uploaded data, from {@code application.properties} ({@code playground.data.*}); enforced on the server
 * for every upload (page and API alike).
 *
 * @param maxBytes    largest file, in bytes (default 1 MB)
 * @param maxRows     most data rows, header not counted
 * @param maxFeatures most feature columns (the target column not counted)
 */
@ConfigurationProperties("playground.data")
public record DataLimits(
        @DefaultValue("1048576") int maxBytes,
        @DefaultValue("10000") int maxRows,
        @DefaultValue("8") int maxFeatures) {

    public DataLimits {
        if (maxBytes < 1 || maxRows < 1 || maxFeatures < 1) {
            throw new IllegalArgumentException("playground.data limits must be positive");
        }
    }

    /** The defaults, for tests and tools outside Spring. */
    public static DataLimits defaults() {
        return new DataLimits(1_048_576, 10_000, 8);
    }
}
