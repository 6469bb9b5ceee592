package org.gdplayground.api;

import org.springframework.http.HttpStatus;

/**
 * A request the API will not serve now: 429 (this client has used its share) or 503 (the server's heavy-work queue is
 * full or the wait too long). Answered by {@link ApiExceptionHandler} as problem details with {@code Retry-After}.
 */
final class ApiShedException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final long retryAfterSeconds;

    ApiShedException(HttpStatus status, String type, long retryAfterSeconds) {
        super(type + " (retry after " + retryAfterSeconds + " s)", null, false, false);
        this.status = status;
        this.type = type;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    HttpStatus status() {
        return status;
    }

    String type() {
        return type;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
