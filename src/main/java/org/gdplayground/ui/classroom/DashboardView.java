package org.gdplayground.ui.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.gdplayground.classroom.ClassEvents;
import org.gdplayground.classroom.ClassroomService;
import org.gdplayground.classroom.Model.ClassInfo;
import org.gdplayground.classroom.Model.RunRow;
import org.gdplayground.classroom.Model.Snapshot;
import org.gdplayground.classroom.Model.StudentRow;
import org.gdplayground.classroom.ScenarioLink;
import org.gdplayground.classroom.Trajectories;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.ui.MainLayout;
import org.gdplayground.ui.chart.ContourCache;
import org.gdplayground.ui.chart.Palette;
import org.gdplayground.ui.chart.SweepChartSvg;
import org.gdplayground.ui.common.ChartSpecs;
import org.gdplayground.ui.common.Formats;
import org.gdplayground.ui.common.LiveChart;
import org.gdplayground.ui.common.SvgPanel;
import org.gdplayground.ui.common.ViewParams;
import org.jspecify.annotations.Nullable;

/**
 * {@code /class/<code>?key=…}: the teacher's dashboard. Without the right key (or for an unknown or expired code) it
 * shows only "no such class". It updates live: class events (from any app instance) mark it stale and it reloads
 * from the database at most {@link #UPDATES_PER_SECOND} times a second, changing only the table cells that changed;
 * the contour is redrawn at most once a second.
 */
@Route(value = "class/:code", layout = MainLayout.class)
public class DashboardView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final int UPDATES_PER_SECOND = 4;
    private static final long MIN_GAP_MS = 1000 / UPDATES_PER_SECOND;
    private static final long CONTOUR_GAP_NANOS = 1_000_000_000L;
    /** A safety net behind the events (a notification lost while a connection was reopened). */
    private static final long POLL_MS = 5000;
    private static final ScheduledExecutorService TIMER = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "gdp-class-dashboard");
        t.setDaemon(true);
        return t;
    });

    private final ClassroomService classes;
    private final ScenarioParser parser;
    private final ScenarioFactory factory;
    private final ContourCache contours;

    // not found
    final Div noSuchClass = new Div();
    private final H2 noSuchTitle = new H2();
    private final Paragraph noSuchText = new Paragraph();

    // the class
    final Div dashboard = new Div();
    private final H3 codeTitle = new H3();
    final Span classCode = new Span();
    private final Span joinAt = new Span();
    final Anchor joinLink = new Anchor();
    final SvgPanel joinQr = new SvgPanel("join-qr", "gdp-join-qr");
    private final Span keyNote = new Span();
    final Paragraph endedNote = new Paragraph();
    final TextField scenario = new TextField();
    final Button sendScenario = new Button();
    final Span scenarioNote = new Span();
    final Button pauseAll = new Button();
    final Button anonymize = new Button();
    final Anchor exportCsv = new Anchor();
    final Button endClass = new Button();
    private final H3 studentsTitle = new H3();
    final Element table = new Element("table");
    private final Element tbody = new Element("tbody");
    private final Element headRow = new Element("tr");
    final Paragraph noStudents = new Paragraph();
    private final H3 contourTitle = new H3();
    final LiveChart contour = new LiveChart("class-contour");
    final Paragraph contourNone = new Paragraph();
    private final Div contourCard = new Div();
    private final H3 sweepTitle = new H3();
    final SvgPanel sweep = new SvgPanel("class-sweep", "gdp-sweep-panel");
    private final Paragraph sweepCaption = new Paragraph();

    private @Nullable ClassInfo info;
    private String key = "";
    private @Nullable UI ui;
    private ClassEvents.@Nullable Subscription subscription;
    private @Nullable ScheduledFuture<?> poll;
    private final Object refreshLock = new Object();
    private boolean refreshScheduled;
    private long lastRefreshMs;
    private @Nullable Snapshot shown;
    private final Map<Long, Element[]> rows = new LinkedHashMap<>();
    private @Nullable Objective objective;
    private String contourScenario = "\u0000";
    private String contourSeries = "\u0000";
    private String contourData = "";
    private long lastContourNanos;
    private String sweepData = "";
    /** The sweep is drawn at the width the browser gives it, so its text stays at its design size (≥ 11 px). */
    private int sweepWidth = 640;
    private com.vaadin.flow.shared.@Nullable Registration resize;

    public DashboardView(ClassroomService classes, ScenarioParser parser, ScenarioFactory factory,
            ContourCache contours) {
        this.classes = classes;
        this.parser = parser;
        this.factory = factory;
        this.contours = contours;
        addClassNames("gdp-classroom", "gdp-dashboard");
        build();
    }

    private void build() {
        noSuchClass.setId("no-such-class");
        noSuchClass.addClassName("gdp-card");
        noSuchClass.add(noSuchTitle, noSuchText);

        classCode.setId("class-code");
        classCode.addClassName("gdp-class-code");
        joinLink.setId("join-link");
        joinLink.addClassName("gdp-join-link");
        joinLink.setTarget("_blank");
        keyNote.addClassName("gdp-note");
        Div codeBox = new Div(codeTitle, classCode, joinAt, joinLink, keyNote);
        codeBox.addClassName("gdp-class-code-box");
        Div joinCard = new Div(codeBox, joinQr);
        joinCard.addClassNames("gdp-card", "gdp-class-join");

        endedNote.setId("class-ended");
        endedNote.addClassName("gdp-class-ended");
        endedNote.setVisible(false);
        scenario.setId("class-scenario");
        scenario.setClearButtonVisible(true);
        scenario.addClassName("gdp-class-scenario");
        sendScenario.setId("send-scenario");
        sendScenario.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendScenario.addClickListener(e -> send());
        scenarioNote.setId("class-scenario-note");
        scenarioNote.addClassName("gdp-note");
        pauseAll.setId("pause-all");
        pauseAll.addClickListener(e -> togglePause());
        anonymize.setId("anonymize");
        anonymize.addClickListener(e -> toggleAnonymize());
        exportCsv.setId("export-class-csv");
        exportCsv.addClassName("gdp-class-export");
        exportCsv.setHref(DownloadHandler.fromInputStream(event -> {
            ClassInfo i = info;
            if (i == null) {
                return DownloadResponse.error(404);
            }
            byte[] csv = classes.csv(i, n -> getTranslation("classroom.anon", n)).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "class-" + i.code() + ".csv",
                    "text/csv;charset=utf-8", csv.length);
        }));
        exportCsv.getElement().setAttribute("download", true);
        endClass.setId("end-class");
        endClass.addThemeVariants(ButtonVariant.LUMO_ERROR);
        endClass.addClickListener(e -> end());
        Div sendRow = new Div(scenario, sendScenario);
        sendRow.addClassName("gdp-class-send");
        Div actions = new Div(pauseAll, anonymize, exportCsv, endClass);
        actions.addClassName("gdp-class-actions");
        Div controlCard = new Div(endedNote, sendRow, scenarioNote, actions);
        controlCard.addClassNames("gdp-card", "gdp-class-controls");

        table.setAttribute("id", "students");
        table.setAttribute("class", "gdp-class-table");
        Element thead = new Element("thead");
        thead.appendChild(headRow);
        table.appendChild(thead, tbody);
        Div tableBox = new Div();
        tableBox.addClassName("gdp-class-table-box");
        tableBox.getElement().appendChild(table);
        noStudents.addClassName("gdp-note");
        Div studentsCard = new Div(studentsTitle, tableBox, noStudents);
        studentsCard.addClassNames("gdp-card", "gdp-class-students");

        contourNone.addClassName("gdp-note");
        contourNone.setVisible(false);
        contourCard.add(contourTitle, contour, contourNone);
        contourCard.addClassName("gdp-card");
        sweepCaption.addClassName("gdp-note");
        Div sweepCard = new Div(sweepTitle, sweep, sweepCaption);
        sweepCard.addClassName("gdp-card");
        Div pictures = new Div(contourCard, sweepCard);
        pictures.addClassName("gdp-class-pictures");

        dashboard.addClassName("gdp-class-dashboard");
        dashboard.add(joinCard, controlCard, studentsCard, pictures);
        add(noSuchClass, dashboard);
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        List<String> keys = event.getLocation().getQueryParameters().getParameters().getOrDefault("key", List.of());
        key = keys.isEmpty() ? "" : keys.getFirst();
        info = classes.teacher(code, key).orElse(null);
        noSuchClass.setVisible(info == null);
        dashboard.setVisible(info != null);
        if (info == null) {
            // nothing of the class: not its code, not its students
            dashboard.removeAll();
            localize();
            return;
        }
        String join = baseUrl() + "/join/" + info.code();
        joinLink.setHref(join);
        joinLink.setText(join);
        joinQr.setSvg(JoinQr.svg(join, getTranslation("classroom.qr.alt")));
        classCode.setText(info.code());
        scenario.setValue(info.scenario().isEmpty() ? "" : info.scenario());
        localize();
        refreshNow();
    }

    private static String baseUrl() {
        VaadinRequest r = VaadinRequest.getCurrent();
        if (r instanceof VaadinServletRequest s) {
            var h = s.getHttpServletRequest();
            boolean defaultPort = ("http".equals(h.getScheme()) && h.getServerPort() == 80)
                    || ("https".equals(h.getScheme()) && h.getServerPort() == 443);
            return h.getScheme() + "://" + h.getServerName() + (defaultPort ? "" : ":" + h.getServerPort())
                    + h.getContextPath();
        }
        return "";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
        ui.getPage().addStyleSheet("context://gdp/classroom.css");
        ClassInfo i = info;
        if (i != null && subscription == null) {
            subscription = classes.events().subscribe(i.code(), kind -> scheduleRefresh());
            poll = TIMER.scheduleWithFixedDelay(this::scheduleRefresh, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
            contourScenario = "\u0000"; // a re-attached page gets its chart configured again
            refreshNow();
        }
        measureSweep();
        resize = ui.getPage().addBrowserWindowResizeListener(e -> measureSweep());
    }

    private void measureSweep() {
        sweep.getElement().executeJs("return this.clientWidth").then(Integer.class, w -> {
            if (w != null && w > 0) {
                int width = Math.clamp(w, 260, 1400);
                if (width != sweepWidth) {
                    sweepWidth = width;
                    if (shown != null) {
                        updateSweep(shown);
                    }
                }
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (poll != null) {
            poll.cancel(false);
            poll = null;
        }
        if (resize != null) {
            resize.remove();
            resize = null;
        }
        ui = null;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
        contourScenario = "\u0000";
        sweepData = "";
        if (shown != null) {
            apply(shown);
        }
    }

    @Override
    public String getPageTitle() {
        ClassInfo i = info;
        return (i == null ? getTranslation("classroom.nosuch") : getTranslation("classroom.code") + " " + i.code())
                + " · " + getTranslation("app.title");
    }

    // ---------------------------------------------------------------- live updates

    /** An event or the poll: reload soon, at most {@link #UPDATES_PER_SECOND} times a second. */
    void scheduleRefresh() {
        synchronized (refreshLock) {
            if (refreshScheduled) {
                return;
            }
            refreshScheduled = true;
            long wait = Math.max(0, lastRefreshMs + MIN_GAP_MS - System.currentTimeMillis());
            TIMER.schedule(this::refreshFromTimer, wait, TimeUnit.MILLISECONDS);
        }
    }

    private void refreshFromTimer() {
        synchronized (refreshLock) {
            refreshScheduled = false;
            lastRefreshMs = System.currentTimeMillis();
        }
        UI u = ui;
        ClassInfo i = info;
        if (u == null || i == null) {
            return;
        }
        try {
            Snapshot s = classes.snapshot(i);
            u.access(() -> apply(s));
        } catch (RuntimeException e) {
            // the database is away for a moment: the next event or poll tries again
        }
    }

    /** Reloads now (UI thread). */
    void refreshNow() {
        ClassInfo i = info;
        if (i != null) {
            apply(classes.snapshot(i));
        }
    }

    /** Shows a snapshot, changing only what differs from what is on the page. */
    void apply(Snapshot s) {
        shown = s;
        info = s.info();
        ClassInfo i = s.info();
        pauseAll.setText(getTranslation(i.paused() ? "classroom.resume" : "classroom.pause"));
        pauseAll.getElement().setAttribute("data-paused", Boolean.toString(i.paused()));
        anonymize.setText(getTranslation(i.anonymized() ? "classroom.reveal" : "classroom.anonymize"));
        anonymize.getElement().setAttribute("data-anonymized", Boolean.toString(i.anonymized()));
        endedNote.setVisible(i.ended());
        if (i.ended()) {
            endedNote.setText(getTranslation("classroom.ended", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                    .withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(i.expires())));
        }
        for (var c : List.of(sendScenario, pauseAll, endClass)) {
            c.setEnabled(!i.ended());
        }
        scenario.setReadOnly(i.ended());
        studentsTitle.setText(getTranslation("classroom.students", s.students().size()));
        noStudents.setVisible(s.students().isEmpty());
        updateRows(s);
        updateContour(s);
        updateSweep(s);
    }

    private String name(Snapshot s, int index, StudentRow st) {
        return s.info().anonymized() ? getTranslation("classroom.anon", index + 1) : st.nickname();
    }

    private void updateRows(Snapshot s) {
        for (int n = 0; n < s.students().size(); n++) {
            StudentRow st = s.students().get(n);
            Element[] cells = rows.get(st.id());
            if (cells == null) {
                Element tr = new Element("tr");
                tr.setAttribute("data-student", Long.toString(st.id()));
                cells = new Element[7];
                cells[0] = tr;
                for (int c = 1; c < 7; c++) {
                    cells[c] = new Element("td");
                    tr.appendChild(cells[c]);
                }
                Element swatch = new Element("span");
                swatch.setAttribute("class", "gdp-class-swatch");
                swatch.getStyle().set("background", Palette.color(n));
                cells[1].appendChild(swatch, new Element("span"));
                tbody.appendChild(tr);
                rows.put(st.id(), cells);
            }
            RunRow r = st.latest();
            // setText: a nickname is always text, never markup
            text(cells[1].getChild(1), name(s, n, st));
            text(cells[2], r == null ? getTranslation("classroom.status.waiting")
                    : getTranslation("classroom.status." + r.status()));
            text(cells[3], r == null ? "" : Integer.toString(r.step()));
            text(cells[4], r == null ? "" : Formats.num(r.loss()));
            text(cells[5], r == null ? "" : Formats.num(r.lr()));
            text(cells[6], r == null ? "" : r.optimizer());
            attr(cells[0], "data-status", r == null ? "waiting" : r.status());
            attr(cells[0], "data-loss", r == null ? "" : Double.toString(r.loss()));
            attr(cells[0], "data-lr", r == null ? "" : Double.toString(r.lr()));
            attr(cells[0], "data-final", Boolean.toString(r != null && r.finished()));
        }
    }

    private static void text(Element e, String value) {
        if (!value.equals(e.getText())) {
            e.setText(value);
        }
    }

    private static void attr(Element e, String name, String value) {
        if (!value.equals(e.getAttribute(name))) {
            e.setAttribute(name, value);
        }
    }

    private void updateContour(Snapshot s) {
        String link = s.info().scenario();
        if (!link.equals(contourScenario)) {
            contourScenario = link;
            contourSeries = "\u0000";
            objective = objectiveOf(link);
        }
        Objective o = objective;
        boolean drawable = o != null && o.dimension() == 2;
        contour.setVisible(drawable);
        contourNone.setVisible(!drawable);
        if (o == null || !drawable) {
            return;
        }
        List<ChartSpecs.Series> series = new ArrayList<>();
        StringBuilder points = new StringBuilder("{\"points\":{");
        StringBuilder current = new StringBuilder("\"current\":{");
        boolean first = true;
        for (int n = 0; n < s.students().size(); n++) {
            StudentRow st = s.students().get(n);
            series.add(new ChartSpecs.Series(Integer.toString(n), name(s, n, st), Palette.color(n)));
            RunRow r = st.latest();
            double[] p = r == null ? new double[0] : Trajectories.parse(r.trajectory());
            if (p.length < 2) {
                continue;
            }
            if (!first) {
                points.append(',');
                current.append(',');
            }
            first = false;
            points.append('"').append(n).append("\":").append(r.trajectory());
            current.append('"').append(n).append("\":[").append(p[p.length - 2]).append(',').append(p[p.length - 1])
                    .append(']');
        }
        String data = points.append("},").append(current).append("},\"playing\":false}").toString();
        String seriesKey = series.stream().map(x -> x.id() + "\u0001" + x.label()).collect(Collectors.joining("\u0002"));
        long now = System.nanoTime();
        boolean reconfigure = !seriesKey.equals(contourSeries);
        if (reconfigure) {
            contourSeries = seriesKey;
            String spec = ChartSpecs.contour(o, ChartSpecs.raster(contours, o), series, this::getTranslation);
            // a class is many lines: a legend of every name would hide the picture (the table has the colours)
            contour.configure(series.size() > 8 ? spec.replace("\"legend\":true", "\"legend\":false") : spec);
            contourData = "";
        }
        if (!data.equals(contourData) && (reconfigure || now - lastContourNanos >= CONTOUR_GAP_NANOS)) {
            lastContourNanos = now;
            if (!reconfigure) {
                contour.reset();
            }
            contourData = data;
            contour.append(data);
        } else if (!data.equals(contourData)) {
            scheduleRefresh(); // draw the rest after the gap
        }
    }

    private @Nullable Objective objectiveOf(String link) {
        Map<String, List<String>> raw = QueryParameters.fromString(ScenarioLink.query(link)).getParameters();
        Map<String, List<String>> q = new HashMap<>(ViewParams.parse(raw).scenario());
        q.remove("lang");
        ScenarioParser.Result r = parser.parse(q.isEmpty()
                ? QueryParameters.fromString("fn=sphere").getParameters() : q,
                ScenarioLink.isCompare(link) ? ScenarioParser.Mode.COMPARE : ScenarioParser.Mode.SINGLE);
        try {
            return factory.objective(r.spec());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void updateSweep(Snapshot s) {
        Map<Long, Integer> index = new HashMap<>();
        for (int n = 0; n < s.students().size(); n++) {
            index.put(s.students().get(n).id(), n);
        }
        List<SweepChartSvg.Point> points = new ArrayList<>();
        for (RunRow r : s.finished()) {
            Integer n = index.get(r.studentId());
            if (n != null) {
                points.add(new SweepChartSvg.Point(r.lr(), r.loss(),
                        "diverged".equals(r.status()) || !Double.isFinite(r.loss()), Palette.color(n)));
            }
        }
        int height = Math.clamp(Math.round(sweepWidth * 0.56f), 220, 420);
        String key = points.toString() + getLocale() + sweepWidth;
        if (!key.equals(sweepData)) {
            sweepData = key;
            sweep.setSvg(SweepChartSvg.render(points, sweepWidth, height, getTranslation("cmp.sweepChart.lr"),
                    getTranslation("cmp.sweepChart.loss"), getTranslation("cmp.sweepChart.diverged"),
                    getTranslation("cmp.sweepChart.best")));
        }
    }

    // ---------------------------------------------------------------- teacher actions

    void send() {
        ClassInfo i = info;
        if (i == null) {
            return;
        }
        String link;
        try {
            link = ScenarioLink.normalize(scenario.getValue());
        } catch (IllegalArgumentException tooLong) {
            scenario.setInvalid(true);
            return;
        }
        List<ParamError> errors = problems(link);
        if (!errors.isEmpty()) {
            scenario.setInvalid(true);
            scenarioNote.setText(getTranslation("classroom.scenario.invalid",
                    errors.stream().map(ParamError::param).distinct().collect(Collectors.joining(", "))));
            return;
        }
        scenario.setInvalid(false);
        if (classes.sendScenario(i.code(), key, link)) {
            scenario.setValue(link);
            scenarioNote.setText(getTranslation("classroom.scenario.sent"));
            refreshNow();
        }
    }

    /** What the playground or compare would report about a link (unknown parameters, bad values). */
    private List<ParamError> problems(String link) {
        if (link.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> raw = new HashMap<>(QueryParameters.fromString(ScenarioLink.query(link))
                .getParameters());
        raw.remove("lang");
        ViewParams.Parsed p = ViewParams.parse(raw);
        List<ParamError> errors = new ArrayList<>(p.errors());
        if (!p.scenario().isEmpty()) {
            errors.addAll(parser.parse(p.scenario(), ScenarioLink.isCompare(link) ? ScenarioParser.Mode.COMPARE
                    : ScenarioParser.Mode.SINGLE).errors());
        }
        return errors;
    }

    void togglePause() {
        ClassInfo i = info;
        if (i != null && classes.setPaused(i.code(), key, !i.paused())) {
            refreshNow();
        }
    }

    void toggleAnonymize() {
        ClassInfo i = info;
        if (i != null && classes.setAnonymized(i.code(), key, !i.anonymized())) {
            refreshNow();
        }
    }

    void end() {
        ClassInfo i = info;
        if (i != null && classes.end(i.code(), key)) {
            refreshNow();
        }
    }

    // ---------------------------------------------------------------- texts

    private void localize() {
        noSuchTitle.setText(getTranslation("classroom.nosuch"));
        noSuchText.setText(getTranslation("classroom.nosuch.text"));
        codeTitle.setText(getTranslation("classroom.code"));
        joinAt.setText(getTranslation("classroom.join.at"));
        keyNote.setText(getTranslation("classroom.key.note"));
        scenario.setLabel(getTranslation("classroom.scenario"));
        scenario.setPlaceholder(getTranslation("classroom.scenario.help"));
        sendScenario.setText(getTranslation("classroom.scenario.send"));
        exportCsv.setText(getTranslation("classroom.export"));
        endClass.setText(getTranslation("classroom.end"));
        contourTitle.setText(getTranslation("classroom.contour"));
        contourNone.setText(getTranslation("classroom.contour.none"));
        sweepTitle.setText(getTranslation("classroom.sweep"));
        sweepCaption.setText(getTranslation("classroom.sweep.caption"));
        noStudents.setText(getTranslation("classroom.students.none"));
        headRow.removeAllChildren();
        for (String k : List.of("name", "status", "step", "loss", "lr", "optimizer")) {
            headRow.appendChild(new Element("th").setText(getTranslation("classroom.col." + k)));
        }
        ClassInfo i = info;
        if (i != null) {
            pauseAll.setText(getTranslation(i.paused() ? "classroom.resume" : "classroom.pause"));
            anonymize.setText(getTranslation(i.anonymized() ? "classroom.reveal" : "classroom.anonymize"));
            studentsTitle.setText(getTranslation("classroom.students", shown == null ? 0 : shown.students().size()));
        }
    }

    /** The class shown, for tests. */
    Optional<ClassInfo> info() {
        return Optional.ofNullable(info);
    }

    /** The table's rows as text (name, status, step, loss, lr, optimizer), for tests. */
    List<List<String>> rowTexts() {
        List<List<String>> out = new ArrayList<>();
        for (Element[] cells : rows.values()) {
            List<String> r = new ArrayList<>();
            r.add(cells[1].getChild(1).getText());
            for (int c = 2; c < 7; c++) {
                r.add(cells[c].getText());
            }
            out.add(r);
        }
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
