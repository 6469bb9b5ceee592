package org.gdplayground.ui.compare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdplayground.basin.BasinService;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.scenario.Control;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.session.Frame;
import org.gdplayground.session.RunService;
import org.gdplayground.system.Limits;
import org.gdplayground.system.Messages;
import org.gdplayground.ui.MainLayout;
import org.gdplayground.ui.basin.BasinCard;
import org.gdplayground.ui.chart.ContourCache;
import org.gdplayground.ui.common.Axes;
import org.gdplayground.ui.common.ChartCard;
import org.gdplayground.ui.common.ChartCards;
import org.gdplayground.ui.common.ChartSpecs;
import org.gdplayground.ui.common.ControlSlots;
import org.gdplayground.ui.common.Layout;
import org.gdplayground.ui.common.RunPage;
import org.gdplayground.ui.common.SvgCard;
import org.gdplayground.ui.common.SvgPanel;
import org.gdplayground.ui.common.ViewParams;
import org.gdplayground.ui.page.RunLabels;
import org.gdplayground.ui.page.RunPageView;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optimizers side by side: up to {@code limits.maxCompareRuns()} runs on one surface from one start (or each from its
 * own), each with its own optimizer, hyper-parameters, learning rate and colour. One Play drives every run in lock step
 * (the same step k on screen); the same seed gives every run the same mini-batch order. The whole comparison lives in
 * the link ({@code opt.1=adam&lr.1=0.03&opt.2=momentum…}). Link, validation, address bar, hide/lock, playback and
 * reporting are the page shell's ({@link RunPageView}); this page adds the run rows, presets, the sweep, the legend,
 * the summary and the per-run table.
 */
@Route(value = "compare", layout = MainLayout.class)
public class CompareView extends RunPageView<CompareView.Rendered> {

    /** Opened when a link names no comparison. */
    static final String WELCOME = Preset.MOMENTUM.query();

    private static final Pattern INDEXED = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\.(\\d{1,3})");
    private static final Logger log = LoggerFactory.getLogger(CompareView.class);

    final Select<Preset> preset = new Select<>();
    final Paragraph fairNote = new Paragraph();
    final List<RunRow> rows = new ArrayList<>();
    final Div runsBox = new Div();
    final Button addRun = new Button();
    private final H3 runsTitle = new H3();
    final SweepPanel sweep;
    final Div legend = new Div();
    final SvgCard curveCard;
    final SvgCard sweepCard;
    final SvgPanel sweepChart = new SvgPanel("sweep-chart", "gdp-sweep-panel");
    final SummaryGrid summary = new SummaryGrid(transport::playing);
    final Tabs tableRuns = new Tabs();
    /** The basin maps of the first two runs, side by side (ui.basin). */
    final BasinCard basinCard;
    private final Span sweepCaption = new Span();
    private final H3 summaryTitle = new H3();
    /** The rows that were enabled when the shown comparison started, in run order. */
    private List<RunRow> active = List.of();
    private volatile Pictures.@Nullable Setup setup;
    private List<SummaryRow> summaryRows = List.of();
    private boolean rebuildingTabs;
    final FrameCost cost = new FrameCost();

    public CompareView(ScenarioParser parser, ScenarioFactory factory, RunService runService, Messages messages,
            ContourCache contours, Limits limits, BasinService basins) {
        super(new Deps(parser, factory, runService, messages, contours, limits), ScenarioParser.Mode.COMPARE,
                "compare", "cmp", WELCOME, RunPage.Throttles.COMPARE, false);
        this.basinCard = new BasinCard(basins);
        this.curveCard = new SvgCard(curve, "cmp.curve", SvgCard.dimension(1), null);
        sweepCaption.addClassName("gdp-note");
        this.sweepCard = new SvgCard(sweepChart, "cmp.sweepChart", o -> spec != null && isSweep(spec), null,
                sweepCaption);
        cards(new ChartCards(List.of(contourCard, curveCard, lossCard, sweepCard, basinCard)));
        this.sweep = new SweepPanel(limits.maxCompareRuns(), () -> byLearner(this::createSweep));
        addClassName("gdp-compare");
        build();
    }

    private void build() {
        preset.setId("preset");
        preset.setItems(Preset.values());
        preset.addValueChangeListener(e -> {
            if (!populating && e.getValue() != null) {
                byLearner(() -> loadPreset(e.getValue()));
            }
        });
        fairNote.setId("fair-note");
        fairNote.addClassName("gdp-fair-note");
        Div buttons = new Div(play, step, reset, share);
        buttons.addClassName("gdp-buttons");
        policyBoxes = List.of(Layout.section(form.fn, form.expr), Layout.section(form.initMode, form.initBox),
                Layout.section(form.steps, form.batch, form.shuffle, form.seed), form.advanced);
        form.advanced.add(Layout.section(form.grad, form.h, form.schedule, form.scheduleBox, form.warmup, form.tol,
                form.lossTol));
        Div controls = new Div(buttons, speed, keysHint, lockedNote, preset, fairNote, policyBoxes.get(0),
                policyBoxes.get(1), policyBoxes.get(2), form.advanced);
        controls.addClassName("gdp-controls");

        addRun.setId("add-run");
        addRun.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addRun.addClickListener(e -> addRun());
        runsBox.setId("runs");
        runsBox.addClassName("gdp-runs");
        legend.setId("legend");
        legend.addClassName("gdp-legend");
        Div views = new Div(cards.components());
        views.addClassName("gdp-views");
        Div summaryCard = new Div(Layout.header(summaryTitle), summary);
        summaryCard.addClassName("gdp-card");

        tableRuns.setId("table-run");
        tableRuns.addClassName("gdp-table-runs");
        tableRuns.addSelectedChangeListener(e -> {
            int i = tableRuns.getSelectedIndex();
            if (!rebuildingTabs && i >= 0 && i != page.selected()) {
                cursorMoved(page.selectRun(i));
            }
        });
        table.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(r -> {
            int i = page.records().indexOf(r);
            if (e.isFromClient() && i >= 0) {
                cursorMoved(page.scrub(i));
            }
        }));
        Div lower = new Div(card("gdp-table-card", Layout.header(tableTitle), tableRuns, table),
                card("gdp-explain-card", Layout.header(explainTitle), explain));
        lower.addClassName("gdp-lower");
        // The pictures come right under the status, so Play visibly moves them on a laptop screen (1366×768); the run
        // list follows them.
        Div main = new Div(status, linkErrors, legend, views, card("gdp-runs-card", Layout.header(runsTitle, addRun),
                runsBox, sweep), summaryCard, lower);
        main.addClassName("gdp-main");
        add(controls, main);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cmp.title") + " · " + getTranslation("app.title");
    }

    /**
     * A playground link (one un-indexed run) opens as that run plus a second one to compare it with: momentum at the
     * same learning rate (Adam when the first run already is momentum).
     */
    @Override
    protected ScenarioSpec opening(ScenarioParser.Result parsed, Map<String, List<String>> query) {
        ScenarioSpec s = parsed.spec();
        if (!parsed.ok() || s.runs().size() != 1 || query.keySet().stream().anyMatch(k -> INDEXED.matcher(k)
                .matches())) {
            return s;
        }
        Map<String, String> q = canonicalParameters(s);
        q.put("opt.2", s.run().opt().equals("momentum") ? "adam" : "momentum");
        q.put("lr.2", ScenarioQuery.number(s.run().lr()));
        ScenarioParser.Result r = parser.parse(ScenarioQuery.asQuery(q), ScenarioParser.Mode.COMPARE);
        return r.ok() ? r.spec() : s;
    }

    /** The class opens a playground link: on the playground. */
    @Override
    protected void openClassLink(String query) {
        getUI().ifPresent(u -> u.navigate("", QueryParameters.fromString(query)));
    }

    // ---------------------------------------------------------------- scenario ↔ form

    /** Shows a valid spec: shared fields, one enabled row per run; starts its (paused) playback at k = 0. */
    @Override
    protected void load(ScenarioSpec s) {
        populating(() -> {
            Objective o = factory.objective(s);
            form.populate(s, o);
            form.clearErrors();
            rows.clear();
            runsBox.removeAll();
            for (int i = 0; i < s.runs().size(); i++) {
                RunRow row = newRow(i);
                row.load(s.runs().get(i), Axes.of(o).names());
                rows.add(row);
                runsBox.add(row);
            }
            renumber();
        });
        form.localize(tr());
        page.selectFirst();
        start(s);
        showLinkErrors();
    }

    @Override
    protected void restore(ScenarioSpec s) {
        load(s);
    }

    private RunRow newRow(int colorSlot) {
        return new RunRow(colorSlot, new RunRow.Listener() {
            @Override
            public void changed(RunRow row, Component source, boolean structural) {
                formChanged(source);
            }

            @Override
            public void remove(RunRow row) {
                removeRow(row);
            }
        }, form::startValues);
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).renumber(i + 1);
            rows.get(i).localize();
        }
        addRun.setEnabled(rows.size() < limits.maxCompareRuns());
        rows.forEach(r -> r.remove.setEnabled(rows.size() > 1));
        runsTitle.setText(getTranslation("cmp.runs", rows.size(), limits.maxCompareRuns()));
        showPolicy();
    }

    /** Adds a run: the next optimizer of the family not on the page yet, at the last run's learning rate. */
    void addRun() {
        if (fixed().contains(Control.RUNS) || rows.size() >= limits.maxCompareRuns()) {
            return;
        }
        List<String> used = rows.stream().map(r -> r.opt.getValue()).toList();
        String key = Optimizers.keys().stream().filter(k -> !used.contains(k)).findFirst().orElse("sgd");
        double lr = spec == null ? Optimizers.specs(key).get(0).def() : spec.runs().getLast().lr();
        Map<String, Double> defaults = new LinkedHashMap<>();
        Optimizers.specs(key).stream().filter(p -> !p.name().equals("lr")).forEach(p -> defaults.put(p.name(),
                p.def()));
        int slot = 0;
        while (slot < limits.maxCompareRuns() - 1 && colorTaken(slot)) {
            slot++;
        }
        RunRow row = newRow(slot);
        Objective o = objective != null ? objective : Objectives.builtin(ScenarioParser.DEFAULT_FN).orElseThrow();
        populating(() -> row.load(new RunSpec(key, lr, defaults, null), Axes.of(o).names()));
        rows.add(row);
        runsBox.add(row);
        renumber();
        formChanged(addRun);
    }

    private boolean colorTaken(int slot) {
        return rows.stream().anyMatch(r -> r.colorSlot() == slot);
    }

    void removeRow(RunRow row) {
        if (fixed().contains(Control.RUNS) || rows.size() <= 1) {
            return;
        }
        rows.remove(row);
        runsBox.remove(row);
        renumber();
        formChanged(runsBox);
    }

    /** The form as a query: the shared fields, then each enabled run as block 1, 2, … */
    Map<String, List<String>> formQuery(List<RunRow> enabled) {
        Map<String, String> q = new LinkedHashMap<>();
        form.putQuery(q);
        for (int i = 0; i < enabled.size(); i++) {
            enabled.get(i).putQuery(q, i + 1);
        }
        return ScenarioQuery.asQuery(q);
    }

    @Override
    protected void validate(Component source) {
        populating(() -> structure(source));
        clearErrors();
        List<RunRow> enabled = rows.stream().filter(RunRow::included).toList();
        if (enabled.isEmpty()) {
            rejected(getTranslation("cmp.noRuns"));
            return;
        }
        ScenarioParser.Result result = parser.parse(formQuery(enabled), ScenarioParser.Mode.COMPARE);
        if (!result.ok()) {
            List<String> elsewhere = markErrors(result.errors(), enabled);
            rejected(getTranslation("pg.invalid") + (elsewhere.isEmpty() ? "" : " " + String.join(" ", elsewhere)));
            return;
        }
        formInvalid = false;
        ScenarioSpec s = policy.enforce(result.spec(), parser, ScenarioParser.Mode.COMPARE);
        if (!s.equals(result.spec().withControls(s.hide(), s.lock()))) {
            load(s);
            return;
        }
        if (source == form.fn || source == form.schedule || source == form.grad || source == form.initMode) {
            populating(() -> form.populate(s, factory.objective(s)));
            form.localize(tr());
            showPolicy();
        }
        if (!s.equals(spec) || !enabled.equals(active)) {
            start(s);
        }
    }

    /** Rebuilds fields whose set depends on the change: start fields for a new surface, schedule parameters. */
    private void structure(Component source) {
        if (source == form.fn) {
            String fn = Objects.requireNonNullElse(form.fn.getValue(), ScenarioParser.DEFAULT_FN);
            Objective o = parser.objective(fn, form.expr.getValue());
            Objective shown = o != null ? o : Objectives.builtin(ScenarioParser.DEFAULT_FN).orElseThrow();
            form.expr.setVisible(ScenarioParser.CUSTOM.equals(fn));
            form.buildInit(shown, List.of());
            rows.forEach(r -> r.surfaceChanged(Axes.of(shown).names()));
        } else if (source == form.schedule) {
            form.buildSchedule(Objects.requireNonNullElse(form.schedule.getValue(), "constant"), Map.of());
        } else if (source == form.grad) {
            form.h.setVisible(!"analytic".equals(form.grad.getValue()));
        } else if (source == form.initMode) {
            boolean given = "given".equals(form.initMode.getValue());
            form.init.forEach(f -> f.setEnabled(given));
        }
        if (source == form.fn || source == form.schedule) {
            form.localize(tr());
            showPolicy();
        }
    }

    /** Marks each error on its field (run errors on that run's row); returns the messages that have no field. */
    private List<String> markErrors(List<ParamError> errors, List<RunRow> enabled) {
        List<String> elsewhere = new ArrayList<>();
        for (ParamError e : errors) {
            String msg = e.message(messages, getLocale());
            Matcher m = INDEXED.matcher(e.param());
            if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= enabled.size()) {
                enabled.get(Integer.parseInt(m.group(2)) - 1).markError(m.group(1), msg);
            } else if (!m.matches() && !form.fieldsFor(e.param()).isEmpty()) {
                form.markError(e.param(), msg);
            } else {
                elsewhere.add(msg);
            }
        }
        return elsewhere;
    }

    private void clearErrors() {
        statusLine.clearInvalid();
        form.clearErrors();
        rows.forEach(RunRow::clearErrors);
    }

    // ---------------------------------------------------------------- presets and sweeps

    void loadPreset(Preset p) {
        if (fixed().contains(Control.PRESET)) {
            return;
        }
        pendingLinkErrors = List.of();
        load(parser.parse(QueryParameters.fromString(p.query()).getParameters(), ScenarioParser.Mode.COMPARE).spec());
        populating(preset::clear);
    }

    /** Replaces the runs with one optimizer at several learning rates; the shared settings stay. */
    void createSweep() {
        List<Double> lrs = fixed().contains(Control.RUNS) ? null : sweep.rates(tr());
        if (lrs == null) {
            return;
        }
        String key = sweep.optimizer();
        RunRow template = rows.stream().filter(r -> key.equals(r.opt.getValue())).findFirst().orElse(null);
        Map<String, String> q = new LinkedHashMap<>();
        form.putQuery(q);
        for (int i = 0; i < lrs.size(); i++) {
            String s = "." + (i + 1);
            q.put("opt" + s, key);
            q.put("lr" + s, ScenarioQuery.number(lrs.get(i)));
            if (template != null) {
                template.hyper.forEach((name, f) -> q.put(name + s, f.getValue().trim()));
            }
        }
        ScenarioParser.Result r = parser.parse(ScenarioQuery.asQuery(q), ScenarioParser.Mode.COMPARE);
        if (!r.ok()) {
            clearErrors();
            List<String> elsewhere = markErrors(r.errors(), List.of());
            statusLine.invalid(getTranslation("pg.invalid") + (elsewhere.isEmpty() ? ""
                    : " " + String.join(" ", elsewhere)));
            return;
        }
        pendingLinkErrors = List.of();
        load(r.spec());
    }

    /** Whether the runs differ only in learning rate (same optimizer and hyper-parameters, shared start). */
    static boolean isSweep(ScenarioSpec s) {
        List<RunSpec> runs = s.runs();
        RunSpec first = runs.get(0);
        return runs.size() >= 2 && runs.stream().allMatch(r -> r.opt().equals(first.opt())
                && r.hyper().equals(first.hyper()) && r.init() == null)
                && runs.stream().map(RunSpec::lr).distinct().count() == runs.size();
    }

    // ---------------------------------------------------------------- playback

    @Override
    protected void started(ScenarioSpec s) {
        active = rows.stream().filter(RunRow::included).toList();
        summaryRows = List.of();
    }

    /** A frame's pictures rendered on the playback thread (null when not due), and the time that took. */
    record Rendered(@Nullable Pictures pictures, long nanos) {
    }

    @Override
    protected @Nullable Rendered prepare(Frame f, int generation) {
        Pictures.Setup su = setup;
        if (su == null || su.generation() != generation) {
            return null;
        }
        long t0 = System.nanoTime();
        // The summary, 1-D curve and sweep: about once a second while playing, and at the end.
        Pictures pictures = page.slowDue(f) ? Pictures.render(su, f, -1, -1, logScale) : null;
        return new Rendered(pictures, System.nanoTime() - t0);
    }

    @Override
    protected void frame(Frame f, @Nullable Rendered r) {
        if (r == null) {
            return;
        }
        long t1 = System.nanoTime();
        onFrame(f, r.pictures());
        long apply = System.nanoTime() - t1;
        cost.add(r.nanos(), apply);
        if (log.isDebugEnabled()) {
            log.debug("compare frame: {} runs at k = {}, render {} ms + apply {} ms", f.runs().size(), f.step(),
                    String.format(Locale.ROOT, "%.2f", r.nanos() / 1e6), String.format(Locale.ROOT, "%.2f",
                            apply / 1e6));
        }
    }

    /** Views that depend on the surface and the runs, not on the frame: contour, cards, legend, tabs, table. */
    @Override
    protected void configureViews(Objective o, ScenarioSpec s, boolean fresh) {
        List<ChartSpecs.Series> series = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        for (int i = 0; i < s.runs().size(); i++) {
            labels.add(RunLabels.label(active.get(i).number(), s.runs().get(i), messages::has, tr()));
            colors.add(active.get(i).color());
            series.add(new ChartSpecs.Series(Integer.toString(i), labels.get(i), colors.get(i)));
        }
        // The page's legend strip names every run once; the charts need none of their own.
        cards.configure(new ChartCard.Scene(o, scenarios, series, labels, false, fresh, this::getTranslation));
        boolean isSweep = isSweep(s);
        if (!isSweep) {
            sweepChart.setSvg("");
        }
        setup = new Pictures.Setup(playbacks.generation(), o, null, labels, colors,
                s.runs().stream().map(RunSpec::lr).toList(), s.tol(), isSweep, new Pictures.Texts(
                        getTranslation("table.k"), getTranslation("table.loss"), getTranslation("cmp.sweepChart.lr"),
                        getTranslation("cmp.sweepChart.loss"), getTranslation("cmp.sweepChart.diverged"),
                        getTranslation("cmp.sweepChart.best"), getTranslation("pg.slope")));
        legend.removeAll();
        rebuildingTabs = true;
        tableRuns.removeAll();
        for (int i = 0; i < labels.size(); i++) {
            Span entry = new Span(swatch(colors.get(i)), new Span(labels.get(i)));
            entry.addClassName("gdp-legend-entry");
            entry.getElement().setAttribute("data-run", Integer.toString(i + 1));
            legend.add(entry);
            Tab tab = new Tab(swatch(colors.get(i)), new Span(labels.get(i)));
            tab.setId("table-run-" + (i + 1));
            tableRuns.add(tab);
        }
        tableRuns.setSelectedIndex(page.selected());
        rebuildingTabs = false;
        configureTable();
        fairNote.setText(getTranslation("cmp.fair", Long.toString(s.seed())));
        explain.clear();
        summary.setItems(List.of());
    }

    private static Span swatch(String color) {
        Span s = new Span();
        s.addClassName("gdp-swatch");
        s.getStyle().set("background", color);
        return s;
    }

    /** A frame from the engine (UI thread): new points to the charts; pictures when they were due. */
    void onFrame(Frame f, @Nullable Pictures pictures) {
        RunPage.Update u = page.frame(f, pictures != null);
        cards.apply(this, u);
        if (u.refreshTable()) {
            table.setRows(u.run().records(), u.follow() && u.playing());
            if (u.stopped()) {
                // Column widths were measured on the first rows; widen them to what the run produced.
                table.recalculateColumnWidths();
            }
        }
        if (pictures != null) {
            show(u.follow() ? pictures : renderNow());
        }
        if (u.explain()) {
            explain(u);
        }
        if (u.playingChanged() || pictures != null) {
            updateButtons();
        }
        statusLine.runs(f, Objects.requireNonNull(spec).steps(), transport.playing(), tr());
        reportFrame(f, u.playing());
    }

    private void show(Pictures p) {
        curve.setSvg(p.curve());
        if (!p.sweep().isEmpty()) {
            sweepChart.setSvg(p.sweep());
        }
        summaryRows = p.summary();
        summary.setItems(summaryRows);
    }

    private Pictures renderNow() {
        return Pictures.render(Objects.requireNonNull(setup), Objects.requireNonNull(page.frame()),
                page.follow() ? -1 : page.selected(), page.cursor(), logScale);
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
            configureTable();
            table.setRows(u.run().records(), true);
            table.recalculateColumnWidths();
        }
        show(renderNow());
        cards.apply(this, u);
        explain(u);
    }

    private void explain(RunPage.Update u) {
        Objective o = objective;
        int i = u.selected();
        Pictures.Setup su = setup;
        if (o == null || u.record() == null || scenarios.size() <= i || su == null) {
            explain.clear();
            return;
        }
        explain.run(su.labels().get(i), su.colors().get(i));
        explain.show(scenarios.get(i).optimizer(), u.record(), u.previous(), Axes.of(o).names(), this::getTranslation,
                null);
    }

    // ---------------------------------------------------------------- view, hide and lock, link

    @Override
    protected ViewParams viewParams() {
        return new ViewParams(false, logScale, speedValue(), null);
    }

    /** The page's controls by id (the runs' fields included). */
    @Override
    protected ControlSlots slots() {
        ControlSlots slots = form.addTo(new ControlSlots())
                .field(Control.SPEED, speed)
                .field(Control.LOG, lossLog)
                .action(Control.PRESET, preset)
                .action(Control.RUNS, addRun, sweep)
                .container(policyBoxes.toArray(Component[]::new));
        for (RunRow r : rows) {
            slots.field(Control.OPT, r.opt).field(Control.LR, r.lr).field(Control.HYPER, r.hyperToggle, r.hyperBox)
                    .field(Control.INIT, r.ownStart, r.initBox).field(Control.RUNS, r.enabled)
                    .action(Control.RUNS, r.remove);
        }
        return slots;
    }

    /** A run's controls fixed by the scenario show locked unless they are hidden. */
    @Override
    protected Set<Control> lockedShown() {
        Set<Control> locked = EnumSet.noneOf(Control.class);
        locked.addAll(fixed());
        locked.removeAll(policy.hidden());
        return locked;
    }

    /** The spec as link parameters, runs always indexed ({@code opt.1=…}) so a one-run comparison stays one. */
    Map<String, String> canonicalParameters(ScenarioSpec s) {
        Map<String, String> p = ScenarioQuery.toParameters(s, limits.maxPoints());
        if (s.runs().size() > 1 || s.run().init() != null) {
            return p;
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.forEach((k, v) -> out.put(ScenarioParser.runNames().contains(k) && !k.equals("init") ? k + ".1" : k, v));
        return out;
    }

    /** The canonical query string of a spec on this page. */
    @Override
    protected String canonicalQuery(ScenarioSpec s) {
        String q = ScenarioQuery.toQueryString(s, limits.maxPoints());
        if (s.runs().size() > 1 || s.run().init() != null) {
            return q;
        }
        List<String> parts = new ArrayList<>();
        for (String part : q.split("&")) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            parts.add(ScenarioParser.runNames().contains(name) && !name.equals("init")
                    ? name + ".1" + part.substring(name.length()) : part);
        }
        return String.join("&", parts);
    }

    // ---------------------------------------------------------------- text

    @Override
    protected void localizePage() {
        preset.setLabel(getTranslation("cmp.preset"));
        preset.setPlaceholder(getTranslation("cmp.preset.placeholder"));
        preset.setItemLabelGenerator(p -> p == null ? "" : getTranslation("cmp.preset." + p.key()));
        preset.setTooltipText(getTranslation("cmp.preset.tip"));
        addRun.setText(getTranslation("cmp.addRun"));
        addRun.setTooltipText(getTranslation("cmp.addRun.tip", limits.maxCompareRuns()));
        rows.forEach(RunRow::localize);
        runsTitle.setText(getTranslation("cmp.runs", rows.size(), limits.maxCompareRuns()));
        sweep.localize(tr());
        sweepCaption.setText(getTranslation("cmp.sweepChart.caption"));
        summaryTitle.setText(getTranslation("cmp.summary"));
        summary.localize(tr());
        legend.getElement().setAttribute("aria-label", getTranslation("cmp.legend"));
    }

    @Override
    protected void relocalized() {
        Frame f = page.frame();
        if (f != null) {
            cursorMoved(page.redraw());
            statusLine.runs(f, Objects.requireNonNull(spec).steps(), transport.playing(), tr());
        }
    }

    // ---------------------------------------------------------------- for tests

    @Nullable
    Frame frame() {
        return page.frame();
    }

    /** For tests: run i of the frame shown. */
    Frame.RunView run(int i) {
        return Objects.requireNonNull(page.frame()).runs().get(i);
    }

    List<SummaryRow> summaryRows() {
        return summaryRows;
    }

    int selectedRun() {
        return page.selected();
    }
}
