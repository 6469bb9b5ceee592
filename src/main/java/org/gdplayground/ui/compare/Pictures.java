package org.gdplayground.ui.compare;

import java.util.ArrayList;
import java.util.List;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.Status;
import org.gdplayground.session.Frame;
import org.gdplayground.ui.chart.PlotFrame;
import org.gdplayground.ui.chart.SweepChartSvg;
import org.gdplayground.ui.common.Axes;
import org.gdplayground.ui.common.PlotRenderer;
import org.jspecify.annotations.Nullable;

/**
 * Everything a comparison frame shows besides the step table: the overlaid trajectories, the 1-D curve, the loss
 * chart, the sweep chart and the summary. Built from a {@link Frame} by a pure function, so the page builds it on the
 * worker thread and only swaps the markup inside {@code ui.access}.
 *
 * @param overlay the contour overlay (2-D), else empty
 * @param curve   the loss curve with every run (1-D), else empty
 * @param loss    the overlaid loss curves
 * @param sweep   final loss against lr (when the runs are a sweep), else empty
 * @param summary one line per run
 */
record Pictures(String overlay, String curve, String loss, String sweep, List<SummaryRow> summary) {

    Pictures {
        summary = List.copyOf(summary);
    }

    /**
     * What a playback needs to draw its frames, fixed when it starts (texts in the page's language).
     *
     * @param contour the contour image's pixel frame (2-D surfaces), else null
     * @param lrs     each run's base learning rate
     * @param sweep   whether the runs differ only in lr (then the sweep chart is drawn)
     * @param texts   axis and mark labels: k, loss, x name, sweep x, sweep y, diverged, lowest
     */
    record Setup(int generation, Objective objective, @Nullable PlotFrame contour, List<String> labels,
            List<String> colors, List<Double> lrs, @Nullable Double tol, boolean sweep, Texts texts) {
        Setup {
            labels = List.copyOf(labels);
            colors = List.copyOf(colors);
            lrs = List.copyOf(lrs);
        }
    }

    /** Chart texts in the page's language. */
    record Texts(String k, String loss, String sweepX, String sweepY, String diverged, String lowest, String slope) {
    }

    static final int SWEEP_WIDTH = 560;
    static final int SWEEP_HEIGHT = 300;

    /**
     * @param selected the run whose point is not the latest (−1: every run shows its latest step)
     * @param cursor   that run's record index
     */
    static Pictures render(Setup s, Frame frame, int selected, int cursor, boolean logLoss) {
        List<PlotRenderer.Track> tracks = new ArrayList<>();
        List<SummaryRow> rows = new ArrayList<>();
        List<Frame.RunView> runs = frame.runs();
        for (int i = 0; i < runs.size(); i++) {
            Frame.RunView v = runs.get(i);
            int c = i == selected ? cursor : v.records().size() - 1;
            tracks.add(new PlotRenderer.Track(v.records(), c, s.colors().get(i)));
            rows.add(SummaryRow.of(i, s.labels().get(i), s.colors().get(i), s.lrs().get(i), v, s.objective(),
                    s.tol()));
        }
        Objective o = s.objective();
        rows = SummaryRow.ranked(rows);
        // The contour and the loss chart are drawn in the browser from the frames' new points (LiveChart).
        String overlay = "";
        String curve = o.dimension() == 1 ? PlotRenderer.curve(o, tracks, Axes.of(o).x(), s.texts().loss(), s.texts().slope()) : "";
        String loss = "";
        String sweep = "";
        if (s.sweep()) {
            List<SweepChartSvg.Point> points = new ArrayList<>();
            for (SummaryRow r : rows) {
                points.add(new SweepChartSvg.Point(r.lr(), r.finalLoss(), r.diverging(), r.color()));
            }
            sweep = SweepChartSvg.render(points, SWEEP_WIDTH, SWEEP_HEIGHT, s.texts().sweepX(), s.texts().sweepY(),
                    s.texts().diverged(), s.texts().lowest());
        }
        return new Pictures(overlay, curve, loss, sweep, rows);
    }
}
