package org.gdplayground.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.session.Frame;
import org.jspecify.annotations.Nullable;

/**
 * The frame → pictures pipeline of a page that plays runs, shared by the playground (a comparison of one run) and the
 * compare page, without Vaadin: it keeps the frame shown, the run whose table and explanation are shown, the cursor
 * (the step shown), whether the cursor follows the newest step, whether the playback plays, and the throttles that
 * keep a frame cheap. Given a frame, a scrub, another run or a redraw it answers with an {@link Update} that says
 * exactly what the page must apply; the page only translates it into component calls (its {@link ChartCard}s get it
 * whole).
 *
 * <p>Touched only on the UI thread, except {@link #slowDue}, which a page may ask from the playback thread when it
 * renders its slow pictures there.
 */
public final class RunPage {

    /**
     * How often slow things are redone while playing (always when paused or finished).
     *
     * @param tableNanos   the step table (the lazy grid fetches the rows it shows after each refresh)
     * @param slowNanos    the pictures drawn on the server (1-parameter curve, data plot, summary, sweep)
     * @param explainNanos the explanation (it changes faster than anyone reads)
     */
    public record Throttles(long tableNanos, long slowNanos, long explainNanos) {

        /**
         * The playground: table every 3 s, slow pictures every 250 ms, explanation (with its stability and gradient
         * check) once a second: at 10 frames a second it was the largest share of a frame's server time.
         */
        public static final Throttles PLAYGROUND = new Throttles(3_000_000_000L, 250_000_000L, 1_000_000_000L);
        /** The compare page: table, pictures and explanation about once a second. */
        public static final Throttles COMPARE = new Throttles(1_000_000_000L, 1_000_000_000L, 1_000_000_000L);
    }

    /**
     * What the page applies after a frame, a scrub or a change of run. Chart deltas are null when there are none to
     * send (a scrub, or a surface they do not fit).
     *
     * @param frame          the frame shown
     * @param run            the selected run in it
     * @param selected       the selected run's index
     * @param cursor         the step shown, as an index into the selected run's records
     * @param follow         whether the cursor follows the newest step
     * @param moved          whether the user moved the cursor or chose a run (then everything about the cursor is
     *                       redrawn at once: marks, explanation, slow pictures)
     * @param restart        whether the charts drop what they drew before appending
     * @param contourDelta   the contour's new points ({@link ChartFeed#contour}), or null
     * @param lossDelta      the loss chart's new points ({@link ChartFeed#loss}), or null
     * @param refreshTable   whether to give the step table the records again
     * @param redrawSlow     whether to redraw the pictures drawn on the server
     * @param mark           whether to (re)send the "shown step" marks
     * @param shown          the marks, one record per run; null when the newest step is shown (no mark)
     * @param explain        whether to write the explanation out now
     * @param record         the record under the cursor (what is explained), or null when there is none
     * @param previous       the record before it, or null at k = 0
     * @param playing        whether the playback plays after this frame
     * @param playingChanged whether that changed with this frame (buttons and the address bar follow)
     * @param stepEnabled    whether the Step button can step (not every run has finished)
     * @param scrubPosition  the scrub slider's position (0…{@link #SCRUB_SCALE}) of the cursor
     */
    public record Update(Frame frame, Frame.RunView run, int selected, int cursor, boolean follow, boolean moved,
            boolean restart, @Nullable String contourDelta, @Nullable String lossDelta, boolean refreshTable,
            boolean redrawSlow, boolean mark, @Nullable List<StepRecord> shown, boolean explain,
            @Nullable StepRecord record, @Nullable StepRecord previous, boolean playing, boolean playingChanged,
            boolean stepEnabled, int scrubPosition) {

        /** Whether the playback stopped with this frame (paused or finished). */
        public boolean stopped() {
            return playingChanged && !playing;
        }
    }

    /** The scrub slider's range: a fixed 0…SCRUB_SCALE mapped onto the records. */
    public static final int SCRUB_SCALE = 1000;

    private final Throttles throttles;
    private final LongSupplier nanos;
    private @Nullable Objective objective;
    private @Nullable Frame frame;
    private int selected;
    private int cursor;
    private boolean follow = true;
    private boolean playing;
    private boolean arrows;
    private long lastTable;
    private volatile long lastSlow;
    private long lastExplain;
    /** Whether a throttle has fired since the last start (the first frame always refreshes). */
    private boolean tableShown;
    private volatile boolean slowShown;
    private boolean explainShown;

    /**
     * @param throttles how often slow things are redone while playing
     * @param nanos     the clock ({@link System#nanoTime} on a page, a fake one in tests)
     */
    public RunPage(Throttles throttles, LongSupplier nanos) {
        this.throttles = throttles;
        this.nanos = nanos;
    }

    /** A page's model on the real clock. */
    public RunPage(Throttles throttles) {
        this(throttles, System::nanoTime);
    }

    /**
     * A new scenario (or new runs) on {@code objective}, before its first frame: nothing shown, cursor at k = 0,
     * following, paused. The selected run is kept, clamped to the {@code runs} there are.
     */
    public void start(@Nullable Objective objective, int runs) {
        this.objective = objective;
        frame = null;
        cursor = 0;
        follow = true;
        playing = false;
        selected = Math.max(0, Math.min(selected, runs - 1));
        tableShown = false;
        slowShown = false;
        explainShown = false;
    }

    /** Shows the first run's table and explanation from the next {@link #start} on (a comparison opened anew). */
    public void selectFirst() {
        selected = 0;
    }

    /** Whether the contour's delta carries the gradient arrow at the newest point (the playground's switch). */
    public void arrows(boolean on) {
        arrows = on;
    }

    public boolean arrows() {
        return arrows;
    }

    /**
     * Whether the slow pictures are due for this frame: always when it pauses, ends or restarts, else at most every
     * {@link Throttles#slowNanos}. Records that they were drawn when due. Safe on any thread.
     */
    public boolean slowDue(Frame f) {
        long now = nanos.getAsLong();
        boolean due = !f.playing() || f.finished() || f.restart() || !slowShown
                || now - lastSlow > throttles.slowNanos();
        if (due) {
            lastSlow = now;
            slowShown = true;
        }
        return due;
    }

    /** A frame from the engine: the slow pictures when {@link #slowDue} says so. */
    public Update frame(Frame f) {
        return frame(f, slowDue(f));
    }

    /** A frame from the engine, the slow pictures' turn decided by the caller (with {@link #slowDue}). */
    public Update frame(Frame f, boolean redrawSlow) {
        boolean wasPlaying = playing;
        frame = f;
        playing = f.playing() && !f.finished();
        Frame.RunView v = f.runs().get(Math.min(selected, f.runs().size() - 1));
        int n = v.records().size();
        if (follow || cursor >= n) {
            cursor = n - 1;
        }
        String contourDelta = null;
        String lossDelta = null;
        Objective o = objective;
        if (o != null) {
            if (o.dimension() == 2) {
                contourDelta = ChartFeed.contour(f, o, arrows && follow);
            }
            lossDelta = ChartFeed.loss(f);
        }
        long now = nanos.getAsLong();
        boolean table = !playing || !tableShown || now - lastTable > throttles.tableNanos();
        if (table) {
            lastTable = now;
            tableShown = true;
        }
        return cursorUpdate(f, false, f.restart(), contourDelta, lossDelta, table, redrawSlow,
                playing != wasPlaying);
    }

    /**
     * The user moved the cursor to record {@code index} of the selected run (slider, table row): follows again on
     * the newest row. Null when nothing is shown yet.
     */
    public @Nullable Update scrub(int index) {
        Frame f = frame;
        if (f == null || run(f).records().isEmpty()) {
            return null;
        }
        int n = run(f).records().size();
        cursor = Math.max(0, Math.min(index, n - 1));
        follow = cursor == n - 1;
        return cursorUpdate(f, true, false, null, null, false, true, false);
    }

    /** The slider moved to {@code position} (0…{@link #SCRUB_SCALE}). */
    public @Nullable Update scrubTo(int position) {
        return scrub(scrubIndex(position, records().size()));
    }

    /** Another run's table and explanation (compare): its newest step, following. Null when there is no such run. */
    public @Nullable Update selectRun(int index) {
        Frame f = frame;
        if (f == null || index < 0 || index >= f.runs().size()) {
            return null;
        }
        selected = index;
        follow = true;
        cursor = f.runs().get(index).records().size() - 1;
        return cursorUpdate(f, true, false, null, null, true, true, false);
    }

    /** Everything about the cursor again, as after a scrub to where it is (a language change). Null before a frame. */
    public @Nullable Update redraw() {
        Frame f = frame;
        return f == null ? null : cursorUpdate(f, true, false, null, null, false, true, false);
    }

    private Update cursorUpdate(Frame f, boolean moved, boolean restart, @Nullable String contourDelta,
            @Nullable String lossDelta, boolean table, boolean slow, boolean playingChanged) {
        Frame.RunView v = run(f);
        List<StepRecord> records = v.records();
        StepRecord record = null;
        StepRecord previous = null;
        boolean newest = true;
        if (!records.isEmpty()) {
            int i = Math.max(0, Math.min(cursor, records.size() - 1));
            record = records.get(i);
            previous = i > 0 ? records.get(i - 1) : null;
            newest = i == records.size() - 1;
        }
        boolean mark = moved || !newest;
        List<StepRecord> shown = null;
        if (mark && !newest) {
            shown = new ArrayList<>(f.runs().size());
            for (int i = 0; i < f.runs().size(); i++) {
                List<StepRecord> rs = f.runs().get(i).records();
                shown.add(i == selected ? record : rs.get(rs.size() - 1));
            }
            shown = List.copyOf(shown);
        }
        long now = nanos.getAsLong();
        boolean explain = moved || !playing || !explainShown || now - lastExplain > throttles.explainNanos();
        if (explain) {
            lastExplain = now;
            explainShown = true;
        }
        return new Update(f, v, selected, cursor, follow, moved, restart, contourDelta, lossDelta, table, slow, mark,
                shown, explain, record, previous, playing, playingChanged, !f.finished(),
                scrubPosition(cursor, records.size()));
    }

    private Frame.RunView run(Frame f) {
        return f.runs().get(Math.min(selected, f.runs().size() - 1));
    }

    // ---------------------------------------------------------------- state the page reads

    /** The frame shown, or null before the first. */
    public @Nullable Frame frame() {
        return frame;
    }

    /** The selected run in the frame shown, or null before the first frame. */
    public Frame.@Nullable RunView run() {
        Frame f = frame;
        return f == null ? null : run(f);
    }

    /** The selected run's records (none before the first frame). */
    public List<StepRecord> records() {
        Frame.RunView v = run();
        return v == null ? List.of() : v.records();
    }

    /** The record under the cursor, or null. */
    public @Nullable StepRecord record() {
        List<StepRecord> r = records();
        return r.isEmpty() ? null : r.get(Math.max(0, Math.min(cursor, r.size() - 1)));
    }

    /** Whether every run of the frame shown has ended. */
    public boolean finished() {
        Frame f = frame;
        return f != null && f.finished();
    }

    public int selected() {
        return selected;
    }

    public int cursor() {
        return cursor;
    }

    public boolean follow() {
        return follow;
    }

    /** The cursor follows the newest step (Play, Step, Reset, a link's step) or stays where it is. */
    public void setFollow(boolean follow) {
        this.follow = follow;
    }

    public boolean playing() {
        return playing;
    }

    /** What the buttons did (Play, Pause, Step, Reset) or what the server said (busy). */
    public void setPlaying(boolean playing) {
        this.playing = playing;
    }

    /** The step k shown when paused on one after k = 0 (for the link), else null. */
    public @Nullable Integer pausedStep() {
        StepRecord r = record();
        if (playing || r == null || cursor >= records().size()) {
            return null;
        }
        return r.k() > 0 ? r.k() : null;
    }

    /** Slider position (0…SCRUB_SCALE) of record {@code index} of {@code n}. */
    public static int scrubPosition(int index, int n) {
        return n <= 1 ? 0 : (int) Math.round((double) index * SCRUB_SCALE / (n - 1));
    }

    /** Record index of slider position {@code pos} with {@code n} records. */
    public static int scrubIndex(int pos, int n) {
        return n <= 1 ? 0 : (int) Math.round((double) pos * (n - 1) / SCRUB_SCALE);
    }
}
