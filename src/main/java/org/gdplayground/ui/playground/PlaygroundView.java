package org.gdplayground.ui.playground;

import org.gdplayground.ui.common.CodeButton;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gdplayground.basin.BasinService;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.optimizer.NamedVector;
import org.gdplayground.engine.optimizer.Optimizer;
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
import org.gdplayground.ui.common.ChartCard;
import org.gdplayground.ui.common.ChartCards;
import org.gdplayground.ui.common.ChartSpecs;
import org.gdplayground.ui.common.ControlSlots;
import org.gdplayground.ui.common.Layout;
import org.gdplayground.ui.common.LiveText;
import org.gdplayground.ui.common.LrSlider;
import org.gdplayground.ui.common.PlaybackControls;
import org.gdplayground.ui.common.PlotRenderer;
import org.gdplayground.ui.common.RunPage;
import org.gdplayground.ui.common.StepSlider;
import org.gdplayground.ui.common.SvgCard;
import org.gdplayground.ui.common.SvgPanel;
import org.gdplayground.ui.compare.CompareView;
import org.gdplayground.ui.data.DataUploadPanel;
import org.gdplayground.ui.insight.CriticalLrMark;
import org.gdplayground.ui.insight.GradientCheckColumns;
import org.gdplayground.ui.insight.InsightPanel;
import org.gdplayground.ui.page.PageExports;
import org.gdplayground.ui.page.RunLabels;
import org.gdplayground.ui.page.RunPageView;
import org.jspecify.annotations.Nullable;

/**
 * The playground: pick a surface, set the learning rate and the start, press Play and watch the descent. A comparison
 * of one run on the page shell ({@link RunPageView}): link, form, validation, address bar, hide/lock, playback and
 * reporting are the shell's; this page adds the one run's optimizer fields, the arrows, the step slider, the data
 * and curve pictures, the insight panel and the downloads.
 */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "playground", layout = MainLayout.class)
public class PlaygroundView extends RunPageView<Void> {

    /** The seeds' first lesson: x² + y² from (−3, 4) with lr 0.1. Opened when a link names no scenario. */
    static final String WELCOME = "fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=100";

    final DataUploadPanel dataUpload;
    final OptimizerFields fields;
    final Select<String> opt;
    final TextField lr;
    final LrSlider lrSlider;
    final Map<String, TextField> hyper;
    final Button hyperReset;
    final Button compareLink = new Button();
    final SvgCard curveCard;
    final SvgCard dataCard;
    /** The basin-of-attraction map beside the contour (ui.basin). */
    final BasinCard basinCard;
    final SvgPanel dataPlot = new SvgPanel("data-plot", "gdp-data-panel");
    final StepSlider scrub = new StepSlider();
    final CriticalLrMark lrMark = new CriticalLrMark(LrSlider.MIN_EXP, LrSlider.MAX_EXP);
    final InsightPanel insight = new InsightPanel(lrMark);
    final GradientCheckColumns checkColumns = new GradientCheckColumns(table);
    final Span leastSquares = new Span();
    final PageExports exports;
    private final Span scrubLabel = new Span();
    final LiveText scrubValue = new LiveText();
    private final OneRunPictures pictures;
    /** The optimizer of the scenario on screen, built once per scenario (explanations need it every frame). */
    private @Nullable Optimizer optimizer;

    public PlaygroundView(ScenarioParser parser, ScenarioFactory factory, RunService runService, Messages messages,
            ContourCache contours, Limits limits, BasinService basins, DataUploadPanel dataUpload) {
        super(new Deps(parser, factory, runService, messages, contours, limits), ScenarioParser.Mode.SINGLE, "", "pg",
                WELCOME, RunPage.Throttles.PLAYGROUND, true);
        this.dataUpload = dataUpload;
        this.fields = new OptimizerFields(this::formChanged, this::populating);
        this.opt = fields.opt;
        this.lr = fields.lr;
        this.lrSlider = instant.streams(fields.lrSlider);
        this.hyper = fields.hyper;
        this.hyperReset = fields.hyperReset;
        this.basinCard = new BasinCard(basins);
        leastSquares.setId("least-squares");
        leastSquares.addClassName("gdp-note");
        this.pictures = new OneRunPictures(this);
        this.curveCard = new SvgCard(curve, "pg.curve", SvgCard.dimension(1), pictures::drawCurve,
                pictures.derivative.component());
        this.dataCard = new SvgCard(dataPlot, "pg.data", o -> o.data().isPresent(), pictures::drawData,
                leastSquares);
        cards(new ChartCards(List.of(contourCard, curveCard, dataCard, lossCard, basinCard)));
        this.exports = new PageExports(exportSource(), contours, () -> logScale);
        addClassName("gdp-playground");
        build();
    }

    private void build() {
        compareLink.setId("compare-link");
        compareLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        compareLink.addClickListener(e -> compareLink.getUI().ifPresent(u -> u.navigate(CompareView.class,
                QueryParameters.fromString(currentQuery()))));
        lrSlider.addValueChangeListener(e -> {
            if (e.isFromClient() && !refuseLocked(Control.LR)) {
                fields.lrFromSlider(e.getValue());
            }
        });
        Div problem = Layout.section(form.fn, form.expr, dataUpload);
        form.fn.addValueChangeListener(e -> dataUpload.showFor(e.getValue()));
        dataUpload.onStored(this::useDataset);
        Div optimizerBox = Layout.section(opt, lr, lrMark.wrap(lrSlider), fields.hyperBox, hyperReset);
        Div start = Layout.section(form.initMode, form.initBox);
        Div runBox = Layout.section(form.steps, form.batch, form.shuffle, form.seed);
        form.advanced.add(Layout.section(form.grad, form.h, form.schedule, form.scheduleBox, form.warmup, form.tol,
                form.lossTol));
        Div buttons = new Div(play, step, reset, share, compareLink, new CodeButton(parser, this::spec, () -> 0));
        buttons.addClassName("gdp-buttons");
        Div controls = new Div(buttons, instant.component(), speed, keysHint, lockedNote, problem, optimizerBox,
                start, runBox, form.advanced);
        controls.addClassName("gdp-controls");
        policyBoxes = List.of(problem, optimizerBox, start, runBox, form.advanced);

        scrub.onMove(page::records, page::cursor, this::scrubTo);
        Div scrubRow = new Div(scrubLabel, scrub, scrubValue);
        scrubRow.addClassName("gdp-scrub");
        table.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(r -> {
            int i = page.records().indexOf(r);
            if (e.isFromClient() && i >= 0) {
                scrubTo(i);
            }
        }));
        Div views = new Div(cards.components());
        views.addClassName("gdp-views");
        Div lower = new Div(card("gdp-table-card", Layout.header(tableTitle, checkColumns.toggle, exports), table),
                card("gdp-explain-card", Layout.header(explainTitle), explain, insight));
        lower.addClassName("gdp-lower");
        Div main = new Div(status, linkErrors, views, scrubRow, lower);
        main.addClassName("gdp-main");
        add(controls, main);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    // ---------------------------------------------------------------- scenario ↔ form

    @Override
    protected void load(ScenarioSpec s) {
        populate(s);
        start(s);
        showLinkErrors();
    }

    @Override
    protected void restore(ScenarioSpec s) {
        populate(s);
    }

    private void populate(ScenarioSpec s) {
        populating(() -> {
            Objective o = Objects.requireNonNull(parser.objective(s.fn(), s.expr()));
            List<String> start = form.startValues(o, s.init());
            fields.populate(s.run());
            form.populate(s, o, start);
            dataUpload.show(s);
            clearErrors();
            formInvalid = false;
        });
        localizeDynamic();
    }

    /** A CSV stored through the upload control: opens fn=data&data=<id>, keeping every other setting. */
    private void useDataset(String id) {
        populating(() -> {
            form.fn.setValue(ScenarioParser.DATA);
            form.expr.setValue(id);
            dataUpload.info(id).ifPresent(d -> fields.startAt(d.startLr(), d.twoOverL())); // as its panel says
        });
        formChanged(form.fn);
    }

    /** The form as a query in the parameter language (blank optional fields are left out). */
    Map<String, List<String>> formQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        form.putSurface(q);
        fields.putQuery(q);
        form.putSettings(q);
        return ScenarioQuery.asQuery(q);
    }

    @Override
    protected void validate(Component source) {
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
            fields.markErrors(result.errors(), form, messages, getLocale());
            if (structural) {
                // Show the new surface/optimizer's fields with defaults, keeping what was typed elsewhere.
                rebuildStructure(result.spec());
                fields.markErrors(result.errors(), form, messages, getLocale());
            }
            rejected(getTranslation("pg.invalid"));
            return;
        }
        formInvalid = false;
        ScenarioSpec s = policy.enforce(result.spec(), parser, ScenarioParser.Mode.SINGLE);
        if (structural || !s.equals(result.spec().withControls(s.hide(), s.lock()))) {
            populate(s);
        }
        if (source == lr) {
            lrSlider.show(s.run().lr());
        }
        if (!s.equals(spec)) {
            start(s);
        }
    }

    private void rebuildStructure(ScenarioSpec s) {
        populating(() -> {
            Objective o = parser.objective(s.fn(), s.expr());
            if (o != null && form.init.size() != o.dimension()) {
                form.buildInitFields(o, form.startValues(o, s.init()));
            }
            if (hyper.isEmpty()) {
                fields.buildHyper(s.run().opt(), s.run().hyper());
            }
            if (form.scheduleParams.isEmpty()) {
                form.buildSchedule(s.schedule(), s.scheduleParams());
            }
            form.expr.setVisible(ScenarioParser.CUSTOM.equals(form.fn.getValue()));
            form.h.setVisible(!"analytic".equals(form.grad.getValue()));
        });
        localizeDynamic();
    }

    private void clearErrors() {
        statusLine.clearInvalid();
        fields.clearErrors();
        form.clearErrors();
    }

    // ---------------------------------------------------------------- frames

    @Override
    protected void started(ScenarioSpec s) {
        optimizer = scenarios.get(0).optimizer();
    }

    /** A frame from the engine (UI thread): only what changed goes to the browser. */
    @Override
    protected void frame(Frame f, @Nullable Void none) {
        RunPage.Update u = page.frame(f);
        Frame.RunView v = u.run();
        cards.apply(this, u);
        // The lazy grid fetches the rows it shows after each refresh: while playing refresh it every few seconds.
        if (u.refreshTable()) {
            table.setRows(v.records(), u.follow());
        }
        scrub.show(u);
        pictures.showCursor(u);
        if (u.playingChanged()) {
            updateButtons();
            updateViewInUrl();
        } else {
            PlaybackControls.enable(step, u.stepEnabled());
        }
        statusLine.run(v, u.playing(), tr(), getLocale());
        reportFrame(f, u.playing());
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
        pictures.showCursor(u);
        updateViewInUrl();
    }

    @Override
    protected void configureViews(Objective o, ScenarioSpec s, boolean fresh) {
        String name = RunLabels.name(s.run().opt(), tr());
        cards.configure(new ChartCard.Scene(o, scenarios, List.of(new ChartSpecs.Series("0", name,
                PlotRenderer.SINGLE)), List.of(name + ", γ = " + ScenarioQuery.number(s.run().lr())), true, fresh,
                this::getTranslation));
        exports.configure(o);
        o.data().ifPresent(rp -> leastSquares.setText(pictures.leastSquares(o, rp)));
        configureTable();
        checkColumns.configure(o, s.h(), this::getTranslation);
    }

    @Override
    protected void played() {
        Layout.revealStatusOnPhones(this);
    }

    // ---------------------------------------------------------------- view, hide and lock

    @Override
    protected ControlSlots slots() {
        return form.addTo(new ControlSlots())
                .field(Control.OPT, opt)
                .field(Control.LR, lr, lrSlider)
                .field(Control.HYPER, fields.hyperBox).action(Control.HYPER, hyperReset)
                .field(Control.SPEED, speed)
                .field(Control.ARROWS, Objects.requireNonNull(arrows))
                .field(Control.LOG, lossLog)
                .container(policyBoxes.toArray(Component[]::new));
    }

    @Override
    protected String canonicalQuery(ScenarioSpec s) {
        return ScenarioQuery.toQueryString(s, limits.maxPoints());
    }

    // ---------------------------------------------------------------- text

    @Override
    protected void localizePage() {
        fields.localize(tr());
        compareLink.setText(getTranslation("cmp.open"));
        compareLink.setTooltipText(getTranslation("cmp.open.tip"));
        scrubLabel.setText(getTranslation("pg.scrub"));
        scrub.label(getTranslation("pg.scrub"), getTranslation("pg.scrub.tip"));
        exports.localize(this::getTranslation);
    }

    private void localizeDynamic() {
        fields.localizeHyper(tr());
        form.localize(tr());
        showPolicy();
    }

    @Override
    protected void relocalized() {
        Frame.RunView v = page.run();
        RunPage.Update u = page.redraw();
        if (v != null && u != null) {
            statusLine.run(v, page.playing(), tr(), getLocale());
            cards.apply(this, u);
            pictures.showCursor(u);
        }
    }

    // ---------------------------------------------------------------- for tests

    /** The run shown. */
    Frame.@Nullable RunView run() {
        return page.run();
    }

    @Nullable
    Optimizer optimizer() {
        return optimizer;
    }

    static String stateNames(List<NamedVector> state) {
        return String.join(",", state.stream().map(NamedVector::name).toList());
    }
}
