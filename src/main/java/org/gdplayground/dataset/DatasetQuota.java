package org.gdplayground.dataset;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much uploaded data the server keeps, from {@code application.properties} ({@code playground.datasets.*};
 * docs/using.md#your-own-data). A client is a browser session for the page and a remote address for the REST API, so a
 * class behind one school address uploads from its pages without sharing one quota. Uploading a file that is already
 * stored is free (nothing new is kept; its expiry starts again).
 *
 * @param uploadsPerHour      new data sets one client may store per hour (token bucket)
 * @param uploadBytesPerHour  bytes of new data sets one client may store per hour
 * @param maxStored           all stored data sets together; beyond, uploads are refused (507) until some expire
 * @param retention           how long a data set is kept after its last upload; then it is deleted
 * @param cleanupInterval     how often expired data sets are looked for
 * @param maxClients          clients whose quotas are kept (least recently seen forgotten beyond)
 */
@ConfigurationProperties("playground.datasets")
public record DatasetQuota(
        @DefaultValue("20") int uploadsPerHour,
        @DefaultValue("20MB") DataSize uploadBytesPerHour,
        @DefaultValue("500MB") DataSize maxStored,
        @DefaultValue("30d") Duration retention,
        @DefaultValue("1h") Duration cleanupInterval,
        @DefaultValue("10000") int maxClients) {

    public DatasetQuota {
        if (uploadsPerHour < 1 || uploadBytesPerHour.toBytes() < 1 || maxStored.toBytes() < 1
                || retention.isNegative() || retention.isZero() || cleanupInterval.isNegative()
                || cleanupInterval.isZero() || maxClients < 1) {
            throw new IllegalArgumentException("playground.datasets limits must be positive");
        }
    }

    /** The defaults, for tests and tools outside Spring. */
    public static DatasetQuota defaults() {
        return new DatasetQuota(20, DataSize.ofMegabytes(20), DataSize.ofMegabytes(500), Duration.ofDays(30),
                Duration.ofHours(1), 10_000);
    }
}
