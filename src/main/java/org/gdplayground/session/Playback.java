package org.gdplayground.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepRecord;
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

        /** Whether the page's connection is up (e.g. its push channel); frames stop while it is not. */
        default boolean connected() {
            return true;
        }
    }

    private final List<Scenario> scenarios;
    private final SerialLane lane;
    private final Ticker ticker;
    private final Listener listener;
    private List<Run> runs = List.of();
    private List<Trace> traces = List.of();
    private boolean restarted;
    private volatile boolean playing;
    private volatile boolean closed;
    private volatile Speed speed = Speed.FAST;
    private volatile boolean tickQueued;
    private Ticker.@Nullable Handle handle;
    private final LongSupplier clock;
    private final long leaseNanos;
    private volatile long leaseDeadline;
    private volatile boolean hidden;
    /** Playing, but the ticker is stopped until the page shows it is there again (lease, visibility). */
    private volatile boolean suspended;
    /** While this says so, nothing advances: Play, Step, seeking and Reset only show the current frame again. */
    private volatile BooleanSupplier held = () -> false;

    /**
     * @param workers    the shared pool the page's engine work runs on (one task of this playback at a time)
     * @param clock      nanosecond clock for the lease
     * @param leaseNanos how long the page may stay silent while playing before frames stop: the page renews the
     *                   lease ({@link #renew()}) every few seconds while it is visible
     */
    Playback(List<Scenario> scenarios, Executor workers, Ticker ticker, Listener listener, LongSupplier clock,
            long leaseNanos) {
        this(scenarios, workers, ticker, listener, clock, leaseNanos, 0);
    }

    /**
     * @param openAt the step the first frame shows: 0 for k = 0, more for instant mode, whose first frame is the run
     *               computed up to there (or its end), with every traced point, in one frame that replaces the picture
     */
    Playback(List<Scenario> scenarios, Executor workers, Ticker ticker, Listener listener, LongSupplier clock,
            long leaseNanos, int openAt) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("no scenario");
        }
        this.scenarios = List.copyOf(scenarios);
        this.lane = new SerialLane(workers, this::refused);
        this.ticker = ticker;
        this.listener = listener;
        this.clock = clock;
        this.leaseNanos = leaseNanos;
        this.leaseDeadline = clock.getAsLong() + leaseNanos;
        submit(() -> restart(openAt));
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

    /**
     * Holds the playback while {@code held} says so (e.g. a teacher paused the class): Play, Step, seeking and Reset
     * do not advance or restart any run, and a playing playback stops at its next frame. Enforced here, on the
     * server, whatever the page's buttons do.
     */
    public void hold(BooleanSupplier held) {
        this.held = held;
    }

    /** Whether the playback is held now. */
    public boolean held() {
        return held.getAsBoolean();
    }

    private boolean refuseWhileHeld() {
        if (!held.getAsBoolean()) {
            return false;
        }
        playing = false;
        suspended = false;
        stopTicker();
        submit(() -> listener.frame(frame()));
        return true;
    }

    /** Plays to the end at {@code newSpeed}; frames come at most every {@link Speed#frameMillis()} ms. */
    public synchronized void play(Speed newSpeed) {
        if (closed) {
            return;
        }
        if (refuseWhileHeld()) {
            speed = newSpeed;
            return;
        }
        speed = newSpeed;
        stopTicker();
        playing = true;
        suspended = false;
        leaseDeadline = clock.getAsLong() + leaseNanos;
        handle = ticker.every(newSpeed.frameMillis(), this::tick);
    }

    /**
     * The page is there (it answers while visible): extends the lease and, when frames had stopped for want of it,
     * plays on at once.
     */
    public synchronized void renew() {
        leaseDeadline = clock.getAsLong() + leaseNanos;
        if (suspended && playing && !hidden && !closed) {
            suspended = false;
            handle = ticker.every(speed.frameMillis(), this::tick);
        }
    }

    /** The page was hidden (a background tab: no frames, no work) or shown again (catches up at once). */
    public synchronized void visible(boolean visible) {
        hidden = !visible;
        if (visible) {
            renew();
        } else if (playing) {
            suspend();
        }
    }

    /** Whether frames have stopped because the page is hidden or silent, while Play is still on. */
    public boolean suspended() {
        return suspended;
    }

    private synchronized void suspend() {
        if (playing && !closed) {
            stopTicker();
            suspended = true;
        }
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
        suspended = false;
        stopTicker();
        submit(() -> listener.frame(frame()));
    }

    /** Pauses and advances every unfinished run by one step. */
    public synchronized void step() {
        if (refuseWhileHeld()) {
            return;
        }
        playing = false;
        stopTicker();
        submit(() -> {
            ensureRuns();
            for (int i = 0; i < runs.size(); i++) {
                Run r = runs.get(i);
                if (!r.finished()) {
                    r.advance(1, traces.get(i));
                }
            }
            listener.frame(frame());
        });
    }

    /** Pauses and advances every unfinished run to step {@code k} (or its end), e.g. to reopen a link's step. */
    public synchronized void seek(int k) {
        if (refuseWhileHeld()) {
            return;
        }
        playing = false;
        stopTicker();
        submit(() -> {
            ensureRuns();
            for (int i = 0; i < runs.size(); i++) {
                Run r = runs.get(i);
                if (!r.finished() && r.stepsTaken() < k) {
                    r.advance(k - r.stepsTaken(), traces.get(i));
                }
            }
            listener.frame(frame());
        });
    }

    /** Pauses and starts every run over at k = 0. */
    public synchronized void reset() {
        if (refuseWhileHeld()) {
            return;
        }
        playing = false;
        stopTicker();
        submit(() -> restart(0));
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
        if (hidden || clock.getAsLong() - leaseDeadline > 0 || !listener.connected()) {
            suspend();
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
        ensureRuns();
        if (held.getAsBoolean()) {
            synchronized (this) {
                playing = false;
                stopTicker();
            }
            listener.frame(frame());
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
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            if (!r.finished()) {
                r.advance((int) Math.min(Integer.MAX_VALUE, goal - r.stepsTaken()), traces.get(i));
            }
        }
    }

    private boolean allFinished() {
        return runs.stream().allMatch(Run::finished);
    }

    /** Every run anew, advanced to step {@code to} (or its end), then the one frame that shows them. */
    private void restart(int to) {
        build(to);
        if (!closed) {
            listener.frame(frame());
        }
    }

    private void build(int to) {
        List<Run> fresh = new ArrayList<>(scenarios.size());
        List<Trace> freshTraces = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            Run r = new Run(s);
            Trace t = new Trace(s.objective().dimension(), s.objective().bounds());
            StepRecord first = r.latest();
            t.step(first.k(), first.theta(), first.loss());
            fresh.add(r);
            freshTraces.add(t);
        }
        runs = fresh;
        traces = freshTraces;
        if (to > 0) {
            lockStep(to);
        }
        restarted = true;
    }

    /**
     * Builds the runs when the restart that opens the playback never ran (the pool refused it: the page heard the
     * server was busy), so a later Play, Step or Pause starts from k = 0 instead of showing a frame without runs.
     */
    private void ensureRuns() {
        if (runs.isEmpty()) {
            build(0);
        }
    }

    private Frame frame() {
        ensureRuns();
        List<Frame.RunView> views = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            views.add(Frame.RunView.of(runs.get(i), traces.get(i)));
        }
        boolean fresh = restarted;
        restarted = false;
        return new Frame(views, playing, fresh);
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
            refused();
        }
    }

    /** The pool refused this playback's work (now, or queued work when its turn came): stop and say so. */
    private void refused() {
        synchronized (this) {
            playing = false;
            stopTicker();
        }
        tickQueued = false;
        if (!closed) {
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
