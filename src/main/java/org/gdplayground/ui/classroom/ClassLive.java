package org.gdplayground.ui.classroom;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gdplayground.classroom.ClassEvents;
import org.gdplayground.classroom.Model.Snapshot;
import org.jspecify.annotations.Nullable;

/**
 * A page that shows one class live (the dashboard, the projector): class events (from any app instance) mark it
 * stale and it reloads from the database at most {@link #UPDATES_PER_SECOND} times a second, off the UI thread; a
 * poll every {@link #POLL_MS} ms is the safety net behind the events (a notification lost while a connection was
 * reopened) and presence's clock.
 */
final class ClassLive {

    static final int UPDATES_PER_SECOND = 4;
    private static final long MIN_GAP_MS = 1000 / UPDATES_PER_SECOND;
    static final long POLL_MS = 5000;
    static final ScheduledExecutorService TIMER = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "gdp-class-live");
        t.setDaemon(true);
        return t;
    });

    private final Supplier<Optional<Snapshot>> load;
    private final Consumer<Snapshot> apply;
    private final Runnable gone;
    private final Object lock = new Object();
    private @Nullable UI ui;
    private ClassEvents.@Nullable Subscription subscription;
    private @Nullable ScheduledFuture<?> poll;
    private boolean scheduled;
    private long lastMs;

    /**
     * @param load  the class as it is now (called off the UI thread); empty when it no longer exists for this page
     * @param apply shows a snapshot (UI thread)
     * @param gone  the class was deleted (UI thread)
     */
    ClassLive(Supplier<Optional<Snapshot>> load, Consumer<Snapshot> apply, Runnable gone) {
        this.load = load;
        this.apply = apply;
        this.gone = gone;
    }

    /** Starts following class {@code code}; false when this page already follows it. */
    boolean attach(UI page, ClassEvents events, String code) {
        ui = page;
        if (subscription != null) {
            return false;
        }
        subscription = events.subscribe(code, kind -> schedule());
        poll = TIMER.scheduleWithFixedDelay(this::schedule, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
        return true;
    }

    void detach() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (poll != null) {
            poll.cancel(false);
            poll = null;
        }
        ui = null;
    }

    /** An event or the poll: reload soon, at most {@link #UPDATES_PER_SECOND} times a second. */
    void schedule() {
        synchronized (lock) {
            if (scheduled) {
                return;
            }
            scheduled = true;
            long wait = Math.max(0, lastMs + MIN_GAP_MS - System.currentTimeMillis());
            TIMER.schedule(this::reload, wait, TimeUnit.MILLISECONDS);
        }
    }

    private void reload() {
        synchronized (lock) {
            scheduled = false;
            lastMs = System.currentTimeMillis();
        }
        UI u = ui;
        if (u == null) {
            return;
        }
        try {
            Optional<Snapshot> s = load.get();
            u.access(() -> s.ifPresentOrElse(apply, gone));
        } catch (RuntimeException e) {
            // the database is away for a moment: the next event or poll tries again
        }
    }

    /** The address this request reached the app at ({@code http://host:port/context}); empty outside a request. */
    static String requestBase() {
        VaadinRequest r = VaadinRequest.getCurrent();
        if (r instanceof VaadinServletRequest s) {
            var h = s.getHttpServletRequest();
            boolean defaultPort = ("http".equals(h.getScheme()) && h.getServerPort() == 80)
                    || ("https".equals(h.getScheme()) && h.getServerPort() == 443);
            return h.getScheme() + "://" + h.getServerName() + (defaultPort ? "" : ":" + h.getServerPort())
                    + h.getContextPath();
        }
        return "";
    }
}
