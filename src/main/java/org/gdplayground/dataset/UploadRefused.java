package org.gdplayground.dataset;

/**
 * An upload the server will not store now: the client has stored its quota of the hour ({@link Reason#QUOTA}) or
 * all stored data sets fill their space ({@link Reason#FULL}). Nothing was stored.
 */
public final class UploadRefused extends Exception {

    /** Why. */
    public enum Reason { QUOTA, FULL }

    private final Reason reason;
    private final long retryAfterSeconds;

    public UploadRefused(Reason reason, long retryAfterSeconds) {
        super(reason + " (retry after " + retryAfterSeconds + " s)", null, false, false);
        this.reason = reason;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public Reason reason() {
        return reason;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
