package org.gdplayground.ui.compare;

import org.gdplayground.ui.common.A11y;
import org.gdplayground.ui.common.CodeButton;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gdplayground.basin.BasinService;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.scenario.Control;
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
import org.gdplayground.ui.common.ChartCards;
import org.gdplayground.ui.common.ControlSlots;
import org.gdplayground.ui.common.Layout;
import org.gdplayground.ui.common.RunPage;
import org.gdplayground.ui.common.SvgCard;
import org.gdplayground.ui.common.SvgPanel;
import org.gdplayground.ui.common.ViewParams;
import org.gdplayground.ui.page.RunPageView;
import org.jspecify.annotations.Nullable;

/**
 * Optimizers side by side: up to {@code limits.maxCompareRuns()} runs on one surface from one start (or each from its
 * own), each with its own optimizer, hyper-parameters, learning rate and colour. One Play drives every run in lock step
 * (the same step k on screen); the same seed gives every run the same mini-batch order. The whole comparison lives in
 * the link ({@code opt.1=adam&lr.1=0.03&opt.2=momentum…}). Link, validation, address bar, hide/lock, playback and
 * reporting are the page shell's ({@link RunPageView}); this page adds the run rows, presets, the sweep, the legend,
 * the summary and the per-run table.
 */
@Route(value = "compare", layout = MainLayout.class)
public class CompareView extends RunPageView<ComparePictures.Rendered> {

    /** Opened when a link names no comparison. */
    static final String WELCOME = Preset.MOMENTUM.query();

    final Select<Preset> preset = new Select<>();
    final Paragraph fairNote = new Paragraph();
    final RunRows runs;
    final List<RunRow> rows;
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
    final ComparePictures pictures;
    final FrameCost cost;

    public CompareView(ScenarioParser parser, ScenarioFactory factory, RunService runService, Messages messages,
            ContourCache contours, Limits limits, BasinService basins) {
        super(new Deps(parser, factory, runService, messages, contours, limits), ScenarioParser.Mode.COMPARE,
                "compare", "cmp", WELCOME, RunPage.Throttles.COMPARE, false);
        this.basinCard = new BasinCard(basins);
        this.curveCard = new SvgCard(curve, "cmp.curve", SvgCard.dimension(1), null);
        sweepCaption.addClassName("gdp-note");
        this.sweepCard = new SvgCard(sweepChart, "cmp.sweepChart", o -> spec != null && Sweep.isSweep(spec), null,
                sweepCaption);
        cards(new ChartCards(List.of(contourCard, curveCard, lossCard, sweepCard, basinCard, new RateMapCard(),
                new EigenLossCard())));
        this.sweep = new SweepPanel(limits.maxCompareRuns(), () -> byLearner(this::createSweep));
        this.runs = new RunRows(limits.maxCompareRuns(), this::formChanged, this::removeRow, form::startValues);
        this.rows = runs.rows;
        addClassName("gdp-compare");
        this.pictures = new ComparePictures(this, page, cards);
        this.cost = pictures.cost;
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
        Div buttons = new Div(play, step, reset, share, new CodeButton(parser, this::spec, this::selectedRun));
        buttons.addClassName("gdp-buttons");
        policyBoxes = List.of(Layout.section(form.fn, form.expr), Layout.section(form.initMode, form.initBox),
                Layout.section(form.steps, form.batch, form.shuffle, form.seed), form.advanced);
        form.advanced.add(Layout.section(form.grad, form.h, form.schedule, form.scheduleBox, form.warmup, form.tol,
                form.lossTol));
        Div controls = new Div(buttons, instant.component(), speed, keysHint, lockedNote, preset, fairNote,
                policyBoxes.get(0), policyBoxes.get(1), policyBoxes.get(2), form.advanced);
        controls.addClassName("gdp-controls");

        addRun.setId("add-run");
        addRun.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addRun.addClickListener(e -> addRun());
        legend.setId("legend");
        legend.addClassName("gdp-legend");
        Div views = new Div(cards.components());
        views.addClassName("gdp-views");
        Div summaryCard = new Div(Layout.header(summaryTitle), summary);
        summaryCard.addClassName("gdp-card");

        tableRuns.setId("table-run");
        A11y.plainTabs(tableRuns);
        tableRuns.addClassName("gdp-table-runs");
        Div lower = new Div(card("gdp-table-card", Layout.header(tableTitle), tableRuns, table),
                card("gdp-explain-card", Layout.header(explainTitle), explain));
        lower.addClassName("gdp-lower");
        // The pictures come right under the status, so Play visibly moves them on a laptop screen (1366×768); the run
        // list follows them.
        Div main = new Div(status, linkErrors, legend, views, card("gdp-runs-card", Layout.header(runsTitle, addRun),
                runs, sweep), summaryCard, lower);
        main.addClassName("gdp-main");
        add(controls, main);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cmp.title") + " · " + getTranslation("app.title");
    }

    /** A playground link (one un-indexed run) opens beside a second run. */
    @Override
    protected ScenarioSpec opening(ScenarioParser.Result parsed, Map<String, List<String>> query) {
        return IndexedLinks.withSecondRun(parsed, query, parser, limits.maxPoints());
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
            runs.load(s.runs(), Axes.of(o).names());
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

    private void renumber() {
        runs.renumber(addRun);
        runsTitle.setText(getTranslation("cmp.runs", rows.size(), limits.maxCompareRuns()));
        showPolicy();
    }

    /** Adds a run: the next optimizer of the family not on the page yet, at the last run's learning rate. */
    void addRun() {
        if (fixed().contains(Control.RUNS) || runs.full()) {
            return;
        }
        Objective o = objective != null ? objective : Objectives.builtin(ScenarioParser.DEFAULT_FN).orElseThrow();
        populating(() -> runs.addNext(spec == null ? 0 : spec.runs().getLast().lr(), spec != null,
                Axes.of(o).names()));
        renumber();
        formChanged(addRun);
    }

    void removeRow(RunRow row) {
        if (!fixed().contains(Control.RUNS) && runs.drop(row)) {
            renumber();
            formChanged(runs);
        }
    }

    @Override
    protected void validate(Component source) {
        populating(() -> structure(source));
        clearErrors();
        List<RunRow> enabled = runs.enabled();
        if (enabled.isEmpty()) {
            rejected(getTranslation("cmp.noRuns"));
            return;
        }
        ScenarioParser.Result result = parser.parse(ScenarioQuery.asQuery(RunRows.query(form, enabled)),
                ScenarioParser.Mode.COMPARE);
        if (!result.ok()) {
            List<String> elsewhere = RunRows.markErrors(result.errors(), enabled, form, messages, getLocale());
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
            runs.surfaceChanged(Axes.of(shown).names());
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

    private void clearErrors() {
        statusLine.clearInvalid();
        form.clearErrors();
        runs.clearErrors();
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
        ScenarioParser.Result r = parser.parse(ScenarioQuery.asQuery(sweep.query(form, rows, lrs)),
                ScenarioParser.Mode.COMPARE);
        if (!r.ok()) {
            clearErrors();
            List<String> elsewhere = RunRows.markErrors(r.errors(), List.of(), form, messages, getLocale());
            statusLine.invalid(getTranslation("pg.invalid") + (elsewhere.isEmpty() ? ""
                    : " " + String.join(" ", elsewhere)));
            return;
        }
        pendingLinkErrors = List.of();
        load(r.spec());
    }

    // ---------------------------------------------------------------- playback

    @Override
    protected void started(ScenarioSpec s) {
        active = runs.enabled();
        pictures.started();
    }

    @Override
    protected ComparePictures.@Nullable Rendered prepare(Frame f, int generation) {
        return pictures.prepare(f, generation);
    }

    @Override
    protected void frame(Frame f, ComparePictures.@Nullable Rendered r) {
        if (pictures.frame(f, r)) {
            statusLine.runs(f, Objects.requireNonNull(spec).steps(), transport.playing(), tr());
            reportFrame(f, page.playing());
        }
    }

    @Override
    protected void configureViews(Objective o, ScenarioSpec s, boolean fresh) {
        pictures.configure(o, s, active, playbacks.generation(), fresh);
        fairNote.setText(getTranslation("cmp.fair", Long.toString(s.seed())));
    }

    // ---------------------------------------------------------------- view, hide and lock, link

    @Override
    public ViewParams viewParams() {
        return new ViewParams(false, logScale, speedValue(), null, instant.on());
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
        return runs.addTo(slots);
    }

    /** The canonical query string of a spec on this page (runs always indexed). */
    @Override
    protected String canonicalQuery(ScenarioSpec s) {
        return IndexedLinks.query(s, limits.maxPoints());
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
        runs.localize();
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
            pictures.redraw();
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
        return pictures.summaryRows();
    }

    int selectedRun() {
        return page.selected();
    }
}
