package org.gdplayground.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of the server the REST API may take, from {@code application.properties} ({@code playground.api.*};
 * docs/operations.md#fair-under-load). A client is one remote address ({@link ClientId}).
 *
 * <p>Heavy work (basin maps, comparisons, gradient checks, trajectories of more than {@code lightSteps} steps) runs
 * on its own {@code heavyThreads} workers, never on the pages' run workers, with at most {@code heavyQueue} requests
 * waiting; a request that finds the queue full is answered 503 at once. One client may have at most
 * {@code heavyPerClient} heavy requests running or waiting (more: 429 at once), and no request waits longer than
 * {@code maxWait} for its turn (then 503). Every answer that refuses says when to come back ({@code Retry-After}).
 *
 * @param heavyThreads      workers for heavy API work (apart from the pages' {@code playground.limits.run-threads})
 * @param heavyQueue        heavy requests that may wait for a worker
 * @param heavyPerClient    heavy requests one client may have running or waiting
 * @param heavyPerMinute    heavy requests one client may start per minute (token bucket, bursts up to this)
 * @param requestsPerMinute API requests of any kind one client may send per minute (token bucket)
 * @param lightSteps        a trajectory of at most this many steps is light (answered on the request's thread)
 * @param maxWait           longest a heavy request waits for a worker before it is answered 503
 * @param maxRecords        most step records in one answer, over all its runs (a comparison's runs share it);
 *                          beyond, the records are thinned evenly and the answer says so
 * @param maxClients        clients whose counters are kept (least recently seen forgotten beyond)
 */
@ConfigurationProperties("playground.api")
public record ApiLimits(
        @DefaultValue("1") int heavyThreads,
        @DefaultValue("8") int heavyQueue,
        @DefaultValue("4") int heavyPerClient,
        @DefaultValue("120") int heavyPerMinute,
        @DefaultValue("1200") int requestsPerMinute,
        @DefaultValue("20000") int lightSteps,
        @DefaultValue("30s") Duration maxWait,
        @DefaultValue("20001") int maxRecords,
        @DefaultValue("10000") int maxClients) {

    public ApiLimits {
        if (heavyThreads < 1 || heavyQueue < 0 || heavyPerClient < 1 || heavyPerMinute < 1 || requestsPerMinute < 1
                || lightSteps < 0 || maxWait.isNegative() || maxRecords < 2 || maxClients < 1) {
            throw new IllegalArgumentException("playground.api limits must be positive");
        }
    }

    /** The defaults, for tests and tools outside Spring. */
    public static ApiLimits defaults() {
        return new ApiLimits(1, 8, 4, 120, 1200, 20_000, Duration.ofSeconds(30), 20_001, 10_000);
    }
}
