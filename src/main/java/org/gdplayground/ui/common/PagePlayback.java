package org.gdplayground.ui.common;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.session.Frame;
import org.gdplayground.session.Playback;
import org.gdplayground.session.RunService;
import org.gdplayground.session.Speed;
import org.jspecify.annotations.Nullable;

/**
 * A page's current playback, shared by the playground and the compare page: opens one for the page's runs, hands its
 * frames to the UI thread (dropping those of a playback that was replaced since), tells the service whether the page
 * is still there, and closes it when it is replaced or the page is left.
 */
public final class PagePlayback {

    /**
     * What a page does with its playback's frames.
     *
     * @param <T> what the page prepares from a frame on the playback thread (e.g. pictures rendered off the UI
     *            thread), or {@code Void}
     */
    public interface Frames<T> {

        /** On the playback thread: what to prepare for this frame of playback {@code generation}, or null. */
        default @Nullable T prepare(Frame f, int generation) {
            return null;
        }

        /** On the UI thread: a frame of the current playback, with what was prepared for it. */
        void show(Frame f, @Nullable T prepared);

        /** On the UI thread: the service is busy and paused the playback. */
        void busy();
    }

    private final Supplier<@Nullable UI> ui;
    private final AtomicBoolean pushSeen = new AtomicBoolean();
    private @Nullable Playback playback;
    /** Which playback frames belong to: frames of a replaced playback are dropped. */
    private volatile int generation;

    /** @param ui the page's UI while it is attached */
    public PagePlayback(Supplier<@Nullable UI> ui) {
        this.ui = ui;
    }

    /** The current playback, if any. */
    public @Nullable Playback current() {
        return playback;
    }

    /** The current generation: that of the playback {@link #open} opens next (changes with every {@link #close}). */
    public int generation() {
        return generation;
    }

    /** Opens a paused playback of {@code scenarios} at {@code speed}; the one before must have been closed. */
    public <T> Playback open(RunService service, List<Scenario> scenarios, Speed speed, Frames<T> frames) {
        return open(service, scenarios, speed, frames, 0);
    }

    /**
     * Opens a paused playback whose first frame shows step {@code openAt} (instant mode: the whole run at once, 0 for
     * k = 0). A playback opened after it (the learner dragged on) makes its frames, pending ones included, be dropped.
     */
    public <T> Playback open(RunService service, List<Scenario> scenarios, Speed speed, Frames<T> frames,
            int openAt) {
        int gen = generation;
        Playback p = service.open(scenarios, new Playback.Listener() {
            @Override
            public void frame(Frame f) {
                if (gen != generation) {
                    return;
                }
                T prepared = frames.prepare(f, gen);
                access(() -> {
                    if (gen == generation) {
                        frames.show(f, prepared);
                    }
                });
            }

            @Override
            public boolean connected() {
                return PageLease.connected(ui.get(), pushSeen);
            }

            @Override
            public void busy() {
                access(frames::busy);
            }
        }, openAt);
        p.speed(speed);
        // a class may hold the page's playback (the teacher paused it): asked on every Play, Step and frame
        p.hold(() -> {
            UI u = ui.get();
            PlaybackHold h = u == null ? null : ComponentUtil.getData(u, PlaybackHold.class);
            return h != null && h.held();
        });
        playback = p;
        return p;
    }

    /** Closes the current playback (its frames still under way are dropped). */
    public void close() {
        generation++;
        Playback p = playback;
        playback = null;
        if (p != null) {
            p.close();
        }
    }

    private void access(Runnable r) {
        PlaybackControls.access(ui.get(), r, this::close);
    }
}
