package org.gdplayground.ui.basin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.gdplayground.ui.common.LiveText;
import org.gdplayground.basin.BasinLimits;
import org.gdplayground.basin.BasinService;
import org.gdplayground.engine.basin.BasinMap;
import org.gdplayground.engine.basin.BasinResult;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.Batching;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.ui.common.ChartCard;
import org.gdplayground.ui.common.Formats;
import org.gdplayground.ui.common.LiveChart;
import org.jspecify.annotations.Nullable;

/**
 * The basin-of-attraction card ({@code #basin-card}): for the scenario on screen (or the first two runs of a
 * comparison, side by side), every start of an N × N grid coloured by the known minimum its run ends at, diverged or
 * none, drawn by {@code <gdp-plot>} ({@code #basin-map}, {@code #basin-map-2}) with a legend naming each minimum.
 *
 * <p>Computed on demand (the Show button) and then again whenever the scenario or the grid changes, on the run
 * service's bounded workers through {@link BasinService} (cached by scenario), with a progress bar; a computation
 * in progress is cancelled when the scenario changes, the card is hidden or the page is left. The page hands it
 * the scenario(s) with {@link #show(List, List)}.
 */
public class BasinCard extends Div implements LocaleChangeObserver, ChartCard {

    /** Grid sizes offered. */
    static final List<Integer> GRIDS = List.of(51, 101, 201);
    /** Least time between two progress updates pushed to the browser. */
    static final long PROGRESS_NANOS = 200_000_000L;

    private final BasinService service;
    final Button toggle = new Button();
    final Select<Integer> grid = new Select<>();
    final ProgressBar progress = new ProgressBar();
    final LiveText status = new LiveText();
    private final H3 title = new H3();
    private final Span note = new Span();
    private final Div maps = new Div();
    final List<LiveChart> charts = List.of(new LiveChart("basin-map"), new LiveChart("basin-map-2"));
    private final List<H4> titles = List.of(new H4(), new H4());
    final List<Div> legends = List.of(new Div(), new Div());
    private final List<Div> panes = new ArrayList<>();

    private List<Scenario> scenarios = List.of();
    private List<String> names = List.of();
    private boolean open;
    private @Nullable UI ui;
    private int generation;
    private AtomicBoolean cancel = new AtomicBoolean();
    private @Nullable List<BasinResult> shown;

    public BasinCard(BasinService service) {
        this.service = service;
        setId("basin-card");
        addClassNames("gdp-card", "gdp-basin-card");
        toggle.setId("basin-toggle");
        toggle.addClickListener(e -> setOpen(!open));
        grid.setId("basin-grid");
        grid.setItems(GRIDS);
        grid.setValue(BasinLimits.DEFAULT_GRID);
        grid.setItemLabelGenerator(n -> n + " × " + n);
        grid.addValueChangeListener(e -> {
            if (e.isFromClient() && open) {
                compute();
            }
        });
        progress.setId("basin-progress");
        progress.setVisible(false);
        status.setId("basin-status");
        status.addClassName("gdp-note");
        note.addClassName("gdp-note");
        maps.addClassName("gdp-basin-maps");
        for (int i = 0; i < 2; i++) {
            legends.get(i).addClassNames("gdp-legend", "gdp-basin-legend");
            legends.get(i).setId(i == 0 ? "basin-legend" : "basin-legend-2");
            titles.get(i).addClassName("gdp-basin-title");
            Div pane = new Div(titles.get(i), charts.get(i), legends.get(i));
            pane.addClassName("gdp-basin-pane");
            panes.add(pane);
            maps.add(pane);
        }
        Div header = new Div(title, new Div(grid, toggle));
        header.addClassName("gdp-card-header");
        header.getChildren().skip(1).findFirst().ifPresent(c -> ((Div) c).addClassName("gdp-basin-tools"));
        add(header, note, progress, status, maps);
        setOpen(false);
        localize();
    }

    /**
     * The scenario(s) on screen and their names (optimizer and lr); the first two are mapped. Hides the card when the
     * objective has not 2 parameters or runs mini-batches. Recomputes when the card is open.
     */
    public void show(List<Scenario> scenarios, List<String> names) {
        cancelRunning();
        this.scenarios = List.copyOf(scenarios.subList(0, Math.min(2, scenarios.size())));
        this.names = List.copyOf(names.subList(0, Math.min(2, names.size())));
        boolean mappable = !this.scenarios.isEmpty() && this.scenarios.stream().allMatch(
                s -> s.objective().dimension() == 2 && s.batching() instanceof Batching.Full);
        setVisible(mappable);
        shown = null;
        if (mappable && open) {
            compute();
        } else {
            clear();
        }
    }

    @Override
    public Component component() {
        return this;
    }

    /** The card follows the page's language on its own (it is a locale change observer). */
    @Override
    public void localize(Texts texts) {
    }

    /** New runs: maps the first two (see {@link #show}); the same runs in a new language keep their maps. */
    @Override
    public void configure(Scene scene) {
        if (scene.fresh()) {
            show(scene.scenarios(), scene.names());
        }
    }

    /** Whether the maps are shown (and kept up to date). */
    public boolean isOpen() {
        return open;
    }

    void setOpen(boolean value) {
        open = value;
        setClassName("gdp-basin-closed", !open);
        grid.setVisible(open);
        maps.setVisible(open);
        note.setVisible(open);
        if (open) {
            compute();
        } else {
            cancelRunning();
            progress.setVisible(false);
            status.setText("");
        }
        localize();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        cancelRunning();
        ui = null;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
        if (open && shown != null) {
            draw(shown);
        }
    }

    private void cancelRunning() {
        cancel.set(true);
        generation++;
    }

    private void clear() {
        progress.setVisible(false);
        status.setText("");
        for (int i = 0; i < 2; i++) {
            legends.get(i).removeAll();
        }
    }

    /** Starts the computation of the maps of the current scenarios at the chosen grid. */
    void compute() {
        cancelRunning();
        if (scenarios.isEmpty() || !isVisible()) {
            return;
        }
        int n = grid.getValue() == null ? BasinLimits.DEFAULT_GRID : grid.getValue();
        BasinLimits limits = service.limits();
        n = Math.min(n, limits.maxBasinGrid());
        int steps = scenarios.stream().mapToInt(Scenario::steps).max().orElse(1);
        if ((long) n * n * steps > limits.maxBasinWork()) {
            clear();
            status.setText(getTranslation("basin.tooMuch", n, Formats.num(steps),
                    Formats.num(limits.maxSteps(n))));
            return;
        }
        for (int i = 0; i < 2; i++) {
            panes.get(i).setVisible(i < scenarios.size());
        }
        maps.setClassName("gdp-basin-two", scenarios.size() > 1);
        int gen = generation;
        AtomicBoolean flag = new AtomicBoolean();
        cancel = flag;
        int count = scenarios.size();
        int total = n * count;
        AtomicIntegerArray rows = new AtomicIntegerArray(count);
        AtomicLong lastPush = new AtomicLong(System.nanoTime());
        List<CompletableFuture<BasinResult>> futures = new ArrayList<>();
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("basin.computing", n, n, Formats.num(steps)));
        @Nullable UI page = ui;
        try {
            for (int i = 0; i < count; i++) {
                int which = i;
                futures.add(service.map(scenarios.get(i), n, done -> {
                    rows.set(which, done);
                    long now = System.nanoTime();
                    long last = lastPush.get();
                    if (now - last >= PROGRESS_NANOS && lastPush.compareAndSet(last, now) && page != null) {
                        int sum = 0;
                        for (int k = 0; k < count; k++) {
                            sum += rows.get(k);
                        }
                        double value = (double) sum / total;
                        page.access(() -> {
                            if (gen == generation) {
                                progress.setValue(value);
                            }
                        });
                    }
                }, flag::get));
            }
        } catch (RejectedExecutionException e) {
            flag.set(true);
            progress.setVisible(false);
            status.setText(getTranslation("basin.busy"));
            return;
        }
        CompletableFuture.allOf(futures.toArray(new CompletableFuture[0])).whenComplete((v, err) -> {
            Runnable apply;
            if (err == null) {
                List<BasinResult> results = futures.stream().map(CompletableFuture::join).toList();
                apply = () -> {
                    if (gen == generation) {
                        progress.setVisible(false);
                        draw(results);
                    }
                };
            } else {
                Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
                if (cause instanceof CancellationException) {
                    return;
                }
                apply = () -> {
                    if (gen == generation) {
                        progress.setVisible(false);
                        status.setText(getTranslation("basin.failed", String.valueOf(cause.getMessage())));
                    }
                };
            }
            UI target = page != null ? page : ui;
            if (target == null) {
                return;
            }
            if (UI.getCurrent() == target && target.getSession().hasLock()) {
                apply.run();
            } else {
                target.access(apply::run);
            }
        });
    }

    /** Draws finished maps: the charts, their titles and legends, the status line. */
    private void draw(List<BasinResult> results) {
        shown = results;
        long nanos = 0;
        for (int i = 0; i < results.size() && i < scenarios.size(); i++) {
            BasinResult r = results.get(i);
            Objective o = scenarios.get(i).objective();
            LiveChart chart = charts.get(i);
            chart.getElement().setAttribute("aria-label", getTranslation("basin.alt", names.get(i), o.formula()));
            chart.configure(BasinImage.spec(o, r, this::getTranslation));
            titles.get(i).setText(names.get(i));
            legend(legends.get(i), r);
            nanos = Math.max(nanos, r.nanos());
        }
        BasinResult first = results.getFirst();
        status.setText(getTranslation("basin.done", first.size(), first.size(), Formats.num(first.steps()),
                String.format(getLocale(), "%.1f", nanos / 1e9)));
    }

    private void legend(Div box, BasinResult r) {
        box.removeAll();
        int total = r.size() * r.size();
        List<Minimum> minima = r.minima();
        for (int m = 0; m < minima.size(); m++) {
            double[] p = minima.get(m).point();
            String text = getTranslation(minima.get(m).global() ? "basin.legend.global" : "basin.legend.local",
                    m + 1, Formats.num(p[0], 3), Formats.num(p[1], 3));
            box.add(entry(BasinImage.color(m), text, r.count(m), total, "gdp-basin-minimum"));
        }
        box.add(entry(BasinImage.DIVERGED, getTranslation("basin.legend.diverged"), r.count(BasinMap.DIVERGED), total,
                "gdp-basin-diverged"));
        box.add(entry(BasinImage.NONE, getTranslation("basin.legend.none"), r.count(BasinMap.NONE), total,
                "gdp-basin-none"));
    }

    private Span entry(String color, String text, int count, int total, String kind) {
        Span swatch = new Span();
        swatch.addClassName("gdp-swatch");
        swatch.getStyle().set("background", color);
        Span label = new Span(text);
        Span share = new Span(String.format(getLocale(), "%.0f %%", 100.0 * count / total));
        share.addClassName("gdp-basin-share");
        Span e = new Span(swatch, label, share);
        e.addClassNames("gdp-legend-entry", kind);
        return e;
    }

    private void localize() {
        title.setText(getTranslation("basin.title"));
        toggle.setText(getTranslation(open ? "basin.hide" : "basin.show"));
        grid.setAriaLabel(getTranslation("basin.grid"));
        int steps = scenarios.isEmpty() ? 0 : scenarios.getFirst().steps();
        note.setText(getTranslation("basin.note", Formats.num(steps), Formats.num(BasinMap.RADIUS)));
    }
}
