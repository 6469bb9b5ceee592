package org.gdplayground.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinSession;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gdplayground.session.Playback;
import org.gdplayground.session.Speed;
import org.jspecify.annotations.Nullable;

/**
 * What the Play/Pause, Step and Reset buttons do to a page's playback and to the two flags of its {@link RunPage}
 * they change: whether it plays and whether the cursor follows the newest step. Touched only on the UI thread.
 */
public final class PlaybackControls {

    private final RunPage page;
    private final Supplier<@Nullable Playback> playback;
    private final Supplier<Speed> speed;
    private final Runnable changed;

    /**
     * @param page the page's model (whether it plays, follows, and whether every run has finished)
     * @param playback the page's current playback, if any
     * @param speed the chosen speed
     * @param changed called after a button changed the state (to update the buttons)
     */
    public PlaybackControls(RunPage page, Supplier<@Nullable Playback> playback, Supplier<Speed> speed,
            Runnable changed) {
        this.page = page;
        this.playback = playback;
        this.speed = speed;
        this.changed = changed;
    }

    public boolean playing() {
        return page.playing();
    }

    /**
     * Gives the Play, Step and Reset buttons their ids ({@code play}, {@code step}, {@code reset}) and what they do.
     *
     * @param refuse whether the page refuses to run now (an invalid field; the page says which)
     * @param played called after Play started the playback
     */
    public void wire(Button play, Button step, Button reset, BooleanSupplier refuse, Runnable played) {
        play.setId("play");
        play.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        step.setId("step");
        reset.setId("reset");
        play.addClickListener(e -> {
            if (refuse.getAsBoolean()) {
                return;
            }
            togglePlay();
            if (page.playing()) {
                played.run();
            }
        });
        step.addClickListener(e -> {
            if (!refuse.getAsBoolean()) {
                stepOnce();
            }
        });
        reset.addClickListener(e -> reset());
    }

    /**
     * Shows the state on the buttons: Play or Pause (with {@code data-playing}), Step enabled unless every run has
     * finished; tells the browser whether to renew the page's lease.
     */
    public void show(Component host, Button play, Button step, Function<String, String> tr) {
        boolean on = page.playing();
        play.setText(tr.apply(on ? "pg.pause" : "pg.play"));
        play.getElement().setAttribute("data-playing", Boolean.toString(on));
        PageLease.playing(host, on);
        enable(step, !page.finished());
    }

    /** Play (from the start again when finished) or pause. */
    public void togglePlay() {
        Playback p = playback.get();
        if (p == null) {
            return;
        }
        if (page.playing()) {
            pause();
        } else {
            if (page.finished()) {
                p.reset();
            }
            page.setFollow(true);
            page.setPlaying(true);
            changed.run();
            p.play(speed.get());
        }
    }

    public void pause() {
        Playback p = playback.get();
        if (p != null && page.playing()) {
            page.setPlaying(false);
            p.pause();
        }
        changed.run();
    }

    /** One step, unless finished. */
    public void stepOnce() {
        Playback p = playback.get();
        if (p != null && !page.finished()) {
            page.setPlaying(false);
            page.setFollow(true);
            p.step();
        }
        changed.run();
    }

    /** Back to k = 0, paused. */
    public void reset() {
        Playback p = playback.get();
        if (p != null) {
            page.setPlaying(false);
            page.setFollow(true);
            p.reset();
        }
        changed.run();
    }

    /**
     * Runs a task on the UI: directly when this thread holds the session lock, else through {@link UI#access};
     * a detached UI drops the task and calls {@code detached}.
     */
    public static void access(@Nullable UI ui, Runnable task, Runnable detached) {
        if (ui == null) {
            return;
        }
        VaadinSession session = ui.getSession();
        if (session != null && session.hasLock()) {
            task.run();
            return;
        }
        try {
            ui.access(task::run);
        } catch (UIDetachedException e) {
            detached.run();
        }
    }

    /**
     * Enables or disables a button only when that changes: Vaadin's button sends a script to the browser on every
     * {@code setEnabled}, even with the value it already has, and a frame should carry only what changed.
     */
    public static void enable(Button button, boolean enabled) {
        if (button.isEnabled() != enabled) {
            button.setEnabled(enabled);
        }
    }
}
