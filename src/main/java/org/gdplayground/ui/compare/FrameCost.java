package org.gdplayground.ui.compare;

/** Server time spent per frame, for the 8-run measurement. */
final class FrameCost {
    private long frames;
    private long renderNanos;
    private long applyNanos;
    private long maxNanos;

    synchronized void add(long render, long apply) {
        frames++;
        renderNanos += render;
        applyNanos += apply;
        maxNanos = Math.max(maxNanos, render + apply);
    }

    synchronized long frames() {
        return frames;
    }

    synchronized double meanRenderMs() {
        return frames == 0 ? 0 : renderNanos / 1e6 / frames;
    }

    synchronized double meanApplyMs() {
        return frames == 0 ? 0 : applyNanos / 1e6 / frames;
    }

    synchronized double maxMs() {
        return maxNanos / 1e6;
    }

    synchronized void clear() {
        frames = 0;
        renderNanos = 0;
        applyNanos = 0;
        maxNanos = 0;
    }
}
