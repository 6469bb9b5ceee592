package org.gdplayground.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.jspecify.annotations.Nullable;

/**
 * One page's playback of one or more runs in lock step: Play advances every unfinished run by the same number of
 * steps per frame; Step advances one; Reset starts over at k = 0; Pause stops the frames. All engine work happens
 * on the page's {@link SerialLane} in the bounded worker pool; the page gets a {@link Frame} after each piece.
 */
public final class Playback {

    /** Longest engine time one frame may take at full speed, so pages share the workers fairly. */
    static final long FRAME_BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(40);
    private static final int CHUNK = 1024;

    /** Receives frames on a worker thread. */
    public interface Listener {
        void frame(Frame frame);

        /** The server had no free worker: nothing was done. */
        default void busy() {
        }
    }

    private final List<Scenario> scenarios;
    private final SerialLane lane;
    private final Ticker ticker;
    private final Listener listener;
    private List<Run> runs = List.of();
    private volatile boolean playing;
    private volatile boolean closed;
    private volatile Speed speed = Speed.FAST;
    private volatile boolean tickQueued;
    private Ticker.@Nullable Handle handle;

    Playback(List<Scenario> scenarios, SerialLane lane, Ticker ticker, Listener listener) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("no scenario");
        }
        this.scenarios = List.copyOf(scenarios);
        this.lane = lane;
        this.ticker = ticker;
        this.listener = listener;
        submit(this::restart);
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    public boolean playing() {
        return playing;
    }

    public Speed speed() {
        return speed;
    }

    /** Plays to the end at {@code newSpeed}; frames come at most every {@link Speed#frameMillis()} ms. */
    public synchronized void play(Speed newSpeed) {
        if (closed) {
            return;
        }
        speed = newSpeed;
        stopTicker();
        playing = true;
        handle = ticker.every(newSpeed.frameMillis(), this::tick);
    }

    /** Changes the speed; a playing playback keeps playing at the new speed. */
    public synchronized void speed(Speed newSpeed) {
        if (playing) {
            play(newSpeed);
        } else {
            speed = newSpeed;
        }
    }

    /** Stops after the frame in progress. */
    public synchronized void pause() {
        playing = false;
        stopTicker();
        submit(() -> listener.frame(frame()));
    }

    /** Pauses and advances every unfinished run by one step. */
    public synchronized void step() {
        playing = false;
        stopTicker();
        submit(() -> {
            for (Run r : runs) {
                if (!r.finished()) {
                    r.advance(1);
                }
            }
            listener.frame(frame());
        });
    }

    /** Pauses and starts every run over at k = 0. */
    public synchronized void reset() {
        playing = false;
        stopTicker();
        submit(this::restart);
    }

    /** Stops for good (the page left or the scenario changed); pending work is dropped. */
    public synchronized void close() {
        closed = true;
        playing = false;
        stopTicker();
    }

    public boolean closed() {
        return closed;
    }

    private void tick() {
        if (tickQueued || closed || !playing) {
            return;
        }
        tickQueued = true;
        submit(() -> {
            try {
                advanceOneFrame();
            } finally {
                tickQueued = false;
            }
        });
    }

    private void advanceOneFrame() {
        if (closed || !playing) {
            return;
        }
        Speed s = speed;
        if (s == Speed.MAX) {
            long deadline = System.nanoTime() + FRAME_BUDGET_NANOS;
            do {
                lockStep(CHUNK);
            } while (!allFinished() && System.nanoTime() < deadline && !closed && playing);
        } else {
            lockStep(s.stepsPerFrame());
        }
        boolean done = allFinished();
        if (done) {
            synchronized (this) {
                playing = false;
                stopTicker();
            }
        }
        if (!closed) {
            listener.frame(frame());
        }
    }

    /** Advances every unfinished run to the same step k + n (runs that end earlier stop there). */
    private void lockStep(int n) {
        int target = Integer.MAX_VALUE;
        for (Run r : runs) {
            if (!r.finished()) {
                target = Math.min(target, r.stepsTaken());
            }
        }
        if (target == Integer.MAX_VALUE) {
            return;
        }
        long goal = (long) target + n;
        for (Run r : runs) {
            if (!r.finished()) {
                r.advance((int) Math.min(Integer.MAX_VALUE, goal - r.stepsTaken()));
            }
        }
    }

    private boolean allFinished() {
        return runs.stream().allMatch(Run::finished);
    }

    private void restart() {
        List<Run> fresh = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            fresh.add(new Run(s));
        }
        runs = fresh;
        if (!closed) {
            listener.frame(frame());
        }
    }

    private Frame frame() {
        List<Frame.RunView> views = new ArrayList<>(runs.size());
        for (Run r : runs) {
            views.add(Frame.RunView.of(r));
        }
        return new Frame(views, playing);
    }

    private void submit(Runnable task) {
        if (closed) {
            return;
        }
        try {
            lane.execute(() -> {
                if (!closed) {
                    task.run();
                }
            });
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                playing = false;
                stopTicker();
            }
            listener.busy();
        }
    }

    private void stopTicker() {
        Ticker.Handle h = handle;
        handle = null;
        if (h != null) {
            h.close();
        }
    }
}
