package org.gdplayground.ui.playground;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gdplayground.ui.common.LiveText;
import org.gdplayground.basin.BasinService;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.function.DataView;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.optimizer.NamedVector;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.scenario.Control;
import org.gdplayground.scenario.ParamError;
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
import org.gdplayground.ui.chart.ChartExports;
import org.gdplayground.ui.chart.ContourCache;
import org.gdplayground.ui.chart.ContourImage;
import org.gdplayground.ui.chart.LossChartSvg;
import org.gdplayground.ui.common.Axes;
import org.gdplayground.ui.common.HyperLabels;
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
import org.gdplayground.ui.common.LiveChart;
import org.gdplayground.ui.surface3d.ContourCard;
import org.gdplayground.ui.surface3d.Surface3dCard;
import org.gdplayground.ui.common.PageLease;
import org.gdplayground.ui.common.ExplainPanel;
import org.gdplayground.ui.common.Formats;
import org.gdplayground.ui.common.PlaybackControls;
import org.gdplayground.ui.common.PlotRenderer;
import org.gdplayground.ui.common.SharedForm;
import org.gdplayground.ui.common.StatusText;
import org.gdplayground.engine.run.StepCsv;
import org.gdplayground.ui.common.StepTable;
import org.gdplayground.ui.insight.CriticalLrMark;
import org.gdplayground.ui.insight.GradientCheckColumns;
import org.gdplayground.ui.insight.InsightPanel;
import org.gdplayground.ui.common.SvgPanel;
import org.gdplayground.ui.common.ViewParams;
import org.gdplayground.ui.data.DataUploadPanel;
import org.gdplayground.ui.compare.CompareView;
import org.jspecify.annotations.Nullable;

/**
 * The playground: pick a surface, set the learning rate and the start, press Play and watch the descent. Every
 * control speaks the scenario parameter language, so the form, the address bar and the API always agree; invalid
 * values are marked on their field with the server's message and start nothing, and what was typed stays.
 */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "playground", layout = MainLayout.class)
public class PlaygroundView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    /** The seeds' first lesson: x² + y² from (−3, 4) with lr 0.1. Opened when a link names no scenario. */
    static final String WELCOME = "fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=100";

    private final ScenarioParser parser;
    private final ScenarioFactory factory;
    private final RunService runService;
    private final Messages messages;
    private final ContourCache contours;
    private final Limits limits;

    // Controls (ids are stable: tests and the keyboard script use them).
    final SharedForm form;
    final DataUploadPanel dataUpload;
    final Select<String> opt = new Select<>();
    final TextField lr = new TextField();
    final org.gdplayground.ui.common.LrSlider lrSlider = new org.gdplayground.ui.common.LrSlider();
    final Div hyperBox = new Div();
    final Map<String, TextField> hyper = new LinkedHashMap<>();
    final Button hyperReset = new Button();
    final Select<Speed> speed = new Select<>();
    final Button play = new Button();
    final Button step = new Button();
    final Button reset = new Button();
    final Button share = new Button();
    final Button compareLink = new Button();

    // Views.
    final LiveText status = new org.gdplayground.ui.common.StatusLine();
    final Div linkErrors = new Div();
    /** The page's pictures: contour (with arrows and 3-D), 1-parameter curve, data plot, loss, basin map. */
    final ContourCard contourCard;
    final SvgCard curveCard;
    final SvgCard dataCard;
    final LossCard lossCard = new LossCard("pg.lossChart");
    /** The basin-of-attraction map beside the contour (ui.basin). */
    final BasinCard basinCard;
    final ChartCards cards;
    final LiveChart contour;
    final Surface3dCard surface3d;
    final SvgPanel curve = new SvgPanel("curve", "gdp-curve-panel");
    final SvgPanel dataPlot = new SvgPanel("data-plot", "gdp-data-panel");
    final LiveChart lossChart = lossCard.chart();
    final Checkbox lossLog = lossCard.log();
    final Checkbox arrows;
    final org.gdplayground.ui.common.StepSlider scrub = new org.gdplayground.ui.common.StepSlider();
    final StepTable table = new StepTable("step-table");
    final ExplainPanel explain = new ExplainPanel("explain");
    final CriticalLrMark lrMark = new CriticalLrMark(-6, 1);
    final InsightPanel insight = new InsightPanel(lrMark);
    final GradientCheckColumns checkColumns = new GradientCheckColumns(table);
    final Span leastSquares = new Span();
    final Anchor exportCsv = new Anchor();
    final Anchor exportContour = new Anchor();
    final Anchor exportLossPng = new Anchor();
    final Anchor exportLossSvg = new Anchor();
    final Anchor exportCurve = new Anchor();
    final Anchor exportData = new Anchor();

    private final H3 tableTitle = new H3();
    private final H3 explainTitle = new H3();
    private final Span keysHint = new Span();
    private final Span scrubLabel = new Span();
    private final LiveText scrubValue = new LiveText();

    // State, touched only on the UI thread (frames arrive through PagePlayback).
    private @Nullable UI ui;
    private @Nullable ScenarioSpec spec;
    /** The classroom's hook (reports a student's runs; absent outside a class). */
    private org.gdplayground.classroom.@Nullable RunReporter reporter;
    private org.gdplayground.classroom.RunReporter.@Nullable Page classPage;
    /** Tells an embedding lesson page how the run ended or where it paused. */
    private final org.gdplayground.ui.common.EmbedReport embedReport =
            new org.gdplayground.ui.common.EmbedReport("playground");
    private @Nullable Objective objective;
    /** The optimizer of the scenario on screen, built once per scenario (explanations need it every frame). */
    private @Nullable Optimizer optimizer;
    /** The playback of the scenario on screen. */
    private final PagePlayback playbacks = new PagePlayback(() -> this.ui);
    /** The scenario's run on screen (one: the playground is a comparison of one run). */
    private List<Scenario> scenarios = List.of();
    /** The frame, the cursor, following and playing, and the throttles that keep a frame cheap. */
    private final RunPage page = new RunPage(RunPage.Throttles.PLAYGROUND);
    private final PlaybackControls transport = new PlaybackControls(page, playbacks::current,
            () -> Objects.requireNonNullElse(this.speed.getValue(), Speed.FAST), this::updateButtons);
    private boolean populating;
    /** Whether a field holds an invalid value (then Play and Step start nothing). */
    private boolean formInvalid;
    private List<ParamError> pendingLinkErrors = List.of();
    private volatile boolean logScale;
    private volatile boolean showArrows;

    public PlaygroundView(ScenarioParser parser, ScenarioFactory factory, RunService runService, Messages messages,
            ContourCache contours, Limits limits, BasinService basins, DataUploadPanel dataUpload) {
        this.basinCard = new BasinCard(basins);
        this.contourCard = new ContourCard("pg.contour", contours, true);
        this.contour = contourCard.chart();
        this.surface3d = contourCard.surface3d();
        this.arrows = Objects.requireNonNull(contourCard.arrows());
        this.leastSquares.setId("least-squares");
        this.leastSquares.addClassName("gdp-note");
        this.curveCard = new SvgCard(curve, "pg.curve", SvgCard.dimension(1), this::drawCurve);
        this.dataCard = new SvgCard(dataPlot, "pg.data", o -> o.data().isPresent(), this::drawData,
                leastSquares);
        this.cards = new ChartCards(List.of(contourCard, curveCard, dataCard, lossCard, basinCard));
        this.parser = parser;
        this.factory = factory;
        this.runService = runService;
        this.messages = messages;
        this.contours = contours;
        this.limits = limits;
        this.form = new SharedForm(limits, this::formChanged, "pg.init.tip", "pg.tol.tip");
        this.dataUpload = dataUpload;
        addClassName("gdp-playground");
        build();
    }

    // ---------------------------------------------------------------- layout

    private void build() {
        opt.setId("opt");
        opt.setItems(Optimizers.keys());
        lr.setId("lr");
        lrSlider.setId("lr-slider");
        lrSlider.setType("range");
        lrSlider.getElement().setAttribute("min", "-6").setAttribute("max", "1").setAttribute("step", "0.01");
        lrSlider.addClassName("gdp-range");
        hyperBox.addClassName("gdp-fieldset");
        hyperReset.setId("hp-reset");
        hyperReset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        speed.setId("speed");
        speed.setItems(Speed.values());
        speed.setValue(Speed.FAST);
        transport.wire(play, step, reset, this::refuseWhileInvalid, () -> Layout.revealStatusOnPhones(this));
        share.setId("share");
        share.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        compareLink.setId("compare-link");
        compareLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        lr.setManualValidation(true);
        lr.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        lr.addValueChangeListener(e -> formChanged(lr));
        opt.addValueChangeListener(e -> formChanged(opt));
        lrSlider.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                lrFromSlider(e.getValue());
            }
        });
        hyperReset.addClickListener(e -> resetHyper());
        speed.addValueChangeListener(e -> {
            if (e.isFromClient() && refuseLocked(Control.SPEED)) {
                return;
            }
            Playback p = playbacks.current();
            if (p != null && e.getValue() != null) {
                p.speed(e.getValue());
            }
            updateViewInUrl();
        });
        share.addClickListener(e -> copyLink());
        compareLink.addClickListener(e -> compareLink.getUI().ifPresent(u -> u.navigate(CompareView.class,
                QueryParameters.fromString(currentQuery()))));

        Div controls = new Div();
        controls.addClassName("gdp-controls");
        Div problem = Layout.section(form.fn, form.expr, dataUpload);
        form.fn.addValueChangeListener(e -> dataUpload.showFor(e.getValue()));
        dataUpload.onStored(this::useDataset);
        Div optimizer = Layout.section(opt, lr, lrMark.wrap(lrSlider), hyperBox, hyperReset);
        Div start = Layout.section(form.initMode, form.initBox);
        Div runBox = Layout.section(form.steps, form.batch, form.shuffle, form.seed);
        form.advanced.add(Layout.section(form.grad, form.h, form.schedule, form.scheduleBox, form.warmup, form.tol,
                form.lossTol));
        Div buttons = new Div(play, step, reset, share, compareLink,
                new org.gdplayground.ui.common.CodeButton(parser, this::spec, () -> 0));
        buttons.addClassName("gdp-buttons");
        keysHint.addClassName("gdp-hint");
        controls.add(buttons, speed, keysHint, lockedNote, problem, optimizer, start, runBox, form.advanced);
        lockedNote.setId("locked-note");
        lockedNote.addClassName("gdp-hint");
        lockedNote.setVisible(false);
        policyBoxes = List.of(problem, optimizer, start, runBox, form.advanced);

        status.setId("status");
        status.addClassName("gdp-status");
        linkErrors.setId("link-errors");
        linkErrors.addClassName("gdp-link-errors");
        linkErrors.setVisible(false);

        arrows.addValueChangeListener(e -> {
            if (e.isFromClient() && refuseLocked(Control.ARROWS)) {
                return;
            }
            showArrows = e.getValue();
            page.arrows(showArrows);
            contourCard.showArrows(page.record());
            updateViewInUrl();
        });
        lossLog.addValueChangeListener(e -> {
            if (e.isFromClient() && refuseLocked(Control.LOG)) {
                return;
            }
            logScale = e.getValue();
            lossCard.logScale(logScale);
            updateViewInUrl();
        });
        contour.addPickListener(this::startAt);

        scrub.setId("scrub");
        scrub.setType("range");
        scrub.addClassName("gdp-range");
        scrub.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                scrubTo(org.gdplayground.ui.common.StepSlider.recordIndex(e.getValue(), records(), page.cursor()));
            }
        });
        Div scrubRow = new Div(scrubLabel, scrub, scrubValue);
        scrubRow.addClassName("gdp-scrub");

        table.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(r -> {
            if (e.isFromClient()) {
                int i = page.records().indexOf(r);
                if (i >= 0) {
                    scrubTo(i);
                }
            }
        }));
        exportCsv.setId("export-csv");
        exportContour.setId("export-contour");
        exportLossPng.setId("export-loss-png");
        exportLossSvg.setId("export-loss-svg");
        exportCurve.setId("export-curve");
        exportData.setId("export-data");
        for (Anchor a : List.of(exportCsv, exportContour, exportLossPng, exportLossSvg, exportCurve, exportData)) {
            a.addClassName("gdp-export");
        }
        exportCsv.setHref(DownloadHandler.fromInputStream(e -> bytes(StepCsv.write(records(), spec != null && spec.batch() != null).getBytes(
                StandardCharsets.UTF_8), "steps.csv", "text/csv")));
        exportContour.setHref(DownloadHandler.fromInputStream(e -> bytes(contourPng(), "contour.png", "image/png")));
        exportLossPng.setHref(DownloadHandler.fromInputStream(e -> bytes(ChartExports.lossPng(lossSeries(),
                logScale, 900, 500, "k", "loss"), "loss.png", "image/png")));
        exportLossSvg.setHref(DownloadHandler.fromInputStream(e -> bytes(ChartExports.lossSvg(lossSeries(),
                logScale, 900, 500, "k", "loss").getBytes(StandardCharsets.UTF_8), "loss.svg", "image/svg+xml")));
        exportCurve.setHref(DownloadHandler.fromInputStream(e -> bytes(curvePng(), "curve.png", "image/png")));
        exportData.setHref(DownloadHandler.fromInputStream(e -> bytes(dataPng(), "data.png", "image/png")));
        Div exports = new Div(exportCsv, exportContour, exportCurve, exportData, exportLossPng, exportLossSvg);
        exports.addClassName("gdp-exports");

        Div tableCard = new Div(Layout.header(tableTitle, checkColumns.toggle, exports), table);
        tableCard.addClassName("gdp-card");
        tableCard.addClassName("gdp-table-card");
        Div explainCard = new Div(Layout.header(explainTitle), explain, insight);
        explainCard.addClassName("gdp-card");
        explainCard.addClassName("gdp-explain-card");

        Div views = new Div(cards.components());
        views.addClassName("gdp-views");
        Div lower = new Div(tableCard, explainCard);
        lower.addClassName("gdp-lower");
        Div main = new Div(status, linkErrors, views, scrubRow, lower);
        main.addClassName("gdp-main");
        add(controls, main);
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ui = event.getUI();
        if (event.getTrigger() == com.vaadin.flow.router.NavigationTrigger.HISTORY && !currentQuery.isEmpty()) {
            // Back or Forward while this page shows a scenario: the page's own popstate listener reopens what the
            // address bar says (reopen). The router's location for entries the page pushed can be an older one, and
            // opening both raced: Forward sometimes landed on the first scenario instead of the next.
            return;
        }
        open(event.getLocation().getQueryParameters().getParameters());
    }

    /**
     * Back or Forward in the browser: reopens the scenario in the address bar when it differs from the one shown (the
     * page's own popstate listener, so history works whatever Vaadin's router makes of entries the page pushed).
     */
    private void reopen(String search) {
        String q = search.startsWith("?") ? search.substring(1) : search;
        Map<String, List<String>> query = QueryParameters.fromString(q).getParameters();
        ViewParams.Parsed link = ViewParams.parse(query);
        ScenarioParser.Result result = parser.parse(link.scenario(), ScenarioParser.Mode.SINGLE);
        if (link.scenario().isEmpty() || ScenarioQuery.toQueryString(result.spec(), limits.maxPoints())
                .equals(currentQuery)) {
            return;
        }
        open(query);
    }

    /** Opens a link's query: view parameters, then the scenario (invalid parts reported, defaults used). */
    private void open(Map<String, List<String>> raw) {
        if (reporter != null && ui != null) {
            ControlPolicy.follow(com.vaadin.flow.server.VaadinSession.getCurrent(), reporter.classScenario(ui), parser,
                    ScenarioParser.Mode.SINGLE);
        }
        ViewParams.Parsed link = ViewParams.parse(raw);
        Map<String, List<String>> query = link.scenario().isEmpty()
                ? QueryParameters.fromString(WELCOME).getParameters() : link.scenario();
        ScenarioParser.Result result = parser.parse(query, ScenarioParser.Mode.SINGLE);
        List<ParamError> errors = new ArrayList<>(result.errors());
        errors.addAll(link.errors());
        pendingLinkErrors = errors;
        ControlPolicy opened = policyFor(result.spec(), link.view());
        policy = opened;
        applyView(opened.view());
        load(opened.scenario());
        Integer k = link.view().step();
        Playback p = playbacks.current();
        if (k != null && p != null && k > 0) {
            page.setFollow(true);
            p.seek(k);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
        ui.getPage().addJavaScript("context://gdp/keys.js");
        PageLease.install(this, playbacks::current);
        if (!popstateListener) {
            popstateListener = true;
            getElement().addEventListener("gdp-popstate", e -> reopen(e.getEventData().get("event.detail.search")
                    .asString())).addEventData("event.detail.search");
        }
        getElement().executeJs("const el = this; if (el.__gdpPop) { return; } el.__gdpPop = true;"
                + " window.addEventListener('popstate', () => { if (el.isConnected) {"
                + " el.dispatchEvent(new CustomEvent('gdp-popstate', {detail: {search: window.location.search}})); } });");
        localize();
        if (reporter != null && classPage == null) {
            classPage = reporter.attach(this, ui, new org.gdplayground.classroom.RunReporter.Controls() {
                @Override
                public void open(String query) {
                    PlaygroundView.this.open(QueryParameters.fromString(query).getParameters());
                }

                @Override
                public void pause() {
                    transport.pause();
                }
            });
        }
    }

    /** The classroom's run reporter, when the app has one. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setRunReporter(org.gdplayground.classroom.RunReporter reporter) {
        this.reporter = reporter;
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
        return getTranslation("app.title");
    }

    // ---------------------------------------------------------------- scenario ↔ form

    /** Shows a valid spec in the form and starts its (paused) playback at k = 0. */
    private void load(ScenarioSpec s) {
        populate(s);
        start(s);
        showLinkErrors();
    }

    private void populate(ScenarioSpec s) {
        populating = true;
        try {
            Objective o = Objects.requireNonNull(parser.objective(s.fn(), s.expr()));
            List<String> start = startValues(o, s.init());
            opt.setValue(s.run().opt());
            lr.setValue(ScenarioQuery.number(s.run().lr()));
            syncSlider(s.run().lr());
            buildHyper(s.run().opt(), s.run().hyper());
            form.populate(s, o, start);
            dataUpload.show(s);
            clearErrors();
            formInvalid = false;
        } finally {
            populating = false;
        }
        localizeDynamic();
    }

    /** A CSV stored through the upload control: opens fn=data&data=<id>, keeping every other setting. */
    private void useDataset(String id) {
        populating = true;
        try {
            form.fn.setValue(ScenarioParser.DATA);
            form.expr.setValue(id);
            // start at a learning rate stable for this data (0.9 × 2/L, rounded down), as the upload panel says
            dataUpload.startLr(id).ifPresent(v -> {
                lr.setValue(ScenarioQuery.number(v));
                syncSlider(v);
            });
        } finally {
            populating = false;
        }
        formChanged(form.fn);
    }

    private void buildHyper(String key, Map<String, Double> values) {
        hyper.clear();
        hyperBox.removeAll();
        for (ParamSpec p : Optimizers.specs(key)) {
            if (p.name().equals("lr")) {
                continue;
            }
            TextField f = new TextField();
            f.setId("hp-" + p.name());
            f.addClassName("gdp-hp");
            f.setManualValidation(true);
            f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            Double v = values.get(p.name());
            f.setValue(ScenarioQuery.number(v == null ? p.def() : v));
            f.getElement().setProperty("gdpDefault", ScenarioQuery.number(p.def()));
            f.addValueChangeListener(e -> formChanged(f));
            hyper.put(p.name(), f);
            hyperBox.add(f);
        }
        hyperReset.setVisible(!hyper.isEmpty());
    }

    /** Start values for the fields: the spec's, else what the fields showed before, else 0. */
    private List<String> startValues(Objective o, List<Double> start) {
        List<String> previous = form.startValues();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < o.dimension(); i++) {
            values.add(i < start.size() ? ScenarioQuery.number(start.get(i))
                    : (i < previous.size() ? previous.get(i) : "0"));
        }
        return values;
    }

    /** The form as a query in the parameter language (blank optional fields are left out). */
    Map<String, List<String>> formQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        form.putSurface(q);
        q.put("opt", Objects.requireNonNullElse(opt.getValue(), ScenarioParser.DEFAULT_OPT));
        SharedForm.put(q, "lr", lr);
        hyper.forEach((name, f) -> SharedForm.put(q, name, f));
        form.putSettings(q);
        return ScenarioQuery.asQuery(q);
    }

    /** Any control changed: validate the whole form on the server; a valid change resets the run. */
    private void formChanged(Component source) {
        if (populating) {
            return;
        }
        if (refuseLocked(source)) {
            return;
        }
        userChange = true;
        try {
            validateAndStart(source);
        } finally {
            userChange = false;
        }
    }

    private void validateAndStart(Component source) {
        if (source == form.fn) {
            form.init.forEach(f -> f.setValue(""));
            form.init.clear();
        }
        if (source == opt) {
            hyper.clear();
        }
        if (source == form.schedule) {
            form.scheduleParams.clear();
        }
        ScenarioParser.Result result = parser.parse(formQuery(), ScenarioParser.Mode.SINGLE);
        clearErrors();
        boolean structural = source == form.fn || source == opt || source == form.schedule
                || source == form.initMode || source == form.grad;
        if (!result.ok()) {
            markErrors(result.errors());
            if (structural) {
                // Show the new surface/optimizer's fields with defaults, keeping what was typed elsewhere.
                rebuildStructure(result.spec());
                markErrors(result.errors());
            }
            transport.pause();
            formInvalid = true;
            status.setText(getTranslation("pg.invalid"));
            status.addClassName("gdp-status-invalid");
            status.getElement().setAttribute("data-state", "invalid");
            return;
        }
        formInvalid = false;
        ScenarioSpec s = policy.enforce(result.spec(), parser, ScenarioParser.Mode.SINGLE);
        if (structural || !s.equals(result.spec().withControls(s.hide(), s.lock()))) {
            populate(s);
        }
        if (source == lr) {
            syncSlider(s.run().lr());
        }
        if (!s.equals(spec)) {
            start(s);
        }
    }

    /**
     * Honest Play: while a field is invalid, Play and Step start nothing (the last valid scenario is not run behind
     * the learner's back) and the status says which field to fix.
     */
    private boolean refuseWhileInvalid() {
        if (!formInvalid) {
            return false;
        }
        if (!transport.playing()) {
            status.setText(getTranslation("pg.invalid.play"));
            status.addClassName("gdp-status-invalid");
            status.getElement().setAttribute("data-state", "invalid");
            return true;
        }
        return false;
    }

    private void rebuildStructure(ScenarioSpec s) {
        populating = true;
        try {
            Objective o = parser.objective(s.fn(), s.expr());
            if (o != null && form.init.size() != o.dimension()) {
                form.buildInitFields(o, startValues(o, s.init()));
            }
            if (hyper.isEmpty()) {
                buildHyper(s.run().opt(), s.run().hyper());
            }
            if (form.scheduleParams.isEmpty()) {
                form.buildSchedule(s.schedule(), s.scheduleParams());
            }
            form.expr.setVisible(ScenarioParser.CUSTOM.equals(form.fn.getValue()));
            form.h.setVisible(!"analytic".equals(form.grad.getValue()));
        } finally {
            populating = false;
        }
        localizeDynamic();
    }

    private void markErrors(List<ParamError> errors) {
        for (ParamError e : errors) {
            String msg = e.message(messages, getLocale());
            fieldsFor(e.param()).forEach(f -> SharedForm.markInvalid(f, msg));
        }
    }

    private List<HasValue<?, ?>> fieldsFor(String param) {
        return switch (param) {
            case "opt" -> List.of(opt);
            case "lr" -> List.of(lr);
            default -> {
                List<HasValue<?, ?>> shared = form.fieldsFor(param);
                if (!shared.isEmpty() && !form.scheduleParams.containsKey(param)) {
                    yield shared;
                }
                if (hyper.containsKey(param)) {
                    yield List.of(hyper.get(param));
                }
                yield shared;
            }
        };
    }

    private void clearErrors() {
        status.removeClassName("gdp-status-invalid");
        List<HasValue<?, ?>> own = new ArrayList<>(List.of(opt, lr));
        own.addAll(hyper.values());
        own.forEach(SharedForm::clearInvalid);
        form.clearErrors();
    }

    private void showLinkErrors() {
        PageLinks.showErrors(linkErrors, pendingLinkErrors, messages, getLocale(), this::getTranslation);
    }

    private void lrFromSlider(String value) {
        if (refuseLocked(Control.LR)) {
            return;
        }
        double exp;
        try {
            exp = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return;
        }
        // Three significant digits, rounded in decimal so the field shows 0.0501, not 0.050100000000000006.
        double v = new java.math.BigDecimal(Math.pow(10, exp))
                .round(new java.math.MathContext(3)).doubleValue();
        lr.setValue(ScenarioQuery.number(v));
    }

    private void syncSlider(double value) {
        if (value > 0 && Double.isFinite(value)) {
            lrSlider.show(value);
        }
    }

    private void resetHyper() {
        String key = opt.getValue();
        if (key == null) {
            return;
        }
        for (ParamSpec p : Optimizers.specs(key)) {
            TextField f = hyper.get(p.name());
            if (f != null) {
                populating = true;
                f.setValue(ScenarioQuery.number(p.def()));
                populating = false;
            }
        }
        formChanged(hyperReset);
    }

    /** Click on the contour: start there (rounded to what a person would type). */
    void startAt(double x, double y) {
        if (policy.fixed(ScenarioParser.Mode.SINGLE).contains(Control.INIT)) {
            return;
        }
        if (form.init.size() < 2
                || !"given".equals(Objects.requireNonNullElse(form.initMode.getValue(), "given"))) {
            return;
        }
        populating = true;
        form.init.get(0).setValue(ScenarioQuery.number(round3(x)));
        form.init.get(1).setValue(ScenarioQuery.number(round3(y)));
        populating = false;
        formChanged(form.init.get(0));
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    // ---------------------------------------------------------------- playback

    private void start(ScenarioSpec s) {
        playbacks.close();
        spec = s;
        int maxRecords = (int) Math.min((long) s.steps() + 1, limits.uiRecords());
        Scenario scenario = factory.scenarios(s, maxRecords).get(0);
        Objective o = scenario.objective();
        objective = o;
        optimizer = scenario.optimizer();
        scenarios = List.of(scenario);
        page.start(o, 1);
        configureViews(o, s, true);
        playbacks.open(runService, scenarios, Objects.requireNonNullElse(speed.getValue(), Speed.FAST),
                new PagePlayback.Frames<Void>() {
                    @Override
                    public void show(Frame f, @Nullable Void none) {
                        onFrame(f);
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

    /** A frame from the engine (UI thread): only what changed goes to the browser. */
    void onFrame(Frame f) {
        RunPage.Update u = page.frame(f);
        Frame.RunView v = u.run();
        cards.apply(this, u);
        // The lazy grid fetches the rows it shows after each refresh: while playing refresh it every few seconds.
        if (u.refreshTable()) {
            table.setRows(v.records(), u.follow());
        }
        scrub.show(u);
        showCursor(u);
        if (u.playingChanged()) {
            updateButtons();
            updateViewInUrl();
        } else {
            PlaybackControls.enable(step, u.stepEnabled());
        }
        status.setText(StatusText.withDiagnosis(v, u.playing(), this::getTranslation, this::diagnosisSentence));
        status.getElement().setAttribute("data-state", v.status().name().toLowerCase(java.util.Locale.ROOT));
        status.getElement().setAttribute("data-step", Integer.toString(v.latest().k()));
        status.getElement().setAttribute("data-loss", Double.toString(v.latest().loss()));
        status.getElement().setAttribute("data-diagnosis", v.diagnosis().code().id());
        ScenarioSpec shown = spec;
        if (shown != null) {
            embedReport.offer(this, shown, f.runs(), u.playing());
        }
        if (v.diagnosis().code() == org.gdplayground.engine.diagnosis.Diagnosis.Code.DIVERGING && !logScale) {
            // A growing loss spans many decades: only a log axis shows it (the toggle shows the switch).
            lossLog.setValue(true);
        }
        if (classPage != null && spec != null) {
            classPage.frame(spec, v, u.playing());
        }
    }

    private void scrubTo(int index) {
        RunPage.Update u = page.scrub(index);
        if (u == null || u.record() == null) {
            return;
        }
        scrub.show(u);
        table.select(u.record());
        table.scrollToIndex(u.cursor());
        cards.apply(this, u);
        showCursor(u);
        updateViewInUrl();
    }

    /** The slider label and, when due, the explanation of the step under the cursor. */
    private void showCursor(RunPage.Update u) {
        StepRecord cur = u.record();
        if (cur == null || objective == null) {
            return;
        }
        scrubValue.setText("k = " + cur.k());
        if (u.explain()) {
            explain(cur, u.previous());
        }
    }

    private void explain(StepRecord rec, @Nullable StepRecord prev) {
        Objective o = objective;
        Optimizer optimizer = this.optimizer;
        if (o == null || optimizer == null) {
            explain.clear();
            insight.clear();
            return;
        }
        Frame.RunView v = page.run();
        if (rec.k() == 0 && v != null && v.status() == org.gdplayground.engine.run.Status.DIVERGED) {
            // Nothing can be stepped from a start where the loss or gradient is not a number: say so, not "Press Step".
            explain.message(StatusText.of(v, false, this::getTranslation));
            insight.clear();
            return;
        }
        ScenarioSpec s = spec;
        if (s != null) {
            insight.show(o, rec.theta(), rec.k(), rec.k() == 0 ? s.run().lr() : rec.lr(), s.h(), optimizer,
                    this::getTranslation);
        }
        String noteKey = "pg.differs." + optimizer.key();
        explain.show(optimizer, rec, prev, Axes.of(o).names(), this::getTranslation,
                messages.has(noteKey) ? getTranslation(noteKey) : null);
    }

    private String diagnosisKey = "";
    private String diagnosisText = "";

    /** The diagnosis in words, rebuilt only when it changes (not on every frame). */
    private String diagnosisSentence(org.gdplayground.engine.diagnosis.Diagnosis d) {
        // the whole diagnosis (its numbers and checked suggestion), not only its code: a new run with the same code
        // must not keep the previous run's numbers
        String key = d + "|" + getLocale();
        if (!key.equals(diagnosisKey)) {
            diagnosisKey = key;
            diagnosisText = org.gdplayground.system.DiagnosisText.of(d, this::getTranslation);
        }
        return diagnosisText;
    }

    /** The 1-parameter loss curve with the track up to the cursor (a slow, server-drawn picture). */
    private String drawCurve(Objective o, RunPage.Update u) {
        return PlotRenderer.curve(o, track(u), Axes.of(o).x(), getTranslation("table.loss"),
                getTranslation("pg.slope"));
    }

    /** The data with the fit at the cursor (a slow, server-drawn picture). */
    private @Nullable String drawData(Objective o, RunPage.Update u) {
        DataView rp = o.data().orElse(null);
        if (rp == null) {
            return null;
        }
        return PlotRenderer.data(rp, track(u), dataUpload.xLabel(getTranslation("pg.data.x")),
                dataUpload.yLabel(getTranslation("pg.data.y")), getTranslation("pg.data.pred"),
                dataUpload.yLabel(getTranslation("pg.data.truth")));
    }

    private static PlotRenderer.Track track(RunPage.Update u) {
        return new PlotRenderer.Track(u.run().records(), u.cursor(), PlotRenderer.SINGLE);
    }

    /** Views that depend on the scenario, not on the frame; {@code fresh}: a new run (not a new language). */
    private void configureViews(Objective o, ScenarioSpec s, boolean fresh) {
        boolean two = o.dimension() == 2;
        boolean one = o.dimension() == 1;
        boolean data = o.data().isPresent();
        Axes a = Axes.of(o);
        List<ChartSpecs.Series> series = List.of(new ChartSpecs.Series("0",
                getTranslation("opt." + s.run().opt() + ".name"), PlotRenderer.SINGLE));
        cards.configure(new ChartCard.Scene(o, scenarios, series, List.of(getTranslation("opt." + s.run().opt()
                + ".name") + ", γ = " + ScenarioQuery.number(s.run().lr())), true, fresh, this::getTranslation));
        exportContour.setVisible(two);
        exportCurve.setVisible(one);
        exportData.setVisible(data);
        DataView rp = o.data().orElse(null);
        if (rp != null) {
            double[] ls = rp.leastSquaresOptimum();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < ls.length; i++) {
                sb.append(i > 0 ? ", " : "").append(a.names().get(i)).append(" = ").append(Formats.num(ls[i]));
            }
            leastSquares.setText(getTranslation("pg.leastSquares", sb, Formats.num(rp.value(ls))));
        }
        Optimizer opt = Objects.requireNonNull(optimizer);
        List<String> stateNames = opt.init(o.dimension()).names();
        table.configure(o.dimension(), a.names(), stateNames, data && s.batch() != null, this::getTranslation);
        checkColumns.configure(o, s.h(), this::getTranslation);
    }

    private void updateButtons() {
        transport.show(this, play, step, this::getTranslation);
    }

    /**
     * Writes the scenario and the view into the address bar: a new history entry for a scenario the learner chose
     * (Back returns to the one before), the same entry for view changes (toggles, speed, step shown).
     */
    private void updateUrl(ScenarioSpec s) {
        UI u = ui;
        if (u == null) {
            return;
        }
        String query = ScenarioQuery.toQueryString(s, limits.maxPoints());
        boolean deliberate = !currentQuery.isEmpty() && !query.equals(currentQuery) && userChange;
        currentQuery = query;
        String url = "?" + query + viewParams().suffix(getLocale());
        if (deliberate) {
            u.getPage().getHistory().pushState(null, url);
        } else {
            u.getPage().getHistory().replaceState(null, url);
        }
    }

    /** Rewrites the address bar's view part (same history entry). */
    private void updateViewInUrl() {
        UI u = ui;
        if (u != null && !currentQuery.isEmpty()) {
            u.getPage().getHistory().replaceState(null, "?" + currentQuery + viewParams().suffix(getLocale()));
        }
    }

    /** The view as it is now: toggles, speed, and the step shown when paused on one. */
    ViewParams viewParams() {
        return new ViewParams(showArrows, logScale, Objects.requireNonNullElse(speed.getValue(), Speed.FAST),
                page.pausedStep());
    }

    private void applyView(ViewParams v) {
        populating = true;
        try {
            showArrows = v.arrows();
            page.arrows(showArrows);
            arrows.setValue(v.arrows());
            logScale = v.log();
            lossLog.setValue(v.log());
            speed.setValue(v.speed());
        } finally {
            populating = false;
        }
    }

    private String currentQuery = "";
    /** Hidden and locked controls and their values; none until a link is opened. */
    private ControlPolicy policy = ControlPolicy.NONE;
    private List<Component> policyBoxes = List.of();
    final Span lockedNote = new Span();
    /** Whether the scenario change in progress came from the learner (form, contour click), not from a link. */
    private boolean userChange;
    private boolean popstateListener;

    /** The canonical query string of what is on screen (for tests and the share button). */
    String currentQuery() {
        return currentQuery;
    }

    private void copyLink() {
        PageLinks.copy(ui, url -> getTranslation("pg.share.done", url));
    }

    // ---------------------------------------------------------------- exports

    private List<StepRecord> records() {
        return page.records();
    }

    private List<LossChartSvg.Series> lossSeries() {
        List<StepRecord> r = records();
        double[] ks = new double[r.size()];
        double[] ls = new double[r.size()];
        for (int i = 0; i < ks.length; i++) {
            ks[i] = r.get(i).k();
            ls[i] = r.get(i).loss();
        }
        String label = spec == null ? "" : spec.run().opt();
        return List.of(new LossChartSvg.Series(label, PlotRenderer.SINGLE, ks, ls));
    }

    private byte[] contourPng() {
        Objective o = objective;
        if (o == null || o.dimension() != 2) {
            return new byte[0];
        }
        Axes a = Axes.of(o);
        ContourImage bg = contours.get(o, o.bounds(), Axes.CONTOUR_WIDTH, Axes.CONTOUR_HEIGHT, a.x(), a.y());
        List<StepRecord> r = records();
        double[] xs = new double[r.size()];
        double[] ys = new double[r.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = r.get(i).theta(0);
            ys[i] = r.get(i).theta(1);
        }
        return ChartExports.contourPng(bg, List.<double[][]>of(new double[][] {xs, ys}),
                List.of(PlotRenderer.SINGLE), o.minima());
    }

    /** The 1-parameter loss curve with the visited points, as PNG. */
    byte[] curvePng() {
        Objective o = objective;
        if (o == null || o.dimension() != 1) {
            return new byte[0];
        }
        var b = o.bounds();
        int n = 241;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = b.xMin() + (b.xMax() - b.xMin()) * i / (n - 1);
            ys[i] = o.value(new double[] {xs[i]});
        }
        List<StepRecord> r = org.gdplayground.engine.run.Thinning.evenly(records(), PlotRenderer.MAX_PATH_POINTS);
        double[] px = new double[r.size()];
        double[] py = new double[r.size()];
        for (int i = 0; i < px.length; i++) {
            px[i] = r.get(i).theta(0);
            py[i] = r.get(i).loss();
        }
        String loss = getTranslation("table.loss");
        return ChartExports.xyPng(List.of(new LossChartSvg.Series("f", "#333333", xs, ys)),
                List.of(new LossChartSvg.Series(getTranslation("pg.table"), PlotRenderer.SINGLE, px, py)), 900, 600,
                Axes.of(o).x(), loss);
    }

    /** The data with the current and the least-squares fit (one feature), or prediction against truth, as PNG. */
    byte[] dataPng() {
        DataView rp = objective.data().orElse(null);
        if (rp == null) {
            return new byte[0];
        }
        List<StepRecord> r = records();
        double[] theta = r.isEmpty() ? rp.defaultStart() : r.get(r.size() - 1).theta();
        double[] ls = rp.leastSquaresOptimum();
        int rows = rp.rows();
        double[] dx = new double[rows];
        double[] dy = new double[rows];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean one = rp.features() == 1;
        for (int i = 0; i < rows; i++) {
            dx[i] = one ? rp.x(i)[0] : rp.y(i);
            dy[i] = one ? rp.y(i) : rp.predict(theta, i);
            lo = Math.min(lo, dx[i]);
            hi = Math.max(hi, dx[i]);
        }
        double from = one ? 0 : lo;
        double to = one ? hi + 1 : hi;
        double[] ends = {from, to};
        List<LossChartSvg.Series> lines = one
                ? List.of(new LossChartSvg.Series(getTranslation("pg.export.lsLine"), "#888888", ends,
                        new double[] {fit(ls, from), fit(ls, to)}),
                        new LossChartSvg.Series(getTranslation("pg.export.fitLine"), PlotRenderer.SINGLE, ends,
                                new double[] {fit(theta, from), fit(theta, to)}))
                : List.of(new LossChartSvg.Series("y = x", "#888888", ends, ends));
        return ChartExports.xyPng(lines, List.of(new LossChartSvg.Series(getTranslation("pg.data"), "#0072b2", dx,
                dy)), 900, 600, getTranslation(one ? "pg.data.x" : "pg.data.truth"),
                getTranslation(one ? "pg.data.y" : "pg.data.pred"));
    }

    private static double fit(double[] theta, double x) {
        return theta[0] * x + (theta.length > 1 ? theta[1] : 0);
    }

    private static DownloadResponse bytes(byte[] data, String name, String type) {
        return new DownloadResponse(new ByteArrayInputStream(data), name, type, data.length);
    }

    // ---------------------------------------------------------------- text

    private void localize() {
        cards.localize(this::getTranslation);
        opt.setLabel(getTranslation("pg.opt"));
        opt.setItemLabelGenerator(k -> getTranslation("opt." + k + ".name"));
        tip(opt, "pg.opt.tip");
        lr.setLabel(getTranslation("pg.lr"));
        tip(lr, "pg.lr.tip");
        lrSlider.getElement().setAttribute("aria-label", getTranslation("pg.lrSlider"));
        lrSlider.getElement().setAttribute("title", getTranslation("pg.lrSlider"));
        hyperReset.setText(getTranslation("pg.hp.reset"));
        tip(hyperReset, "pg.hp.reset.tip");
        speed.setLabel(getTranslation("pg.speed"));
        speed.setItemLabelGenerator(s -> getTranslation("pg.speed." + s.key()));
        tip(speed, "pg.speed.tip");
        step.setText(getTranslation("pg.step"));
        tip(step, "pg.step.tip");
        reset.setText(getTranslation("pg.reset"));
        tip(reset, "pg.reset.tip");
        share.setText(getTranslation("pg.share"));
        tip(share, "pg.share.tip");
        compareLink.setText(getTranslation("cmp.open"));
        tip(compareLink, "cmp.open.tip");
        tip(play, "pg.play.tip");
        keysHint.setText(getTranslation("pg.keys"));
        tableTitle.setText(getTranslation("pg.table"));
        explainTitle.setText(getTranslation("pg.explain"));
        scrubLabel.setText(getTranslation("pg.scrub"));
        scrub.getElement().setAttribute("aria-label", getTranslation("pg.scrub"));
        scrub.getElement().setAttribute("title", getTranslation("pg.scrub.tip"));
        exportCsv.setText(getTranslation("pg.export.csv"));
        exportContour.setText(getTranslation("pg.export.contour"));
        exportLossPng.setText(getTranslation("pg.export.lossPng"));
        exportLossSvg.setText(getTranslation("pg.export.lossSvg"));
        exportCurve.setText(getTranslation("pg.export.curve"));
        exportData.setText(getTranslation("pg.export.data"));
        localizeDynamic();
        updateButtons();
        showLinkErrors();
        ScenarioSpec s = spec;
        Objective o = objective;
        if (s != null && o != null) {
            configureViews(o, s, false);
        }
        Frame.RunView v = page.run();
        RunPage.Update u = page.redraw();
        if (v != null && u != null) {
            status.setText(StatusText.withDiagnosis(v, page.playing(), this::getTranslation));
            cards.apply(this, u);
            showCursor(u);
        }
    }

    private void localizeDynamic() {
        hyper.forEach((name, f) -> {
            f.setLabel(HyperLabels.hyperLabel(name, k -> getTranslation(k)));
            f.setHelperText(getTranslation("pg.hp.default", f.getElement().getProperty("gdpDefault", "")));
            f.setTooltipText(HyperLabels.hyperTip(name, this::getTranslation));
        });
        form.localize(this::getTranslation);
        showPolicy();
    }

    // ---------------------------------------------------------------- hide and lock

    /**
     * Imposes a policy (a class's scenario with its hidden and locked controls) on this browser session and opens
     * its scenario here now. From then on every link this session opens on the playground or compare page, Back and
     * Forward included, keeps the policy's values in its fixed controls and hides and locks its controls; a link
     * cannot lift it ({@link ControlPolicy#lift} does). Call on the UI thread (inside {@code ui.access} from
     * elsewhere).
     */
    public void applyPolicy(ControlPolicy imposed) {
        ControlPolicy.impose(com.vaadin.flow.server.VaadinSession.getCurrent(), imposed);
        pendingLinkErrors = List.of();
        open(QueryParameters.fromString(imposed.query(limits.maxPoints(), getLocale())).getParameters());
    }

    /** The policy the page shows now (the link's, combined with an imposed one). */
    public ControlPolicy policy() {
        return policy;
    }

    /** The policy of an opened link: its own, under the session's imposed one when there is one. */
    private ControlPolicy policyFor(ScenarioSpec link, ViewParams view) {
        return ControlPolicy.imposed(com.vaadin.flow.server.VaadinSession.getCurrent())
                .map(p -> p.over(link, view, parser, ScenarioParser.Mode.SINGLE))
                .orElseGet(() -> ControlPolicy.of(link, view));
    }

    /** The page's controls by id. */
    ControlSlots slots() {
        return form.addTo(new ControlSlots())
                .field(Control.OPT, opt)
                .field(Control.LR, lr, lrSlider)
                .field(Control.HYPER, hyperBox).action(Control.HYPER, hyperReset)
                .field(Control.SPEED, speed)
                .field(Control.ARROWS, arrows)
                .field(Control.LOG, lossLog)
                .container(policyBoxes.toArray(Component[]::new));
    }

    private void showPolicy() {
        slots().apply(policy.hidden(), policy.locked());
        ControlPolicyNote.show(lockedNote, policy.locked(), this::getTranslation);
    }

    /** Whether a change of a fixed control was refused (the page then shows the fixed value again). */
    private boolean refuseLocked(Component source) {
        return slots().controlOf(source).map(this::refuseLocked).orElse(false);
    }

    private boolean refuseLocked(Control c) {
        if (!policy.fixed(ScenarioParser.Mode.SINGLE).contains(c)) {
            return false;
        }
        ScenarioSpec s = spec;
        if (c.scenario() && s != null) {
            populate(s);
        } else if (!c.scenario()) {
            applyView(policy.enforce(viewParams()));
        }
        return true;
    }

    private void tip(Component c, String key) {
        if (c instanceof com.vaadin.flow.component.shared.HasTooltip t) {
            t.setTooltipText(getTranslation(key));
        } else {
            Tooltip.forComponent(c).setText(getTranslation(key));
        }
    }

    /** Slider position of record {@code index} of {@code n} (see {@link RunPage#scrubPosition}). */
    static int scrubPosition(int index, int n) {
        return RunPage.scrubPosition(index, n);
    }

    /** Record index of slider position {@code pos} with {@code n} records (see {@link RunPage#scrubIndex}). */
    static int scrubIndex(int pos, int n) {
        return RunPage.scrubIndex(pos, n);
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** For tests: the run shown. */
    Frame.@Nullable RunView run() {
        return page.run();
    }

    /** For tests: the spec shown. */
    @Nullable
    ScenarioSpec spec() {
        return spec;
    }

    boolean isPlaying() {
        return page.playing();
    }

    int cursor() {
        return page.cursor();
    }

    static String stateNames(List<NamedVector> state) {
        return String.join(",", state.stream().map(NamedVector::name).toList());
    }
}
