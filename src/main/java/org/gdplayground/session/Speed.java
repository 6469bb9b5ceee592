package org.gdplayground.session;

/**
 * Animation speed: how many engine steps the playback shows per frame, and how often frames come. From "one step
 * every 200 ms" to "as fast as possible" (the engine then runs at full speed and the page gets a frame every 100 ms).
 */
public enum Speed {
    /** One step every 200 ms. */
    SLOW(1, 200),
    /** One step every 100 ms. */
    STEADY(1, 100),
    /** Five steps per frame. */
    FAST(5, 100),
    /** Fifty steps per frame. */
    FASTER(50, 100),
    /** Everything, frames every 100 ms while the engine works. */
    MAX(Integer.MAX_VALUE, 100);

    private final int stepsPerFrame;
    private final int frameMillis;

    Speed(int stepsPerFrame, int frameMillis) {
        this.stepsPerFrame = stepsPerFrame;
        this.frameMillis = frameMillis;
    }

    public int stepsPerFrame() {
        return stepsPerFrame;
    }

    public int frameMillis() {
        return frameMillis;
    }

    /** The URL/UI key, e.g. {@code max}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
