package org.gdplayground.ui.common;

/**
 * Something that may hold a page's playback (a class the teacher paused). Set on the page's UI with
 * {@code ComponentUtil.setData(ui, PlaybackHold.class, hold)}; every playback the page opens through
 * {@link PagePlayback} asks it before it advances.
 */
@FunctionalInterface
public interface PlaybackHold {
    boolean held();
}
