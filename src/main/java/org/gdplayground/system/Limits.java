package org.gdplayground.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Server-side limits, from {@code application.properties} ({@code playground.limits.*}). Enforced wherever a
 * scenario enters: the page, links and the API all go through the same parser.
 *
 * @param maxSteps            most updates one run may take
 * @param maxPoints           most step records one API answer may return
 * @param maxExpressionLength longest custom expression, in characters
 * @param maxExpressionDepth  deepest nesting of a custom expression
 * @param maxCompareRuns      most runs in one comparison
 * @param uiRecords           most step records a page keeps per run (evenly thinned beyond)
 * @param runThreads          worker threads that run scenarios for pages (bounded executor)
 * @param maxQueuedRuns       heavy engine tasks (a page's basin map) that may wait for a worker before new ones are
 *                            refused
 * @param framesPerSecond     most pushed frames per second per page
 * @param clientLeaseSeconds  how long a playing page may stay silent (hidden, asleep, gone) before its frames and
 *                            engine work stop; a visible page renews it every 8 s
 * @param maxWaitingPages     pages whose next frame (or Step, Reset) may wait for a worker at once, counted apart from
 *                            {@code maxQueuedRuns}: a page has at most one such task, so this is how many pages may
 *                            play on one server before the next is told it is busy; under CPU pressure every playing
 *                            page waits its turn in one queue and frame rates drop evenly instead
 * @param instantMaxSteps     most steps a page computes at once in instant mode ({@code instant=1}: a change shows
 *                            the whole run without Play); a longer run is shown up to this step, the page says so,
 *                            and Play goes on from there
 */
@ConfigurationProperties("playground.limits")
public record Limits(
        @DefaultValue("1000000") int maxSteps,
        @DefaultValue("20001") int maxPoints,
        @DefaultValue("200") int maxExpressionLength,
        @DefaultValue("32") int maxExpressionDepth,
        @DefaultValue("8") int maxCompareRuns,
        @DefaultValue("1001") int uiRecords,
        @DefaultValue("2") int runThreads,
        @DefaultValue("64") int maxQueuedRuns,
        @DefaultValue("10") int framesPerSecond,
        @DefaultValue("20") int clientLeaseSeconds,
        @DefaultValue("1000") int maxWaitingPages,
        @DefaultValue("20000") int instantMaxSteps) {

    /** The defaults, for tests and tools outside Spring. */
    public static Limits defaults() {
        return new Limits(1_000_000, 20_001, 200, 32, 8, 1_001, 2, 64, 10, 20, 1_000, 20_000);
    }
}
