package org.gdplayground.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.session.Frame;
import org.gdplayground.ui.common.Axes;
import org.gdplayground.ui.common.ChartCard;
import org.gdplayground.ui.common.ChartCards;
import org.gdplayground.ui.common.ChartSpecs;
import org.gdplayground.ui.common.RunPage;
import org.gdplayground.ui.page.RunLabels;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compare's frame → pictures: the legend and table tabs for the runs, the summary, 1-D curve and sweep chart rendered
 * on the playback thread when due (about once a second while playing, and at the end), the step table and the
 * explanation of the selected run, and what each frame cost.
 */
final class ComparePictures {

    private static final Logger log = LoggerFactory.getLogger(ComparePictures.class);

    /** A frame's pictures rendered on the playback thread (null when not due), and the time that took. */
    record Rendered(@Nullable Pictures pictures, long nanos) {
    }

    final FrameCost cost = new FrameCost();
    private final CompareView view;
    private final RunPage page;
    private final ChartCards cards;
    private volatile Pictures.@Nullable Setup setup;
    private List<SummaryRow> summaryRows = List.of();
    private boolean rebuildingTabs;

    ComparePictures(CompareView view, RunPage page, ChartCards cards) {
        this.view = view;
        this.page = page;
        this.cards = cards;
        view.tableRuns.addSelectedChangeListener(e -> {
            int i = view.tableRuns.getSelectedIndex();
            if (!rebuildingTabs && i >= 0 && i != page.selected()) {
                cursorMoved(page.selectRun(i));
            }
        });
        view.table.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(r -> {
            int i = page.records().indexOf(r);
            if (e.isFromClient() && i >= 0) {
                cursorMoved(page.scrub(i));
            }
        }));
    }

    List<SummaryRow> summaryRows() {
        return summaryRows;
    }

    /** A new comparison started: no summary yet. */
    void started() {
        summaryRows = List.of();
    }

    /** Views that depend on the surface and the runs, not on the frame: contour, cards, legend, tabs, table. */
    void configure(Objective o, ScenarioSpec s, List<RunRow> active, int generation, boolean fresh) {
        List<ChartSpecs.Series> series = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        for (int i = 0; i < s.runs().size(); i++) {
            labels.add(RunLabels.label(active.get(i).number(), s.runs().get(i), view.messages()::has,
                    view::getTranslation));
            colors.add(active.get(i).color());
            series.add(new ChartSpecs.Series(Integer.toString(i), labels.get(i), colors.get(i)));
        }
        // The page's legend strip names every run once; the charts need none of their own.
        cards.configure(new ChartCard.Scene(o, view.scenarios(), series, labels, false, fresh, view::getTranslation));
        boolean isSweep = Sweep.isSweep(s);
        if (!isSweep) {
            view.sweepChart.setSvg("");
        }
        setup = new Pictures.Setup(generation, o, null, labels, colors, s.runs().stream().map(RunSpec::lr).toList(),
                s.tol(), isSweep, new Pictures.Texts(view.getTranslation("table.k"), view.getTranslation("table.loss"),
                        view.getTranslation("cmp.sweepChart.lr"), view.getTranslation("cmp.sweepChart.loss"),
                        view.getTranslation("cmp.sweepChart.diverged"), view.getTranslation("cmp.sweepChart.best"),
                        view.getTranslation("pg.slope")));
        rebuildingTabs = true;
        RunLegend.fill(view.legend, view.tableRuns, labels, colors, page.selected());
        rebuildingTabs = false;
        view.configureTable();
        view.explain.clear();
        view.summary.setItems(List.of());
    }

    /** On the playback thread: the pictures when they are due. */
    @Nullable
    Rendered prepare(Frame f, int generation) {
        Pictures.Setup su = setup;
        if (su == null || su.generation() != generation) {
            return null;
        }
        long t0 = System.nanoTime();
        Pictures pictures = page.slowDue(f) ? Pictures.render(su, f, -1, -1, view.logScale()) : null;
        return new Rendered(pictures, System.nanoTime() - t0);
    }

    /** A frame (UI thread): new points to the charts; pictures when they were due. Whether it was shown. */
    boolean frame(Frame f, @Nullable Rendered r) {
        if (r == null) {
            return false;
        }
        long t1 = System.nanoTime();
        Pictures pictures = r.pictures();
        RunPage.Update u = page.frame(f, pictures != null);
        cards.apply(view, u);
        if (u.refreshTable()) {
            view.table.setRows(u.run().records(), u.follow() && u.playing());
            if (u.stopped()) {
                // Column widths were measured on the first rows; widen them to what the run produced.
                view.table.recalculateColumnWidths();
            }
        }
        if (pictures != null) {
            show(u.follow() ? pictures : renderNow());
        }
        if (u.explain()) {
            explain(u);
        }
        if (u.playingChanged() || pictures != null) {
            view.updateButtons();
        }
        long apply = System.nanoTime() - t1;
        cost.add(r.nanos(), apply);
        if (log.isDebugEnabled()) {
            log.debug("compare frame: {} runs at k = {}, render {} ms + apply {} ms", f.runs().size(), f.step(),
                    String.format(Locale.ROOT, "%.2f", r.nanos() / 1e6), String.format(Locale.ROOT, "%.2f",
                            apply / 1e6));
        }
        return true;
    }

    private void show(Pictures p) {
        view.curve.setSvg(p.curve());
        if (!p.sweep().isEmpty()) {
            view.sweepChart.setSvg(p.sweep());
        }
        summaryRows = p.summary();
        view.summary.setItems(summaryRows);
    }

    private Pictures renderNow() {
        return Pictures.render(Objects.requireNonNull(setup), Objects.requireNonNull(page.frame()),
                page.follow() ? -1 : page.selected(), page.cursor(), view.logScale());
    }

    /** The language changed: redraw what the frame shows. */
    void redraw() {
        cursorMoved(page.redraw());
    }

    /**
     * The cursor moved or another run was chosen (UI thread): that run's table, the pictures, the marks and the
     * explanation for it.
     */
    private void cursorMoved(RunPage.@Nullable Update u) {
        if (u == null || setup == null) {
            return;
        }
        if (u.refreshTable()) {
            view.configureTable();
            view.table.setRows(u.run().records(), true);
            view.table.recalculateColumnWidths();
        }
        show(renderNow());
        cards.apply(view, u);
        explain(u);
    }

    private void explain(RunPage.Update u) {
        Objective o = view.objective();
        List<Scenario> scenarios = view.scenarios();
        int i = u.selected();
        Pictures.Setup su = setup;
        if (o == null || u.record() == null || scenarios.size() <= i || su == null) {
            view.explain.clear();
            return;
        }
        view.explain.run(su.labels().get(i), su.colors().get(i));
        view.explain.show(scenarios.get(i).optimizer(), u.record(), u.previous(), Axes.of(o).names(),
                view::getTranslation, null);
    }
}
