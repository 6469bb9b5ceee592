package org.gdplayground.ui.page;

import org.gdplayground.ui.common.StatusLine;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gdplayground.classroom.RunReporter;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.Scenario;
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
import org.gdplayground.ui.chart.ContourCache;
import org.gdplayground.ui.common.Axes;
import org.gdplayground.ui.common.ChartCards;
import org.gdplayground.ui.surface3d.ContourCard;
import org.gdplayground.ui.common.ControlPolicy;
import org.gdplayground.ui.common.ControlPolicyNote;
import org.gdplayground.ui.common.ControlSlots;
import org.gdplayground.ui.common.EmbedReport;
import org.gdplayground.ui.common.ExplainPanel;
import org.gdplayground.ui.common.LiveChart;
import org.gdplayground.ui.common.LiveText;
import org.gdplayground.ui.common.LossCard;
import org.gdplayground.ui.common.PageLease;
import org.gdplayground.ui.common.PageLinks;
import org.gdplayground.ui.common.PagePlayback;
import org.gdplayground.ui.common.PlaybackControls;
import org.gdplayground.ui.common.RunPage;
import org.gdplayground.ui.common.SharedForm;
import org.gdplayground.ui.common.StatusText;
import org.gdplayground.ui.common.StepTable;
import org.gdplayground.ui.common.SvgPanel;
import org.gdplayground.ui.common.ViewParams;
import org.gdplayground.ui.surface3d.Surface3dCard;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shell of every run page: one path from a link to what the page shows. A link is split into view and scenario
 * parameters, parsed by the API's parser, held under the session's imposed hide/lock policy and loaded; every form
 * change is validated the same way (an invalid field starts nothing and the status says so); a scenario starts a paused
 * playback whose frames go to the page's pictures, its status, an embedding lesson and the classroom; the address bar
 * follows (a new history entry for a scenario the learner chose, so Back and Forward work on every page). A page adds
 * its own controls and pictures through the hooks; the playground is a comparison of one run.
 *
 * @param <T> what the page prepares from a frame on the playback thread ({@code Void} when nothing)
 */
public abstract class RunPageView<T> extends Div implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {

    protected final ScenarioParser parser;
    protected final ScenarioFactory factory;
    protected final RunService runService;
    protected final Messages messages;
    protected final Limits limits;
    private final ScenarioParser.Mode mode;
    private final String welcome;
    private final String tips;

    // Controls and views every run page has (ids are stable: tests and the keyboard script use them).
    public final SharedForm form;
    public final Select<Speed> speed = new Select<>();
    public final Button play = new Button();
    public final Button step = new Button();
    public final Button reset = new Button();
    public final Button share = new Button();
    public final LiveText status = new StatusLine();
    public final Div linkErrors = new Div();
    public final Span lockedNote = new Span();
    public final ContourCard contourCard;
    public final LiveChart contour;
    public final Surface3dCard surface3d;
    public final LossCard lossCard;
    public final LiveChart lossChart;
    public final Checkbox lossLog;
    /** The gradient arrows on the contour, on pages that have them. */
    public final @Nullable Checkbox arrows;
    public final SvgPanel curve = new SvgPanel("curve", "gdp-curve-panel");
    public final StepTable table = new StepTable("step-table");
    public final ExplainPanel explain = new ExplainPanel("explain");
    protected final Span keysHint = new Span();
    protected final H3 tableTitle = new H3();
    protected final H3 explainTitle = new H3();
    protected final PageStatus statusLine = new PageStatus(status);
    /** Instant exploration ({@code instant=1}): a change shows the whole run at once; the page places its toggle. */
    public final InstantMode instant;
    /** The page's pictures, set by the page once it has made them ({@link #cards(ChartCards)}). */
    protected ChartCards cards = new ChartCards(List.of());

    // State, touched only on the UI thread (frames arrive through PagePlayback).
    protected @Nullable UI ui;
    protected @Nullable ScenarioSpec spec;
    protected @Nullable Objective objective;
    protected List<Scenario> scenarios = List.of();
    protected final PagePlayback playbacks = new PagePlayback(() -> this.ui);
    /** The frame, the run shown in the table, the cursor, following and playing, and the throttles. */
    protected final RunPage page;
    protected final PlaybackControls transport;
    /** True while the page fills its own fields (their change events are not the learner's). */
    protected boolean populating;
    /** Whether a field holds an invalid value (then Play and Step start nothing). */
    protected boolean formInvalid;
    protected List<ParamError> pendingLinkErrors = List.of();
    protected volatile boolean logScale;
    private volatile boolean showArrows;
    /** Hidden and locked controls and their values; none until a link is opened. */
    protected ControlPolicy policy = ControlPolicy.NONE;
    protected List<Component> policyBoxes = List.of();
    private final AddressBar address;
    /** Whether the scenario change in progress came from the learner (form, contour, preset), not from a link. */
    private boolean userChange;
    private boolean popstateListener;
    private final EmbedReport embedReport;
    /** The classroom's hook (reports a student's runs; absent outside a class). */
    private @Nullable RunReporter reporter;
    private RunReporter.@Nullable Page classPage;

    /**
     * @param route    the page's route ("" or "compare"), also its lesson-embedding name ("playground" for "")
     * @param prefix   the page's bundle prefix ("pg" or "cmp") for its own titles and tips
     * @param welcome  the scenario opened when a link names none
     */
    protected RunPageView(Deps deps, ScenarioParser.Mode mode, String route, String prefix, String welcome,
            RunPage.Throttles throttles, boolean arrows) {
        this.parser = deps.parser();
        this.factory = deps.factory();
        this.runService = deps.runService();
        this.messages = deps.messages();
        this.limits = deps.limits();
        this.mode = mode;
        this.welcome = welcome;
        this.tips = prefix;
        this.address = new AddressBar(route);
        this.embedReport = new EmbedReport(route.isEmpty() ? "playground" : route);
        this.contourCard = new ContourCard(prefix + ".contour", deps.contours(), arrows);
        this.contour = contourCard.chart();
        this.surface3d = contourCard.surface3d();
        this.arrows = contourCard.arrows();
        this.lossCard = new LossCard(prefix.equals("pg") ? "pg.lossChart" : prefix + ".loss");
        this.lossChart = lossCard.chart();
        this.lossLog = lossCard.log();
        this.page = new RunPage(throttles);
        this.instant = new InstantMode(limits.instantMaxSteps(), System::nanoTime).drags(contour);
        this.transport = new PlaybackControls(page, playbacks::current, this::speedValue, this::updateButtons);
        this.form = new SharedForm(limits, this::formChanged, prefix + ".init.tip", prefix + ".tol.tip");
        buildShell();
    }

    /** What every run page is built from (Spring beans). */
    public record Deps(ScenarioParser parser, ScenarioFactory factory, RunService runService, Messages messages,
            ContourCache contours, Limits limits) {
    }

    private void buildShell() {
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
            updateViewInUrl();
        });
        transport.wire(play, step, reset, this::refuseWhileInvalid, this::played);
        share.setId("share");
        share.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        share.addClickListener(e -> PageLinks.copy(ui, url -> getTranslation("pg.share.done", url)));
        keysHint.addClassName("gdp-hint");
        lockedNote.setId("locked-note");
        lockedNote.addClassName("gdp-hint");
        lockedNote.setVisible(false);
        linkErrors.setId("link-errors");
        linkErrors.addClassName("gdp-link-errors");
        linkErrors.setVisible(false);
        lossLog.addValueChangeListener(e -> {
            if (e.isFromClient() && refuseLocked(Control.LOG)) {
                return;
            }
            logScale = e.getValue();
            lossCard.logScale(logScale);
            updateViewInUrl();
        });
        contour.addPickListener(this::startAt);
        instant.toggle().addValueChangeListener(e -> {
            if (!e.isFromClient() || populating) {
                return;
            }
            instant.set(e.getValue());
            ScenarioSpec s = spec;
            if (e.getValue() && s != null && !formInvalid) {
                start(s); // the run on screen, whole, at once
            }
            updateViewInUrl();
        });
        Checkbox a = arrows;
        if (a != null) {
            a.addValueChangeListener(e -> {
                if (e.isFromClient() && refuseLocked(Control.ARROWS)) {
                    return;
                }
                showArrows = e.getValue();
                page.arrows(showArrows);
                contourCard.showArrows(page.record());
                updateViewInUrl();
            });
        }
    }

    /** Sets the page's pictures. */
    protected void cards(ChartCards cards) {
        this.cards = cards;
    }

    /** A card holding {@code content} under a title. */
    protected static Div card(String className, Component... content) {
        Div card = new Div(content);
        card.addClassName("gdp-card");
        card.addClassName(className);
        return card;
    }

    // ---------------------------------------------------------------- hooks

    /** Shows a valid spec in the page's fields and starts it. */
    protected abstract void load(ScenarioSpec s);

    /** Validates the whole form after a change by the learner; a valid change starts the run(s) over. */
    protected abstract void validate(Component source);

    /** A fixed control was changed: show the scenario's value again. */
    protected abstract void restore(ScenarioSpec s);

    /** Views that depend on the scenario, not on the frame; {@code fresh}: a new run (not a new language). */
    protected abstract void configureViews(Objective o, ScenarioSpec s, boolean fresh);

    /** A frame of the current playback (UI thread), with what was prepared for it. */
    protected abstract void frame(Frame f, @Nullable T prepared);

    /** The page's controls by id. */
    protected abstract ControlSlots slots();

    /** The canonical query string of a spec on this page. */
    protected abstract String canonicalQuery(ScenarioSpec s);

    /** On the playback thread: what to prepare for a frame (pictures), or null. */
    protected @Nullable T prepare(Frame f, int generation) {
        return null;
    }

    /** The spec a link opens (a page may complete it, e.g. compare adds a second run to a playground link). */
    protected ScenarioSpec opening(ScenarioParser.Result parsed, Map<String, List<String>> query) {
        return parsed.spec();
    }

    /** The view as it is now: toggles, speed, and the step shown when paused on one. */
    public ViewParams viewParams() {
        return new ViewParams(showArrows, logScale, speedValue(), page.pausedStep(), instant.on());
    }

    /** Called after Play started the playback. */
    protected void played() {
    }

    /** A run started (before its views are configured). */
    protected void started(ScenarioSpec s) {
    }

    /** The class opens a scenario on this student's page (a playground link). */
    protected void openClassLink(String query) {
        open(QueryParameters.fromString(query).getParameters());
    }

    /** Texts of the page in the current language. */
    protected abstract void localizePage();

    // ---------------------------------------------------------------- lifecycle

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ui = event.getUI();
        if (event.getTrigger() == NavigationTrigger.HISTORY && !address.query().isEmpty()) {
            // Back or Forward while this page shows a scenario: the page's own popstate listener reopens what the
            // address bar says (reopen). The router's location for entries the page pushed can be an older one, and
            // opening both raced: Forward sometimes landed on the first scenario instead of the next.
            return;
        }
        open(event.getLocation().getQueryParameters().getParameters());
    }

    /** A link as the page opens it: its view, the policy it opens under and what was wrong with it. */
    private record Opening(ViewParams.Parsed link, ControlPolicy policy, List<ParamError> errors) {
    }

    private Opening opening(Map<String, List<String>> raw) {
        ViewParams.Parsed link = ViewParams.parse(raw);
        Map<String, List<String>> query = link.scenario().isEmpty()
                ? QueryParameters.fromString(welcome).getParameters() : link.scenario();
        ScenarioParser.Result result = parser.parse(query, mode);
        ScenarioSpec s = opening(result, query);
        List<ParamError> errors = new ArrayList<>(result.errors());
        errors.addAll(link.errors());
        ControlPolicy p = ControlPolicy.imposed(VaadinSession.getCurrent())
                .map(imposed -> imposed.over(s, link.view(), parser, mode))
                .orElseGet(() -> ControlPolicy.of(s, link.view()));
        return new Opening(link, p, errors);
    }

    /** Opens a link's query: view parameters, then the scenario (invalid parts reported, defaults used). */
    protected void open(Map<String, List<String>> raw) {
        if (reporter != null && ui != null) {
            ControlPolicy.follow(VaadinSession.getCurrent(), reporter.classScenario(ui), parser, mode);
        }
        Opening o = opening(raw);
        pendingLinkErrors = o.errors();
        policy = o.policy();
        applyView(policy.view());
        load(policy.scenario());
        Integer k = o.link().view().step();
        Playback p = playbacks.current();
        if (k != null && p != null && k > 0) {
            page.setFollow(true);
            p.seek(k);
        }
    }

    /**
     * Back or Forward in the browser: reopens the scenario in the address bar when it differs from the one shown (the
     * page's own popstate listener, so history works whatever Vaadin's router makes of entries the page pushed).
     */
    private void reopen(String search) {
        Map<String, List<String>> query = QueryParameters.fromString(AddressBar.search(search)).getParameters();
        Opening o = opening(query);
        if (o.link().scenario().isEmpty() || address.shows(canonicalQuery(o.policy().scenario()))) {
            return;
        }
        open(query);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI attached = attachEvent.getUI();
        ui = attached;
        attached.getPage().addJavaScript("context://gdp/keys.js");
        PageLease.install(this, playbacks::current);
        if (!popstateListener) {
            popstateListener = true;
            getElement().addEventListener("gdp-popstate", e -> reopen(e.getEventData().get("event.detail.search")
                    .asString())).addEventData("event.detail.search");
        }
        getElement().executeJs("const el = this; if (el.__gdpPop) { return; } el.__gdpPop = true;"
                + " window.addEventListener('popstate', () => { window.__gdpPops = (window.__gdpPops || 0) + 1;"
                + " if (el.isConnected) {"
                + " el.dispatchEvent(new CustomEvent('gdp-popstate', {detail: {search: window.location.search}})); } });");
        localize();
        RunReporter r = reporter;
        if (r != null && classPage == null) {
            classPage = r.attach(this, attached, new RunReporter.Controls() {
                @Override
                public void open(String query) {
                    openClassLink(query);
                }

                @Override
                public void pause() {
                    transport.pause();
                }
            });
        }
    }

    /** The classroom's run reporter, when the app has one. */
    @Autowired(required = false)
    protected void setRunReporter(RunReporter reporter) {
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

    // ---------------------------------------------------------------- form

    /** Any control changed: validate the whole form on the server; a valid change starts the run(s) over. */
    protected void formChanged(Component source) {
        if (populating || refuseLocked(source)) {
            return;
        }
        byLearner(() -> validate(source));
    }

    /** Runs a change the learner made (a scenario it starts gets its own history entry). */
    protected void byLearner(Runnable change) {
        boolean was = userChange;
        userChange = true;
        try {
            change.run();
        } finally {
            userChange = was;
        }
    }

    /** Runs {@code fill} as the page filling its own fields (their change events are ignored). */
    protected void populating(Runnable fill) {
        boolean was = populating;
        populating = true;
        try {
            fill.run();
        } finally {
            populating = was;
        }
    }

    /** The form is invalid: nothing runs, the status says why. */
    protected void rejected(String sentence) {
        transport.pause();
        formInvalid = true;
        statusLine.invalid(sentence);
    }

    /**
     * Honest Play: while a field is invalid, Play and Step start nothing (the last valid scenario is not run behind
     * the learner's back) and the status says which field to fix.
     */
    private boolean refuseWhileInvalid() {
        if (!formInvalid || transport.playing()) {
            return false;
        }
        statusLine.invalid(getTranslation("pg.invalid.play"));
        return true;
    }

    protected void showLinkErrors() {
        PageLinks.showErrors(linkErrors, pendingLinkErrors, messages, getLocale(), this::getTranslation);
    }

    /** Click on the contour: the (shared) start moves there, rounded to what a person would type. */
    public void startAt(double x, double y) {
        if (fixed().contains(Control.INIT) || form.init.size() != 2
                || !"given".equals(Objects.requireNonNullElse(form.initMode.getValue(), "given"))) {
            return;
        }
        populating(() -> {
            form.init.get(0).setValue(ScenarioQuery.number(Math.round(x * 1000) / 1000.0));
            form.init.get(1).setValue(ScenarioQuery.number(Math.round(y * 1000) / 1000.0));
        });
        formChanged(form.init.get(0));
    }

    // ---------------------------------------------------------------- playback

    /**
     * Step records a page keeps per run: every step, but together no more than one playground run may keep
     * ({@code limits.uiRecords()}), so eight long runs do not hold eight times the memory; beyond that the engine thins
     * them evenly (the final step is always kept).
     */
    public static int recordsPerRun(ScenarioSpec s, Limits limits) {
        long perRun = Math.max(2, limits.uiRecords() / s.runs().size());
        return (int) Math.min(s.steps() + 1L, perRun);
    }

    /** Starts a scenario: a paused playback at k = 0, its views, the address bar. */
    protected void start(ScenarioSpec s) {
        playbacks.close();
        spec = s;
        scenarios = factory.scenarios(s, recordsPerRun(s, limits));
        Objective o = scenarios.get(0).objective();
        objective = o;
        started(s);
        page.start(o, scenarios.size());
        configureViews(o, s, true);
        boolean push = instant.started(s, userChange, tr());
        playbacks.open(runService, scenarios, speedValue(), new PagePlayback.Frames<T>() {
            @Override
            public @Nullable T prepare(Frame f, int generation) {
                return RunPageView.this.prepare(f, generation);
            }

            @Override
            public void show(Frame f, @Nullable T prepared) {
                frame(f, prepared);
            }

            @Override
            public void busy() {
                page.setPlaying(false);
                updateButtons();
                statusLine.say(getTranslation("pg.busy"));
            }
        }, instant.openAt(s));
        writeUrl(s, push);
    }

    /**
     * What every frame tells beyond the page's pictures: an embedding lesson and the classroom hear how the runs
     * went, and a run that blows up turns the loss axis logarithmic (the toggle shows the switch).
     */
    protected void reportFrame(Frame f, boolean playing) {
        ScenarioSpec shown = spec;
        if (shown == null) {
            return;
        }
        embedReport.offer(this, shown, f.runs(), playing);
        if (classPage != null && !f.runs().isEmpty()) {
            classPage.frame(shown, f.runs().get(0), playing);
        }
        if (!logScale && RunOutcome.wantsLogAxis(f.runs())) {
            lossLog.setValue(true);
        }
    }

    /** The step table for the run shown in it (the selected one): its columns and the optimizer's state. */
    public void configureTable() {
        ScenarioSpec s = spec;
        Objective o = objective;
        if (s == null || o == null || scenarios.size() <= page.selected()) {
            return;
        }
        table.configure(o.dimension(), Axes.of(o).names(),
                scenarios.get(page.selected()).optimizer().init(o.dimension()).names(),
                o.data().isPresent() && s.batch() != null, this::getTranslation);
    }

    /** The downloads' source: the records on screen, the surface, the run's label, whether it used mini-batches. */
    protected PageExports.Source exportSource() {
        return new PageExports.Source() {
            @Override
            public List<org.gdplayground.engine.run.StepRecord> records() {
                return page.records();
            }

            @Override
            public @Nullable Objective objective() {
                return objective;
            }

            @Override
            public String label() {
                return spec == null ? "" : spec.run().opt();
            }

            @Override
            public boolean batches() {
                return spec != null && spec.batch() != null;
            }
        };
    }

    public void updateButtons() {
        transport.show(this, play, step, this::getTranslation);
    }

    protected Speed speedValue() {
        return Objects.requireNonNullElse(speed.getValue(), Speed.FAST);
    }

    // ---------------------------------------------------------------- address bar

    /**
     * Writes the scenario and the view into the address bar: a new history entry for a scenario the learner chose
     * (Back returns to the one before), the same entry for a link opened. Written with {@code history} directly
     * (keeping the router's state): Flow's {@code History} re-serialises the query through a map and would scramble
     * the canonical order ({@code fn} first, runs in order).
     */
    private void writeUrl(ScenarioSpec s, boolean push) {
        write(address.show(canonicalQuery(s), viewParams().suffix(getLocale()), push));
    }

    /** Rewrites the address bar's view part (same history entry). */
    protected void updateViewInUrl() {
        if (!populating) {
            write(address.view(viewParams().suffix(getLocale())));
        }
    }

    private void write(AddressBar.@Nullable Entry e) {
        UI u = ui;
        if (u == null || e == null) {
            return;
        }
        // A Back or Forward between this write's scheduling and its turn makes it stale: it would overwrite the entry
        // the learner just went to (the page reopens that entry and writes it itself), so it is dropped.
        u.getPage().executeJs("const pops = window.__gdpPops || 0; setTimeout(() => {"
                + " if ((window.__gdpPops || 0) !== pops) { return; }"
                + " if ($1) { window.history.pushState(null, '', $0); } else {"
                + " window.history.replaceState(window.history.state, '', $0); }"
                + " window.dispatchEvent(new CustomEvent('vaadin-navigated')); })", e.url(), e.push());
    }

    /** The canonical query string of what is on screen (for tests and the share button). */
    public String currentQuery() {
        return address.query();
    }

    // ---------------------------------------------------------------- hide and lock

    /**
     * Imposes a policy (a class's scenario with its hidden and locked controls) on this browser session and opens
     * its scenario here now. From then on every link this session opens on a run page, Back and Forward included,
     * keeps the policy's values in its fixed controls and hides and locks its controls; a link cannot lift it
     * ({@link ControlPolicy#lift} does). Call on the UI thread (inside {@code ui.access} from elsewhere).
     */
    public void applyPolicy(ControlPolicy imposed) {
        ControlPolicy.impose(VaadinSession.getCurrent(), imposed);
        pendingLinkErrors = List.of();
        policy = imposed.over(imposed.scenario(), imposed.view(), parser, mode);
        applyView(policy.view());
        load(policy.scenario());
    }

    /** The policy the page shows now (the link's, combined with an imposed one). */
    public ControlPolicy policy() {
        return policy;
    }

    protected Set<Control> fixed() {
        return policy.fixed(mode);
    }

    protected void showPolicy() {
        // Locked: every control the scenario fixes on this page (compare also fixes the run list and the presets
        // when a run's control is fixed), unless it is hidden.
        Set<Control> locked = java.util.EnumSet.noneOf(Control.class);
        locked.addAll(fixed());
        locked.removeAll(policy.hidden());
        slots().apply(policy.hidden(), locked);
        ControlPolicyNote.show(lockedNote, policy.locked(), this::getTranslation);
    }

    /** Whether a change of a fixed control was refused (the page then shows the fixed value again). */
    protected boolean refuseLocked(Component source) {
        return slots().controlOf(source).map(this::refuseLocked).orElse(false);
    }

    protected boolean refuseLocked(Control c) {
        if (!fixed().contains(c)) {
            return false;
        }
        ScenarioSpec s = spec;
        if (c.scenario() && s != null) {
            restore(s);
        } else if (!c.scenario()) {
            applyView(policy.enforce(viewParams()));
        }
        return true;
    }

    protected void applyView(ViewParams v) {
        populating(() -> {
            logScale = v.log();
            lossLog.setValue(v.log());
            speed.setValue(v.speed());
            instant.set(v.instant());
            showArrows = v.arrows() && arrows != null;
            page.arrows(showArrows);
            if (arrows != null) {
                arrows.setValue(v.arrows());
            }
        });
    }

    // ---------------------------------------------------------------- text

    private void localize() {
        cards.localize(this::getTranslation);
        form.localize(this::getTranslation);
        speed.setLabel(getTranslation("pg.speed"));
        speed.setItemLabelGenerator(s -> getTranslation("pg.speed." + s.key()));
        speed.setTooltipText(getTranslation("pg.speed.tip"));
        step.setText(getTranslation("pg.step"));
        step.setTooltipText(getTranslation(tips + ".step.tip"));
        reset.setText(getTranslation("pg.reset"));
        reset.setTooltipText(getTranslation("pg.reset.tip"));
        share.setText(getTranslation("pg.share"));
        share.setTooltipText(getTranslation(tips + ".share.tip"));
        play.setTooltipText(getTranslation(tips + ".play.tip"));
        keysHint.setText(getTranslation("pg.keys"));
        tableTitle.setText(getTranslation(tips + ".table"));
        explainTitle.setText(getTranslation("pg.explain"));
        instant.localize(tr());
        localizePage();
        showPolicy();
        updateButtons();
        showLinkErrors();
        ScenarioSpec s = spec;
        Objective o = objective;
        if (s != null && o != null) {
            configureViews(o, s, false);
            relocalized();
        }
    }

    /** After the language changed and the views were configured again: redraw what the frame shows. */
    protected abstract void relocalized();

    /** A translator for the page's language. */
    protected StatusText.Translator tr() {
        return this::getTranslation;
    }

    // ---------------------------------------------------------------- read by the page's parts and tests

    public @Nullable Objective objective() {
        return objective;
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    public boolean logScale() {
        return logScale;
    }

    public Messages messages() {
        return messages;
    }

    /** The spec shown. */
    public @Nullable ScenarioSpec spec() {
        return spec;
    }

    public boolean isPlaying() {
        return page.playing();
    }

    public int cursor() {
        return page.cursor();
    }
}
