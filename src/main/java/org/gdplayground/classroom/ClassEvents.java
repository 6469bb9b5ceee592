package org.gdplayground.classroom;

import java.util.function.Consumer;

/**
 * What happened in a class, told to every page of that class on every app instance: dashboards refresh from the
 * database, students' pages receive a new scenario or the pause. Two implementations, chosen by the datasource
 * ({@link ClassEventsConfig}): PostgreSQL LISTEN/NOTIFY (crosses instances) or an in-JVM bus (the single-instance H2
 * database).
 */
public interface ClassEvents {

    /** The kinds of event; the payload is always read from the database. */
    enum Kind {
        JOINED, PROGRESS, SCENARIO, PAUSE, ANONYMIZE, END,
        /** A student was removed or renamed, or the projector's snapshot changed. */
        ROSTER,
        /** The class was deleted. */
        DELETED
    }

    /** Tells every subscriber of {@code code}, on every instance. */
    void publish(String code, Kind kind);

    /**
     * Calls {@code listener} for each event of class {@code code} (on a background thread: keep it short, e.g.
     * schedule a page update) until the returned handle is closed.
     */
    Subscription subscribe(String code, Consumer<Kind> listener);

    /** An open subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
