package org.gdplayground.ui.compare;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdplayground.ui.common.LiveText;
import org.gdplayground.basin.BasinService;
import org.gdplayground.engine.function.DataView;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.Status;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.scenario.Control;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.session.Frame;
import org.gdplayground.session.Playback;
import org.gdplayground.session.RunService;
import org.gdplayground.session.Speed;
import org.gdplayground.system.Limits;
import org.gdplayground.system.Messages;
import org.gdplayground.ui.MainLayout;
import org.gdplayground.ui.basin.BasinCard;
import org.gdplayground.ui.chart.ContourCache;
import org.gdplayground.ui.common.Axes;
import org.gdplayground.ui.common.Layout;
import org.gdplayground.ui.common.ChartCard;
import org.gdplayground.ui.common.ChartCards;
import org.gdplayground.ui.common.LossCard;
import org.gdplayground.ui.common.PageLinks;
import org.gdplayground.ui.common.PagePlayback;
import org.gdplayground.ui.common.RunPage;
import org.gdplayground.ui.common.SvgCard;
import org.gdplayground.ui.common.ChartSpecs;
import org.gdplayground.ui.common.ControlPolicy;
import org.gdplayground.ui.common.ControlPolicyNote;
import org.gdplayground.ui.common.ControlSlots;
import org.gdplayground.ui.common.ExplainPanel;
import org.gdplayground.ui.common.LiveChart;
import org.gdplayground.ui.surface3d.ContourCard;
import org.gdplayground.ui.surface3d.Surface3dCard;
import org.gdplayground.ui.common.PageLease;
import org.gdplayground.ui.common.ViewParams;
import org.gdplayground.ui.common.Formats;
import org.gdplayground.ui.common.PlaybackControls;
import org.gdplayground.ui.common.SharedForm;
import org.gdplayground.ui.common.StepTable;
import org.gdplayground.ui.common.SvgPanel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optimizers side by side: up to {@code limits.maxCompareRuns()} runs on one surface from one start (or each from its
 * own), each with its own optimizer, hyper-parameters, learning rate and colour. One Play drives every run in lock step
 * (the same step k on screen); the same seed gives every run the same mini-batch order. The whole comparison lives in
 * the link ({@code opt.1=adam&lr.1=0.03&opt.2=momentum…}), which is parsed and validated by the same parser as the
 * playground and the API; invalid fields are marked on the run they belong to, and what was typed stays.
 */
@Route(value = "compare", layout = MainLayout.class)
public class CompareView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    /** Opened when a link names no comparison. */
    static final String WELCOME = Preset.MOMENTUM.query();

    private static final Pattern INDEXED = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\.(\\d{1,3})");
    private static final Logger log = LoggerFactory.getLogger(CompareView.class);

    private final ScenarioParser parser;
    private final ScenarioFactory factory;
    private final RunService runService;
    private final Messages messages;
    private final ContourCache contours;
    private final Limits limits;

    // Shared controls.
    final SharedForm form;
    final Select<Speed> speed = new Select<>();
    final Button play = new Button();
    final Button step = new Button();
    final Button reset = new Button();
    final Button share = new Button();
    final Select<Preset> preset = new Select<>();
    final Paragraph fairNote = new Paragraph();

    // Runs.
    final List<RunRow> rows = new ArrayList<>();
    final Div runsBox = new Div();
    final Button addRun = new Button();
    final Span lockedNote = new Span();
    /** Hidden and locked controls and their values; none until a link is opened. */
    private ControlPolicy policy = ControlPolicy.NONE;
    private List<Component> policyBoxes = List.of();
    private final H3 runsTitle = new H3();

    // Sweep.
    final Details sweep = new Details();
    final Select<String> sweepOpt = new Select<>();
    final TextField sweepFrom = new TextField();
    final TextField sweepTo = new TextField();
    final TextField sweepCount = new TextField();
    final TextField sweepList = new TextField();
    final Button sweepCreate = new Button();
    private final Span sweepHint = new Span();

    // Views.
    final LiveText status = new org.gdplayground.ui.common.StatusLine();
    final Div linkErrors = new Div();
    final Div legend = new Div();
    /** The page's pictures: contour (and 3-D), 1-parameter curve, loss, sweep, basin maps. */
    final ContourCard contourCard;
    final LossCard lossCard = new LossCard("cmp.loss");
    final SvgCard curveCard;
    final SvgCard sweepCard;
    final ChartCards cards;
    final LiveChart contour;
    final Surface3dCard surface3d;
    final SvgPanel curve = new SvgPanel("curve", "gdp-curve-panel");
    final LiveChart lossChart = lossCard.chart();
    final Checkbox lossLog = lossCard.log();
    final SvgPanel sweepChart = new SvgPanel("sweep-chart", "gdp-sweep-panel");
    final Grid<SummaryRow> summary = new Grid<>(SummaryRow.class, false);
    final Tabs tableRuns = new Tabs();
    final StepTable table = new StepTable("step-table");
    final ExplainPanel explain = new ExplainPanel("explain");

    private final Span keysHint = new Span();
    /** The basin maps of the first two runs, side by side (ui.basin). */
    final BasinCard basinCard;
    private final Span sweepCaption = new Span();
    private final H3 summaryTitle = new H3();
    private final H3 tableTitle = new H3();
    private final H3 explainTitle = new H3();

    // State, touched only on the UI thread (frames arrive through PagePlayback).
    private @Nullable UI ui;
    private @Nullable ScenarioSpec spec;
    /** Tells an embedding lesson page how the runs ended or where they paused. */
    private final org.gdplayground.ui.common.EmbedReport embedReport =
            new org.gdplayground.ui.common.EmbedReport("compare");
    private @Nullable Objective objective;
    private List<Scenario> scenarios = List.of();
    /** The rows that were enabled when the shown comparison started, in run order. */
    private List<RunRow> active = List.of();
    private volatile Pictures.@Nullable Setup setup;
    /** The playback of the comparison on screen. */
    private final PagePlayback playbacks = new PagePlayback(() -> this.ui);
    private boolean formInvalid;
    private List<SummaryRow> summaryRows = List.of();
    /** The frame, the run whose table and explanation are shown, the cursor, following and playing. */
    private final RunPage page = new RunPage(RunPage.Throttles.COMPARE);
    private final PlaybackControls transport = new PlaybackControls(page, playbacks::current,
            () -> Objects.requireNonNullElse(this.speed.getValue(), Speed.FAST), this::updateButtons);
    private boolean populating;
    private boolean rebuildingTabs;
    private List<ParamError> pendingLinkErrors = List.of();
    private volatile boolean logScale;
    private String currentQuery = "";
    final FrameCost cost = new FrameCost();

    public CompareView(ScenarioParser parser, ScenarioFactory factory, RunService runService, Messages messages,
            ContourCache contours, Limits limits, BasinService basins) {
        this.basinCard = new BasinCard(basins);
        this.contourCard = new ContourCard("cmp.contour", contours, false);
        this.contour = contourCard.chart();
        this.surface3d = contourCard.surface3d();
        this.curveCard = new SvgCard(curve, "cmp.curve", SvgCard.dimension(1), null);
        sweepCaption.addClassName("gdp-note");
        this.sweepCard = new SvgCard(sweepChart, "cmp.sweepChart", o -> spec != null && isSweep(spec), null,
                sweepCaption);
        this.cards = new ChartCards(List.of(contourCard, curveCard, lossCard, sweepCard, basinCard,
                new RateMapCard()));
        this.parser = parser;
        this.factory = factory;
        this.runService = runService;
        this.messages = messages;
        this.contours = contours;
        this.limits = limits;
        this.form = new SharedForm(limits, this::formChanged, "cmp.init.tip", "cmp.tol.tip");
        addClassName("gdp-compare");
        build();
    }

    // ---------------------------------------------------------------- layout

    private void build() {
        speed.setId("speed");
        speed.setItems(Speed.values());
        speed.setValue(Speed.FAST);
        speed.addValueChangeListener(e -> {
            if (e.isFromClient() && refuseLocked(Control.SPEED)) {
                return;
            }
            Playback p = playbacks.current();
            if (p != null && e.getValue() != null) {
                p.speed(e.getValue());
            }
        });
        transport.wire(play, step, reset, this::refuseWhileInvalid, () -> { });
        share.setId("share");
        share.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        share.addClickListener(e -> copyLink());
        preset.setId("preset");
        preset.setItems(Preset.values());
        preset.addValueChangeListener(e -> {
            if (!populating && e.getValue() != null) {
                loadPreset(e.getValue());
            }
        });
        fairNote.setId("fair-note");
        fairNote.addClassName("gdp-fair-note");
        keysHint.addClassName("gdp-hint");

        Div buttons = new Div(play, step, reset, share,
                new org.gdplayground.ui.common.CodeButton(parser, this::spec, this::selectedRun));
        buttons.addClassName("gdp-buttons");
        lockedNote.setId("locked-note");
        lockedNote.addClassName("gdp-hint");
        lockedNote.setVisible(false);
        policyBoxes = List.of(Layout.section(form.fn, form.expr), Layout.section(form.initMode, form.initBox),
                Layout.section(form.steps, form.batch, form.shuffle, form.seed), form.advanced);
        Div controls = new Div(buttons, speed, keysHint, lockedNote, preset, fairNote, policyBoxes.get(0),
                policyBoxes.get(1), policyBoxes.get(2));
        form.advanced.add(Layout.section(form.grad, form.h, form.schedule, form.scheduleBox, form.warmup, form.tol,
                form.lossTol));
        controls.add(form.advanced);
        controls.addClassName("gdp-controls");

        addRun.setId("add-run");
        addRun.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addRun.addClickListener(e -> addRun());
        runsBox.setId("runs");
        runsBox.addClassName("gdp-runs");
        buildSweep();
        Div runsCard = new Div(Layout.header(runsTitle, addRun), runsBox, sweep);
        runsCard.addClassName("gdp-card");
        runsCard.addClassName("gdp-runs-card");

        status.setId("status");
        status.addClassName("gdp-status");
        linkErrors.setId("link-errors");
        linkErrors.addClassName("gdp-link-errors");
        linkErrors.setVisible(false);
        legend.setId("legend");
        legend.addClassName("gdp-legend");

        contour.addPickListener(this::startAt);
        lossLog.addValueChangeListener(e -> {
            if (e.isFromClient() && refuseLocked(Control.LOG)) {
                return;
            }
            logScale = e.getValue();
            lossCard.logScale(logScale);
        });
        Div views = new Div(cards.components());
        views.addClassName("gdp-views");

        buildSummary();
        Div summaryCard = new Div(Layout.header(summaryTitle), summary);
        summaryCard.addClassName("gdp-card");

        tableRuns.setId("table-run");
        org.gdplayground.ui.common.A11y.plainTabs(tableRuns);
        tableRuns.addClassName("gdp-table-runs");
        tableRuns.addSelectedChangeListener(e -> {
            int i = tableRuns.getSelectedIndex();
            if (!rebuildingTabs && i >= 0 && i != page.selected()) {
                cursorMoved(page.selectRun(i));
            }
        });
        table.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(r -> {
            if (e.isFromClient()) {
                int i = page.records().indexOf(r);
                if (i >= 0) {
                    cursorMoved(page.scrub(i));
                }
            }
        }));
        Div tableCard = new Div(Layout.header(tableTitle), tableRuns, table);
        tableCard.addClassName("gdp-card");
        tableCard.addClassName("gdp-table-card");
        Div explainCard = new Div(Layout.header(explainTitle), explain);
        explainCard.addClassName("gdp-card");
        explainCard.addClassName("gdp-explain-card");
        Div lower = new Div(tableCard, explainCard);
        lower.addClassName("gdp-lower");

        // The pictures come right under the status, so Play visibly moves them on a laptop screen (1366×768); the run
        // list follows them.
        Div main = new Div(status, linkErrors, legend, views, runsCard, summaryCard, lower);
        main.addClassName("gdp-main");
        add(controls, main);
    }

    private void buildSweep() {
        sweep.setId("sweep");
        sweep.addClassName("gdp-sweep");
        sweepOpt.setId("sweep-opt");
        sweepOpt.setItems(Optimizers.keys());
        sweepOpt.setValue("sgd");
        sweepFrom.setId("sweep-from");
        sweepFrom.setValue("0.0001");
        sweepTo.setId("sweep-to");
        sweepTo.setValue("1");
        sweepCount.setId("sweep-count");
        sweepCount.setValue(Integer.toString(Math.min(5, limits.maxCompareRuns())));
        sweepList.setId("sweep-list");
        for (TextField f : List.of(sweepFrom, sweepTo, sweepCount, sweepList)) {
            f.setManualValidation(true);
            f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        }
        sweepCreate.setId("sweep-create");
        sweepCreate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        sweepCreate.addClickListener(e -> createSweep());
        sweepHint.addClassName("gdp-note");
        Div fields = new Div(sweepOpt, sweepFrom, sweepTo, sweepCount, sweepList, sweepCreate);
        fields.addClassName("gdp-sweep-fields");
        sweep.add(sweepHint, fields);
    }

    private void buildSummary() {
        summary.setId("summary");
        summary.addClassName("gdp-summary");
        summary.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        summary.setAllRowsVisible(true);
        summary.setSelectionMode(Grid.SelectionMode.NONE);
        summary.addColumn(LitRenderer.<SummaryRow>of(
                "<span class=\"gdp-swatch\" style=\"background:${item.color}\"></span>")
                .withProperty("color", SummaryRow::color)).setKey("color").setWidth("2.2rem").setFlexGrow(0);
        // Fixed widths: auto widths would be measured on the first frame ("ready") and cut later texts.
        summary.addColumn(SummaryRow::rank).setKey("rank").setWidth("4.5rem").setFlexGrow(0)
                .setComparator(java.util.Comparator.comparingInt(SummaryRow::rank));
        summary.addColumn(SummaryRow::label).setKey("run").setWidth("10rem").setFlexGrow(2);
        summary.addColumn(this::statusCell).setKey("status").setWidth("8.5rem").setFlexGrow(1);
        summary.addColumn(LitRenderer.<SummaryRow>of(
                "<span class=\"gdp-final-loss\" data-run=\"${item.run}\">${item.text}</span>")
                .withProperty("run", r -> r.index() + 1)
                .withProperty("text", r -> Formats.num(r.finalLoss())))
                .setKey("final").setWidth("6.5rem").setComparator(byNumber(SummaryRow::finalLoss));
        summary.addColumn(r -> number(r.bestLoss())).setKey("best").setWidth("6.5rem")
                .setComparator(byNumber(SummaryRow::bestLoss));
        summary.addColumn(this::tolCell).setKey("tol").setWidth("6.5rem");
        summary.addColumn(r -> number(r.distance())).setKey("distance").setWidth("6.5rem")
                .setComparator(byNumber(SummaryRow::distance));
        summary.addColumn(r -> r.diagnosis().code() == org.gdplayground.engine.diagnosis.Diagnosis.Code.NONE ? "—"
                : org.gdplayground.system.DiagnosisText.of(r.diagnosis(), this::getTranslation))
                .setKey("where").setWidth("18rem").setFlexGrow(3);
        // Engine time is a detail (it varies run to run and says nothing about the optimizer): hidden unless asked.
        summary.addColumn(r -> String.format(Locale.ROOT, "%.1f", r.engineMs())).setKey("time").setWidth("5.5rem")
                .setComparator(byNumber(SummaryRow::engineMs)).setVisible(false);
        summary.getColumns().forEach(c -> c.setResizable(true));
    }

    /** Numbers sort ascending with NaN (none) last. */
    private static Comparator<SummaryRow> byNumber(java.util.function.ToDoubleFunction<SummaryRow> f) {
        return (a, b) -> {
            double x = f.applyAsDouble(a);
            double y = f.applyAsDouble(b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
            }
            return Double.compare(x, y);
        };
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * The classroom's hook, when the app has one: a student's compare page keeps the class link's hide and lock, shows
     * the class badge and reports its first run (optimizer, lr, progress and result) to the class.
     */
    private org.gdplayground.classroom.@Nullable RunReporter reporter;
    private org.gdplayground.classroom.RunReporter.@Nullable Page classPage;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setRunReporter(org.gdplayground.classroom.RunReporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ui = event.getUI();
        if (reporter != null) {
            ControlPolicy.follow(VaadinSession.getCurrent(), reporter.classScenario(ui), parser,
                    ScenarioParser.Mode.COMPARE);
        }
        ViewParams.Parsed link = ViewParams.parse(event.getLocation().getQueryParameters().getParameters());
        Map<String, List<String>> query = link.scenario().isEmpty()
                ? QueryParameters.fromString(WELCOME).getParameters() : link.scenario();
        ScenarioParser.Result result = parser.parse(query, ScenarioParser.Mode.COMPARE);
        ScenarioSpec s = result.spec();
        if (result.ok() && s.runs().size() == 1 && query.keySet().stream().noneMatch(k -> INDEXED.matcher(k)
                .matches())) {
            s = withSecondRun(s);
        }
        List<ParamError> errors = new ArrayList<>(result.errors());
        errors.addAll(link.errors());
        pendingLinkErrors = errors;
        ScenarioSpec opening = s;
        ControlPolicy opened = ControlPolicy.imposed(VaadinSession.getCurrent())
                .map(p -> p.over(opening, link.view(), parser, ScenarioParser.Mode.COMPARE))
                .orElseGet(() -> ControlPolicy.of(opening, link.view()));
        policy = opened;
        logScale = opened.view().log();
        lossLog.setValue(logScale);
        speed.setValue(opened.view().speed());
        load(opened.scenario());
    }

    /**
     * A playground link (one un-indexed run) opens as that run plus a second one to compare it with: momentum at the
     * same learning rate (Adam when the first run already is momentum).
     */
    private ScenarioSpec withSecondRun(ScenarioSpec s) {
        Map<String, String> q = canonicalParameters(s);
        String second = s.run().opt().equals("momentum") ? "adam" : "momentum";
        q.put("opt.2", second);
        q.put("lr.2", ScenarioQuery.number(s.run().lr()));
        ScenarioParser.Result r = parser.parse(ScenarioQuery.asQuery(q), ScenarioParser.Mode.COMPARE);
        return r.ok() ? r.spec() : s;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
        ui.getPage().addJavaScript("context://gdp/keys.js");
        PageLease.install(this, playbacks::current);
        localize();
        if (reporter != null && classPage == null) {
            UI attached = ui;
            classPage = reporter.attach(this, attached, new org.gdplayground.classroom.RunReporter.Controls() {
                @Override
                public void open(String query) {
                    attached.navigate("", QueryParameters.fromString(query)); // a playground link
                }

                @Override
                public void pause() {
                    transport.pause();
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (classPage != null) {
            classPage.detach();
            classPage = null;
        }
        playbacks.close();
        ui = null;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cmp.title") + " · " + getTranslation("app.title");
    }

    // ---------------------------------------------------------------- scenario ↔ form

    /** Shows a valid spec: shared fields, one enabled row per run; starts its (paused) playback at k = 0. */
    private void load(ScenarioSpec s) {
        populating = true;
        try {
            Objective o = factory.objective(s);
            form.populate(s, o);
            form.clearErrors();
            rows.clear();
            runsBox.removeAll();
            List<String> names = Axes.of(o).names();
            for (int i = 0; i < s.runs().size(); i++) {
                RunRow row = newRow(i);
                row.load(s.runs().get(i), names);
                rows.add(row);
                runsBox.add(row);
            }
            renumber();
        } finally {
            populating = false;
        }
        form.localize(this::getTranslation);
        page.selectFirst();
        start(s);
        showLinkErrors();
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
        if (fixed().contains(Control.RUNS)) {
            return;
        }
        if (rows.size() >= limits.maxCompareRuns()) {
            return;
        }
        List<String> used = rows.stream().map(r -> r.opt.getValue()).toList();
        String key = Optimizers.keys().stream().filter(k -> !used.contains(k)).findFirst().orElse("sgd");
        double lr = spec == null ? Optimizers.specs(key).get(0).def() : spec.runs().getLast().lr();
        Map<String, Double> defaults = new LinkedHashMap<>();
        Optimizers.specs(key).stream().filter(p -> !p.name().equals("lr")).forEach(p -> defaults.put(p.name(),
                p.def()));
        boolean[] taken = new boolean[Math.max(limits.maxCompareRuns(), rows.size() + 1)];
        rows.forEach(r -> {
            if (r.colorSlot() < taken.length) {
                taken[r.colorSlot()] = true;
            }
        });
        int slot = 0;
        while (slot < taken.length - 1 && taken[slot]) {
            slot++;
        }
        RunRow row = newRow(slot);
        populating = true;
        try {
            row.load(new RunSpec(key, lr, defaults, null), Axes.of(currentObjective()).names());
        } finally {
            populating = false;
        }
        rows.add(row);
        runsBox.add(row);
        renumber();
        formChanged(addRun);
    }

    void removeRow(RunRow row) {
        if (fixed().contains(Control.RUNS)) {
            return;
        }
        if (rows.size() <= 1) {
            return;
        }
        rows.remove(row);
        runsBox.remove(row);
        renumber();
        formChanged(runsBox);
    }

    private Objective currentObjective() {
        Objective o = objective;
        return o != null ? o : Objectives.builtin(ScenarioParser.DEFAULT_FN).orElseThrow();
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

    /** Any control changed: validate the whole comparison on the server; a valid change starts it over. */
    private void formChanged(Component source) {
        if (populating) {
            return;
        }
        if (refuseLocked(source)) {
            return;
        }
        populating = true;
        try {
            structure(source);
        } finally {
            populating = false;
        }
        clearErrors();
        List<RunRow> enabled = rows.stream().filter(RunRow::included).toList();
        if (enabled.isEmpty()) {
            transport.pause();
            formInvalid = true;
            invalid(getTranslation("cmp.noRuns"));
            return;
        }
        ScenarioParser.Result result = parser.parse(formQuery(enabled), ScenarioParser.Mode.COMPARE);
        if (!result.ok()) {
            List<String> elsewhere = markErrors(result.errors(), enabled);
            transport.pause();
            formInvalid = true;
            invalid(elsewhere.isEmpty() ? getTranslation("pg.invalid")
                    : getTranslation("pg.invalid") + " " + String.join(" ", elsewhere));
            return;
        }
        formInvalid = false;
        ScenarioSpec s = policy.enforce(result.spec(), parser, ScenarioParser.Mode.COMPARE);
        if (!s.equals(result.spec().withControls(s.hide(), s.lock()))) {
            load(s);
            return;
        }
        if (source == form.fn || source == form.schedule || source == form.grad || source == form.initMode) {
            populating = true;
            try {
                form.populate(s, factory.objective(s));
            } finally {
                populating = false;
            }
            form.localize(this::getTranslation);
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
            if (o == null) {
                o = Objectives.builtin(ScenarioParser.DEFAULT_FN).orElseThrow();
            }
            form.expr.setVisible(ScenarioParser.CUSTOM.equals(fn));
            form.buildInit(o, List.of());
            List<String> names = Axes.of(o).names();
            rows.forEach(r -> r.surfaceChanged(names));
            form.localize(this::getTranslation);
            showPolicy();
        } else if (source == form.schedule) {
            form.buildSchedule(Objects.requireNonNullElse(form.schedule.getValue(), "constant"), Map.of());
            form.localize(this::getTranslation);
            showPolicy();
        } else if (source == form.grad) {
            form.h.setVisible(!"analytic".equals(form.grad.getValue()));
        } else if (source == form.initMode) {
            boolean given = "given".equals(form.initMode.getValue());
            form.init.forEach(f -> f.setEnabled(given));
        }
    }

    /** Marks each error on its field (run errors on that run's row); returns the messages that have no field. */
    private List<String> markErrors(List<ParamError> errors, List<RunRow> enabled) {
        List<String> elsewhere = new ArrayList<>();
        for (ParamError e : errors) {
            String msg = e.message(messages, getLocale());
            Matcher m = INDEXED.matcher(e.param());
            if (m.matches()) {
                int index = Integer.parseInt(m.group(2));
                if (index >= 1 && index <= enabled.size()) {
                    enabled.get(index - 1).markError(m.group(1), msg);
                    continue;
                }
            } else if (!form.fieldsFor(e.param()).isEmpty()) {
                form.markError(e.param(), msg);
                continue;
            }
            elsewhere.add(msg);
        }
        return elsewhere;
    }

    private void clearErrors() {
        status.removeClassName("gdp-status-invalid");
        form.clearErrors();
        rows.forEach(RunRow::clearErrors);
    }

    /** Honest Play: while a field is invalid, Play and Step start nothing and the status says so. */
    private boolean refuseWhileInvalid() {
        if (!formInvalid || transport.playing()) {
            return false;
        }
        invalid(getTranslation("pg.invalid.play"));
        return true;
    }

    private void invalid(String text) {
        status.setText(text);
        status.addClassName("gdp-status-invalid");
        status.getElement().setAttribute("data-state", "invalid");
    }

    private void showLinkErrors() {
        PageLinks.showErrors(linkErrors, pendingLinkErrors, messages, getLocale(), this::getTranslation);
    }

    /** Click on the contour: every run without its own start starts there. */
    void startAt(double x, double y) {
        if (fixed().contains(Control.INIT)) {
            return;
        }
        if (form.init.size() != 2 || !"given".equals(Objects.requireNonNullElse(form.initMode.getValue(), "given"))) {
            return;
        }
        populating = true;
        form.init.get(0).setValue(ScenarioQuery.number(Math.round(x * 1000) / 1000.0));
        form.init.get(1).setValue(ScenarioQuery.number(Math.round(y * 1000) / 1000.0));
        populating = false;
        formChanged(form.init.get(0));
    }

    // ---------------------------------------------------------------- presets and sweeps

    void loadPreset(Preset p) {
        if (fixed().contains(Control.PRESET)) {
            return;
        }
        pendingLinkErrors = List.of();
        ScenarioParser.Result r = parser.parse(QueryParameters.fromString(p.query()).getParameters(),
                ScenarioParser.Mode.COMPARE);
        load(r.spec());
        populating = true;
        preset.clear();
        populating = false;
    }

    /** Replaces the runs with one optimizer at several learning rates; the shared settings stay. */
    void createSweep() {
        if (fixed().contains(Control.RUNS)) {
            return;
        }
        for (TextField f : List.of(sweepFrom, sweepTo, sweepCount, sweepList)) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
        int max = limits.maxCompareRuns();
        List<Double> lrs;
        if (!sweepList.getValue().isBlank()) {
            lrs = Sweep.parseList(sweepList.getValue());
            if (lrs == null || lrs.isEmpty() || lrs.size() > max) {
                sweepError(sweepList, getTranslation("cmp.sweep.invalid.list", max));
                return;
            }
        } else {
            Double from = Sweep.positive(sweepFrom.getValue());
            Double to = Sweep.positive(sweepTo.getValue());
            Integer count = wholeIn(sweepCount.getValue(), 2, max);
            if (from == null) {
                sweepError(sweepFrom, getTranslation("cmp.sweep.invalid.positive"));
            }
            if (to == null) {
                sweepError(sweepTo, getTranslation("cmp.sweep.invalid.positive"));
            }
            if (count == null) {
                sweepError(sweepCount, getTranslation("cmp.sweep.invalid.count", max));
            }
            if (from == null || to == null || count == null) {
                return;
            }
            lrs = Sweep.logSpaced(from, to, count);
        }
        String key = Objects.requireNonNullElse(sweepOpt.getValue(), ScenarioParser.DEFAULT_OPT);
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
            invalid(getTranslation("pg.invalid") + (elsewhere.isEmpty() ? "" : " " + String.join(" ", elsewhere)));
            return;
        }
        pendingLinkErrors = List.of();
        load(r.spec());
    }

    private void sweepError(TextField f, String message) {
        f.setInvalid(true);
        f.setErrorMessage(message);
        sweep.setOpened(true);
    }

    private static @Nullable Integer wholeIn(String text, int min, int max) {
        try {
            int v = Integer.parseInt(text.trim());
            return v >= min && v <= max ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the runs differ only in learning rate (same optimizer and hyper-parameters, shared start). */
    static boolean isSweep(ScenarioSpec s) {
        List<RunSpec> runs = s.runs();
        if (runs.size() < 2) {
            return false;
        }
        RunSpec first = runs.get(0);
        return runs.stream().allMatch(r -> r.opt().equals(first.opt()) && r.hyper().equals(first.hyper())
                && r.init() == null) && runs.stream().map(RunSpec::lr).distinct().count() == runs.size();
    }

    // ---------------------------------------------------------------- playback

    /**
     * Step records a page keeps per run: every step, but together no more than one playground run may keep
     * ({@code limits.uiRecords()}), so eight long runs do not hold eight times the memory; beyond that the engine thins
     * them evenly (the final step is always kept).
     */
    static int recordsPerRun(ScenarioSpec s, Limits limits) {
        long perRun = Math.max(2, limits.uiRecords() / s.runs().size());
        return (int) Math.min(s.steps() + 1L, perRun);
    }

    private void start(ScenarioSpec s) {
        playbacks.close();
        spec = s;
        Objective o = factory.objective(s);
        objective = o;
        scenarios = factory.scenarios(s, recordsPerRun(s, limits));
        active = rows.stream().filter(RunRow::included).toList();
        summaryRows = List.of();
        page.start(o, s.runs().size());
        configureViews(o, s, playbacks.generation(), true);
        playbacks.open(runService, scenarios, Objects.requireNonNullElse(speed.getValue(), Speed.FAST),
                new PagePlayback.Frames<Rendered>() {
                    @Override
                    public @Nullable Rendered prepare(Frame f, int generation) {
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
                    public void show(Frame f, @Nullable Rendered r) {
                        if (r == null) {
                            return;
                        }
                        long t1 = System.nanoTime();
                        onFrame(f, r.pictures());
                        long apply = System.nanoTime() - t1;
                        cost.add(r.nanos(), apply);
                        if (log.isDebugEnabled()) {
                            log.debug("compare frame: {} runs at k = {}, render {} ms + apply {} ms", f.runs().size(),
                                    f.step(), String.format(Locale.ROOT, "%.2f", r.nanos() / 1e6),
                                    String.format(Locale.ROOT, "%.2f", apply / 1e6));
                        }
                    }

                    @Override
                    public void busy() {
                        page.setPlaying(false);
                        updateButtons();
                        status.setText(getTranslation("pg.busy"));
                    }
                });
        updateUrl(s);
    }

    /** A frame's pictures rendered on the playback thread (null when not due), and the time that took. */
    private record Rendered(@Nullable Pictures pictures, long nanos) {
    }

    /** Views that depend on the surface and the runs, not on the frame: contour, cards, legend, tabs, table. */
    private void configureViews(Objective o, ScenarioSpec s, int gen, boolean fresh) {
        List<ChartSpecs.Series> series = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        List<Double> lrs = new ArrayList<>();
        for (int i = 0; i < s.runs().size(); i++) {
            labels.add(label(active.get(i).number(), s.runs().get(i)));
            colors.add(active.get(i).color());
            lrs.add(s.runs().get(i).lr());
            series.add(new ChartSpecs.Series(Integer.toString(i), labels.get(i), colors.get(i)));
        }
        // The page's legend strip names every run once; the charts need none of their own.
        cards.configure(new ChartCard.Scene(o, scenarios, series, labels, false, fresh, this::getTranslation));
        boolean isSweep = isSweep(s);
        if (!isSweep) {
            sweepChart.setSvg("");
        }
        setup = new Pictures.Setup(gen, o, null, labels, colors, lrs, s.tol(), isSweep,
                new Pictures.Texts(getTranslation("table.k"), getTranslation("table.loss"),
                        getTranslation("cmp.sweepChart.lr"), getTranslation("cmp.sweepChart.loss"),
                        getTranslation("cmp.sweepChart.diverged"), getTranslation("cmp.sweepChart.best"),
                        getTranslation("pg.slope")));
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

    private void configureTable() {
        ScenarioSpec s = spec;
        Objective o = objective;
        if (s == null || o == null || scenarios.isEmpty()) {
            return;
        }
        Optimizer optimizer = scenarios.get(page.selected()).optimizer();
        table.configure(o.dimension(), Axes.of(o).names(), optimizer.init(o.dimension()).names(),
                o.data().isPresent() && s.batch() != null, this::getTranslation);
    }

    private static Span swatch(String color) {
        Span s = new Span();
        s.addClassName("gdp-swatch");
        s.getStyle().set("background", color);
        return s;
    }

    /** "2 · Adam · lr 0.03", with " · from (1, -1)" for a run with its own start. */
    private String label(int number, RunSpec run) {
        String name = getTranslation("cmp.short." + run.opt());
        String lr = ScenarioQuery.number(run.lr());
        if (run.init() != null) {
            String start = String.join(", ", run.init().stream().map(ScenarioQuery::number).toList());
            return getTranslation("cmp.label.start", Integer.toString(number), name, lr, "(" + start + ")");
        }
        return getTranslation("cmp.label", Integer.toString(number), name, lr);
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
        updateStatus(f);
        ScenarioSpec shown = spec;
        if (shown != null) {
            embedReport.offer(this, shown, f.runs(), u.playing());
            if (classPage != null && !f.runs().isEmpty()) {
                classPage.frame(shown, f.runs().get(0), u.playing());
            }
        }
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
        Pictures.Setup su = Objects.requireNonNull(setup);
        return Pictures.render(su, Objects.requireNonNull(page.frame()), page.follow() ? -1 : page.selected(),
                page.cursor(), logScale);
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
        StepRecord rec = u.record();
        int i = u.selected();
        if (o == null || rec == null || scenarios.size() <= i) {
            explain.clear();
            return;
        }
        Pictures.Setup su = setup;
        explain.run(su == null ? "" : su.labels().get(i), su == null ? null : su.colors().get(i));
        explain.show(scenarios.get(i).optimizer(), rec, u.previous(), Axes.of(o).names(), this::getTranslation, null);
    }

    private void updateButtons() {
        transport.show(this, play, step, this::getTranslation);
    }

    private void updateStatus(Frame f) {
        status.removeClassName("gdp-status-invalid");
        ScenarioSpec s = Objects.requireNonNull(spec);
        int n = f.runs().size();
        String k = Integer.toString(f.step());
        String steps = Integer.toString(s.steps());
        long going = f.runs().stream().filter(r -> !r.finished()).count();
        String state;
        if (f.finished()) {
            state = "finished";
            long all = f.runs().stream().filter(r -> r.status() == Status.MAX_STEPS).count();
            long converged = f.runs().stream().filter(r -> r.status() == Status.CONVERGED).count();
            long diverged = f.runs().stream().filter(r -> r.status() == Status.DIVERGED).count();
            status.setText(getTranslation("cmp.status.finished", Integer.toString(n), Long.toString(all),
                    Long.toString(converged), Long.toString(diverged)));
        } else if (f.step() == 0 && !transport.playing()) {
            state = "ready";
            status.setText(getTranslation("cmp.status.ready", Integer.toString(n), steps));
        } else {
            state = transport.playing() ? "running" : "paused";
            status.setText(getTranslation("cmp.status." + state, k, steps, Long.toString(going),
                    Integer.toString(n)));
        }
        status.getElement().setAttribute("data-state", state);
        status.getElement().setAttribute("data-step", k);
    }

    private String statusCell(SummaryRow r) {
        String k = Integer.toString(r.k());
        return switch (r.status()) {
            case RUNNING -> r.k() == 0 && !transport.playing() ? getTranslation("cmp.st.ready")
                    : getTranslation(transport.playing() ? "cmp.st.running" : "cmp.st.paused", k);
            case MAX_STEPS -> getTranslation("cmp.st.maxSteps", k);
            case CONVERGED -> getTranslation("cmp.st.converged", k);
            case DIVERGED -> getTranslation("cmp.st.diverged", k);
            case CANCELLED -> getTranslation("cmp.st.cancelled", k);
        };
    }

    private String tolCell(SummaryRow r) {
        if (!r.tolSet()) {
            return getTranslation("cmp.none");
        }
        if (r.stepsToTol() != null) {
            return Integer.toString(r.stepsToTol());
        }
        return r.finished() ? getTranslation("cmp.tol.notReached") : getTranslation("cmp.tol.pending");
    }

    private String number(double v) {
        return Double.isNaN(v) ? getTranslation("cmp.none") : Formats.num(v);
    }

    // ---------------------------------------------------------------- hide and lock

    /**
     * Imposes a policy (a class's scenario with its hidden and locked controls) on this browser session and opens
     * its scenario here now; see {@code PlaygroundView.applyPolicy}. Call on the UI thread.
     */
    public void applyPolicy(ControlPolicy imposed) {
        ControlPolicy.impose(VaadinSession.getCurrent(), imposed);
        pendingLinkErrors = List.of();
        ControlPolicy opened = imposed.over(imposed.scenario(), imposed.view(), parser, ScenarioParser.Mode.COMPARE);
        policy = opened;
        logScale = opened.view().log();
        lossLog.setValue(logScale);
        speed.setValue(opened.view().speed());
        load(opened.scenario());
    }

    /** The policy the page shows now (the link's, combined with an imposed one). */
    public ControlPolicy policy() {
        return policy;
    }

    private Set<Control> fixed() {
        return policy.fixed(ScenarioParser.Mode.COMPARE);
    }

    /** The page's controls by id (the runs' fields included). */
    ControlSlots slots() {
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

    private void showPolicy() {
        Set<Control> fixed = fixed();
        Set<Control> locked = java.util.EnumSet.noneOf(Control.class);
        locked.addAll(fixed);
        locked.removeAll(policy.hidden());
        slots().apply(policy.hidden(), locked);
        ControlPolicyNote.show(lockedNote, policy.locked(), this::getTranslation);
    }

    /** Whether a change of a fixed control was refused (the page then shows the fixed value again). */
    private boolean refuseLocked(Component source) {
        return slots().controlOf(source).map(this::refuseLocked).orElse(false);
    }

    private boolean refuseLocked(Control c) {
        if (!fixed().contains(c)) {
            return false;
        }
        ScenarioSpec s = spec;
        if (c.scenario() && s != null) {
            load(s);
        } else if (c == Control.SPEED) {
            speed.setValue(policy.view().speed());
        } else if (c == Control.LOG) {
            lossLog.setValue(policy.view().log());
        }
        return true;
    }

    // ---------------------------------------------------------------- link

    /** The spec as link parameters, runs always indexed ({@code opt.1=…}) so a one-run comparison stays one. */
    Map<String, String> canonicalParameters(ScenarioSpec s) {
        Map<String, String> p = ScenarioQuery.toParameters(s, limits.maxPoints());
        if (s.runs().size() > 1 || s.run().init() != null) {
            return p;
        }
        List<String> perRun = ScenarioParser.runNames();
        Map<String, String> out = new LinkedHashMap<>();
        p.forEach((k, v) -> out.put(perRun.contains(k) && !k.equals("init") ? k + ".1" : k, v));
        return out;
    }

    /** The canonical query string of a spec on this page. */
    String canonicalQuery(ScenarioSpec s) {
        String q = ScenarioQuery.toQueryString(s, limits.maxPoints());
        if (s.runs().size() > 1 || s.run().init() != null) {
            return q;
        }
        List<String> perRun = ScenarioParser.runNames();
        List<String> parts = new ArrayList<>();
        for (String part : q.split("&")) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            parts.add(perRun.contains(name) && !name.equals("init") ? name + ".1" + part.substring(name.length())
                    : part);
        }
        return String.join("&", parts);
    }

    /**
     * Puts the canonical link in the address bar. Written with {@code history.replaceState} directly (keeping the
     * router's history state): Flow's {@code History.replaceState} re-serialises the query through a hash map and
     * would scramble the canonical order ({@code fn} first, runs in order).
     */
    private void updateUrl(ScenarioSpec s) {
        currentQuery = canonicalQuery(s);
        UI u = ui;
        if (u != null) {
            u.getPage().executeJs("setTimeout(() => { window.history.replaceState(window.history.state, '', $0);"
                    + " window.dispatchEvent(new CustomEvent('vaadin-navigated')); })", "compare?" + currentQuery
                    + new ViewParams(false, logScale, Objects.requireNonNullElse(speed.getValue(), Speed.FAST), null)
                            .suffix(getLocale()));
        }
    }

    /** The canonical query string of what is on screen (for tests and the share button). */
    String currentQuery() {
        return currentQuery;
    }

    private void copyLink() {
        PageLinks.copy(ui, url -> getTranslation("pg.share.done", url));
    }

    // ---------------------------------------------------------------- text

    private void localize() {
        cards.localize(this::getTranslation);
        form.localize(this::getTranslation);
        showPolicy();
        speed.setLabel(getTranslation("pg.speed"));
        speed.setItemLabelGenerator(s -> getTranslation("pg.speed." + s.key()));
        speed.setTooltipText(getTranslation("pg.speed.tip"));
        step.setText(getTranslation("pg.step"));
        step.setTooltipText(getTranslation("cmp.step.tip"));
        reset.setText(getTranslation("pg.reset"));
        reset.setTooltipText(getTranslation("pg.reset.tip"));
        share.setText(getTranslation("pg.share"));
        share.setTooltipText(getTranslation("cmp.share.tip"));
        play.setTooltipText(getTranslation("cmp.play.tip"));
        keysHint.setText(getTranslation("pg.keys"));
        preset.setLabel(getTranslation("cmp.preset"));
        preset.setPlaceholder(getTranslation("cmp.preset.placeholder"));
        preset.setItemLabelGenerator(p -> p == null ? "" : getTranslation("cmp.preset." + p.key()));
        preset.setTooltipText(getTranslation("cmp.preset.tip"));
        addRun.setText(getTranslation("cmp.addRun"));
        addRun.setTooltipText(getTranslation("cmp.addRun.tip", limits.maxCompareRuns()));
        rows.forEach(RunRow::localize);
        runsTitle.setText(getTranslation("cmp.runs", rows.size(), limits.maxCompareRuns()));
        sweep.setSummaryText(getTranslation("cmp.sweep"));
        sweepHint.setText(getTranslation("cmp.sweep.hint", limits.maxCompareRuns()));
        sweepOpt.setLabel(getTranslation("cmp.sweep.opt"));
        sweepOpt.setItemLabelGenerator(k -> getTranslation("opt." + k + ".name"));
        sweepFrom.setLabel(getTranslation("cmp.sweep.from"));
        sweepTo.setLabel(getTranslation("cmp.sweep.to"));
        sweepCount.setLabel(getTranslation("cmp.sweep.count"));
        sweepList.setLabel(getTranslation("cmp.sweep.list"));
        sweepList.setPlaceholder(getTranslation("cmp.sweep.list.placeholder"));
        sweepCreate.setText(getTranslation("cmp.sweep.create"));
        sweepCaption.setText(getTranslation("cmp.sweepChart.caption"));
        summaryTitle.setText(getTranslation("cmp.summary"));
        summary.getColumnByKey("run").setHeader(getTranslation("cmp.col.run"));
        summary.getColumnByKey("status").setHeader(getTranslation("cmp.col.status"));
        summary.getColumnByKey("final").setHeader(getTranslation("cmp.col.final"));
        summary.getColumnByKey("best").setHeader(getTranslation("cmp.col.best"));
        summary.getColumnByKey("tol").setHeader(getTranslation("cmp.col.tol"));
        summary.getColumnByKey("distance").setHeader(getTranslation("cmp.col.distance"));
        summary.getColumnByKey("time").setHeader(getTranslation("cmp.col.time"));
        summary.getColumnByKey("rank").setHeader(getTranslation("cmp.col.rank"));
        summary.getColumnByKey("where").setHeader(getTranslation("cmp.col.where"));
        tableTitle.setText(getTranslation("cmp.table"));
        explainTitle.setText(getTranslation("pg.explain"));
        legend.getElement().setAttribute("aria-label", getTranslation("cmp.legend"));
        updateButtons();
        showLinkErrors();
        ScenarioSpec s = spec;
        Objective o = objective;
        if (s != null && o != null) {
            // Labels, legend, tabs and chart texts in the new language; the playback goes on.
            configureViews(o, s, playbacks.generation(), false);
            Frame f = page.frame();
            if (f != null) {
                cursorMoved(page.redraw());
                updateStatus(f);
            } else {
                fairNote.setText(getTranslation("cmp.fair", Long.toString(s.seed())));
            }
        }
    }

    // ---------------------------------------------------------------- for tests

    @Nullable
    ScenarioSpec spec() {
        return spec;
    }

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

    boolean isPlaying() {
        return page.playing();
    }

    int selectedRun() {
        return page.selected();
    }

    int cursor() {
        return page.cursor();
    }

    /** Server time spent per frame, for the 8-run measurement. */
    static final class FrameCost {
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
}
