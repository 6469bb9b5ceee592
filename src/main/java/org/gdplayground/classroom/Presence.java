package org.gdplayground.classroom;

import java.time.Duration;
import java.time.Instant;
import org.gdplayground.classroom.Model.RunRow;
import org.gdplayground.classroom.Model.StudentRow;

/**
 * Whether a student is there, as the dashboard shows it: playing (their run advanced in the last few seconds),
 * paused (the class is paused, or they paused their own run midway), idle (their page is open but nothing moves) or
 * left (their page closed, or silent for longer than three heartbeats).
 */
public enum Presence {
    PLAYING, PAUSED, IDLE, LEFT;

    /** A page that has not been heard from for this long has left (it beats every 15 s while open). */
    public static final Duration SILENCE = Duration.ofSeconds(50);
    /** A run reported within this long is playing. */
    public static final Duration PLAYING_WINDOW = Duration.ofSeconds(6);

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Presence of(StudentRow st, boolean classPaused, Instant now) {
        RunRow r = st.latest();
        Instant seen = st.seen();
        if (r != null && (seen == null || r.updated().isAfter(seen))) {
            seen = r.updated();
        }
        if (!st.present() || seen == null || Duration.between(seen, now).compareTo(SILENCE) > 0) {
            return LEFT;
        }
        if (classPaused || st.holding()) {
            return PAUSED;
        }
        if (r != null && "running".equals(r.status()) && !r.finished()
                && Duration.between(r.updated(), now).compareTo(PLAYING_WINDOW) <= 0) {
            return PLAYING;
        }
        return IDLE;
    }
}
