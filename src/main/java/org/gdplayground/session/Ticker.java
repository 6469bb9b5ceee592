package org.gdplayground.session;

/** Calls a task periodically until the returned handle is closed. Production: a scheduled thread; tests: manual. */
public interface Ticker {

    /** Starts calling {@code task} every {@code millis} ms; close the handle to stop. */
    Handle every(long millis, Runnable task);

    /** A running schedule. */
    interface Handle extends AutoCloseable {
        @Override
        void close();
    }
}
