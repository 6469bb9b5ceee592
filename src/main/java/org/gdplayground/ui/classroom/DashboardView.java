package org.gdplayground.ui.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gdplayground.classroom.ClassroomService;
import org.gdplayground.classroom.JoinLinks;
import org.gdplayground.classroom.Model.ClassInfo;
import org.gdplayground.classroom.Model.RunRow;
import org.gdplayground.classroom.Model.Snapshot;
import org.gdplayground.classroom.Model.StudentRow;
import org.gdplayground.classroom.Outcome;
import org.gdplayground.classroom.Presence;
import org.gdplayground.classroom.ScenarioLink;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.ui.MainLayout;
import org.gdplayground.ui.chart.ContourCache;
import org.gdplayground.ui.common.ChartSpecs;
import org.gdplayground.ui.common.Formats;
import org.gdplayground.ui.common.LiveChart;
import org.gdplayground.ui.common.SvgPanel;
import org.gdplayground.ui.common.ViewParams;
import org.jspecify.annotations.Nullable;

/**
 * {@code /class/<code>}: the teacher's dashboard. The teacher key reaches it once, in a teacher link
 * ({@code ?key=…}); it is then kept by this browser (an HttpOnly, SameSite=Strict cookie lasting as long as the class
 * is kept) and the address becomes {@code /class/<code>}, so the key is never on the projector, in the history or in
 * a Referer. Without the key (or for an unknown or deleted code) it shows only "no such class". It updates live:
 * class events (from any app instance) mark it stale and it reloads from the database at most
 * {@link ClassLive#UPDATES_PER_SECOND} times a second, changing only the table cells that changed; the contour is redrawn at
 * most once a second.
 */
@Route(value = "class/:code", layout = MainLayout.class)
public class DashboardView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    /** The table's columns after the pick box: their message keys, and what they sort by. */
    private static final List<String> COLUMNS = List.of("name", "outcome", "presence", "step", "loss", "lr",
            "optimizer");

    private final ClassroomService classes;
    private final ScenarioParser parser;
    private final JoinLinks links;

    // not found
    final Div noSuchClass = new Div();
    private final H2 noSuchTitle = new H2();
    private final Paragraph noSuchText = new Paragraph();

    // the class
    final Div dashboard = new Div();
    private final H3 codeTitle = new H3();
    final Anchor joinLink = new Anchor();
    private final JoinCard joinCard = new JoinCard("join-qr", joinLink);
    final Span classCode = joinCard.classCode;
    final SvgPanel joinQr = joinCard.qr;
    final Div joinWarning = new Div();
    private final Span keyNote = new Span();
    final Anchor projectorLink = new Anchor();
    final Button teacherLinkButton = new Button();
    final TextField teacherLink = new TextField();
    final Paragraph endedNote = JoinCard.endedNote();
    final TextField scenario = new TextField();
    final Button sendScenario = new Button();
    final Span scenarioNote = new Span();
    final Button pauseAll = new Button();
    final Button anonymize = new Button();
    final Anchor exportCsv = new Anchor();
    final Button endClass = new Button();
    final Button endConfirm = new Button();
    final Dialog endDialog = new Dialog();
    private final Paragraph endText = new Paragraph();
    final Button deleteClass = new Button();
    final Button deleteConfirm = new Button();
    final Dialog deleteDialog = new Dialog();
    private final Paragraph deleteText = new Paragraph();
    private final Button endCancel = new Button();
    private final Button deleteCancel = new Button();
    final Div needsHelp = new Div();
    private final H3 needsHelpTitle = new H3();
    private final Div needsHelpList = new Div();
    private final H3 studentsTitle = new H3();
    final Element table = new Element("table");
    private final Element tbody = new Element("tbody");
    private final Element headRow = new Element("tr");
    final Paragraph noStudents = new Paragraph();
    final Button showSnapshot = new Button();
    final Button clearSnapshot = new Button();
    final Span snapshotNote = new Span();
    private final H3 contourTitle = new H3();
    private final H3 sweepTitle = new H3();
    private final Paragraph sweepCaption = new Paragraph();
    final ClassPictures pictures;
    final LiveChart contour;
    final SvgPanel sweep;

    // one student's run, opened from the table
    final Div studentRun = new Div();
    private final H3 studentTitle = new H3();
    private final Span studentOutcome = new Span();
    final Anchor replay = new Anchor();
    final LiveChart studentContour = new LiveChart("student-contour");
    final TextField renameField = new TextField();
    final Button renameSave = new Button();
    final Button removeStudent = new Button();
    private final Button closeStudent = new Button();
    private @Nullable Long openStudent;
    private String studentSpec = "";
    private String studentData = "";

    private @Nullable ClassInfo info;
    private String key = "";
    private String joinBase = "";
    private @Nullable UI ui;
    private final ClassLive live = new ClassLive(this::load, this::apply, this::gone);
    private @Nullable Snapshot shown;
    private final Map<Long, Element[]> rows = new LinkedHashMap<>();
    private final Set<Long> picked = new LinkedHashSet<>();
    private String sortBy = "";
    private boolean sortDescending;
    private String order = "";
    private String helpShown = "";

    public DashboardView(ClassroomService classes, ScenarioParser parser, ScenarioFactory factory,
            ContourCache contours, JoinLinks links, org.gdplayground.classroom.ClassPredictions predictions) {
        this.classes = classes;
        this.parser = parser;
        this.links = links;
        this.pictures = new ClassPictures("class-contour", "class-sweep", parser, factory, contours, this);
        this.contour = pictures.contour;
        this.sweep = pictures.sweep;
        pictures.sweepTextScale = 16f / 11f; // read from the back of the room, like the contour (--gdp-plot-font)
        addClassNames("gdp-classroom", "gdp-dashboard");
        build();
        dashboard.add(new PredictionsCard(predictions, classes, () -> info));
    }

    private void build() {
        noSuchClass.setId("no-such-class");
        noSuchClass.addClassName("gdp-card");
        noSuchClass.add(noSuchTitle, noSuchText);

        joinLink.setTarget("_blank");
        joinWarning.setId("join-warning");
        joinWarning.addClassName("gdp-class-warning");
        joinWarning.setVisible(false);
        keyNote.addClassName("gdp-note");
        projectorLink.setId("projector-link");
        projectorLink.addClassName("gdp-projector-link");
        projectorLink.setTarget("_blank");
        teacherLinkButton.setId("copy-teacher-link");
        teacherLinkButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        teacherLinkButton.addClickListener(e -> revealTeacherLink());
        teacherLink.setId("teacher-link");
        teacherLink.setReadOnly(true);
        teacherLink.setVisible(false);
        teacherLink.setWidthFull();
        Div access = new Div(projectorLink, teacherLinkButton);
        access.addClassName("gdp-class-access");
        joinCard.codeBox.addComponentAsFirst(codeTitle);
        joinCard.codeBox.add(joinWarning, access, teacherLink, keyNote);

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
            byte[] csv = classes.csv(i, n -> getTranslation("classroom.anon", n), ZoneId.systemDefault())
                    .getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "class-" + i.code() + ".csv",
                    "text/csv;charset=utf-8", csv.length);
        }));
        exportCsv.getElement().setAttribute("download", true);
        endClass.setId("end-class");
        endClass.addThemeVariants(ButtonVariant.LUMO_ERROR);
        endClass.addClickListener(e -> endDialog.open());
        endConfirm.setId("end-class-confirm");
        endConfirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        endConfirm.addClickListener(e -> {
            endDialog.close();
            end();
        });
        endCancel.addClickListener(e -> endDialog.close());
        endDialog.add(endText);
        endDialog.getFooter().add(endCancel, endConfirm);
        deleteClass.setId("delete-class");
        deleteClass.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        deleteClass.addClickListener(e -> deleteDialog.open());
        deleteConfirm.setId("delete-class-confirm");
        deleteConfirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        deleteConfirm.addClickListener(e -> {
            deleteDialog.close();
            delete();
        });
        deleteCancel.addClickListener(e -> deleteDialog.close());
        deleteDialog.add(deleteText);
        deleteDialog.getFooter().add(deleteCancel, deleteConfirm);
        Div sendRow = new Div(scenario, sendScenario);
        sendRow.addClassName("gdp-class-send");
        // ending is set apart from the everyday buttons, and asks first
        Div danger = new Div(endClass, deleteClass);
        danger.addClassName("gdp-class-danger");
        Div actions = new Div(pauseAll, anonymize, exportCsv, danger);
        actions.addClassName("gdp-class-actions");
        Div controlCard = new Div(endedNote, sendRow, scenarioNote, actions);
        controlCard.addClassNames("gdp-card", "gdp-class-controls");

        needsHelp.setId("needs-help");
        needsHelp.addClassNames("gdp-card", "gdp-needs-help");
        needsHelpList.addClassName("gdp-needs-help-list");
        needsHelp.add(needsHelpTitle, needsHelpList);

        table.setAttribute("id", "students");
        table.setAttribute("class", "gdp-class-table");
        Element thead = new Element("thead");
        thead.appendChild(headRow);
        table.appendChild(thead, tbody);
        Div tableBox = new Div();
        tableBox.addClassName("gdp-class-table-box");
        tableBox.getElement().appendChild(table);
        noStudents.addClassName("gdp-note");
        showSnapshot.setId("show-snapshot");
        showSnapshot.addClickListener(e -> showSnapshot(new ArrayList<>(picked)));
        clearSnapshot.setId("clear-snapshot");
        clearSnapshot.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearSnapshot.addClickListener(e -> showSnapshot(List.of()));
        snapshotNote.setId("snapshot-note");
        snapshotNote.addClassName("gdp-note");
        Div snapshotRow = new Div(showSnapshot, clearSnapshot, snapshotNote);
        snapshotRow.addClassName("gdp-class-actions");
        Div studentsCard = new Div(studentsTitle, tableBox, noStudents, snapshotRow);
        studentsCard.addClassNames("gdp-card", "gdp-class-students");

        studentRun.setId("student-run");
        studentRun.addClassNames("gdp-card", "gdp-student-run");
        studentRun.setVisible(false);
        replay.setId("replay-run");
        replay.setTarget("_blank");
        renameField.setId("rename-student");
        renameSave.setId("rename-student-save");
        renameSave.addClickListener(e -> rename());
        removeStudent.setId("remove-student");
        removeStudent.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        removeStudent.addClickListener(e -> remove());
        closeStudent.setId("close-student");
        closeStudent.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        closeStudent.addClickListener(e -> openStudent(null));
        Div renameRow = new Div(renameField, renameSave, removeStudent);
        renameRow.addClassName("gdp-class-send");
        studentOutcome.addClassName("gdp-student-outcome");
        Div studentHead = new Div(studentTitle, closeStudent);
        studentHead.addClassName("gdp-student-head");
        studentRun.add(studentHead, studentOutcome, replay, studentContour, renameRow);

        Div contourCard = new Div(contourTitle, contour, pictures.contourNone, pictures.legend);
        contourCard.addClassNames("gdp-card", "gdp-class-contour-card");
        sweepCaption.addClassName("gdp-note");
        Div sweepCard = new Div(sweepTitle, sweep, sweepCaption);
        sweepCard.addClassName("gdp-card");
        Div pics = new Div(contourCard, studentRun, sweepCard);
        pics.addClassName("gdp-class-pictures");

        dashboard.addClassName("gdp-class-dashboard");
        dashboard.add(joinCard, controlCard, needsHelp, studentsCard, pics);
        add(noSuchClass, dashboard, endDialog, deleteDialog);
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        List<String> keys = query.getOrDefault("key", List.of());
        String given = keys.isEmpty() ? "" : keys.getFirst();
        String normalized = org.gdplayground.classroom.Secrets.normalizeCode(code);
        key = given;
        info = given.isEmpty() ? null : classes.teacher(code, given).orElse(null);
        if (info != null) {
            // a teacher link: this browser keeps the key from now on, and the address loses it
            ClassCookies.rememberTeacher(info.code(), given,
                    Duration.between(classes.now(), classes.deletesAt(info)));
            Map<String, List<String>> rest = new HashMap<>(query);
            rest.remove("key");
            String q = new QueryParameters(rest).getQueryString();
            event.getUI().getPage().getHistory().replaceState(null, "class/" + info.code()
                    + (q.isEmpty() ? "" : "?" + q));
        } else if (normalized != null) {
            String remembered = ClassCookies.teacherKey(normalized);
            if (remembered != null) {
                key = remembered;
                info = classes.teacher(normalized, remembered).orElse(null);
            }
        }
        noSuchClass.setVisible(info == null);
        dashboard.setVisible(info != null);
        if (info == null) {
            // nothing of the class: not its code, not its students
            key = "";
            dashboard.removeAll();
            localize();
            return;
        }
        showJoinLink(links.base(ClassLive.requestBase()));
        projectorLink.setHref("class/" + info.code() + "/projector");
        scenario.setValue(info.scenario().isEmpty() ? "" : info.scenario());
        localize();
        refreshNow();
    }

    /** Shows the join link and QR for {@code base}, warning when phones cannot reach it. */
    private void showJoinLink(String base) {
        ClassInfo i = info;
        if (i == null) {
            return;
        }
        joinBase = base;
        String join = base + "/join/" + i.code();
        joinLink.setHref(join);
        joinLink.setText(join);
        joinCard.show(i.code(), join, getTranslation("classroom.qr.alt"));
        joinWarning.removeAll();
        String host = hostOf(base);
        boolean local = links.publicUrl().isEmpty() && JoinLinks.loopback(host);
        joinWarning.setVisible(local);
        if (local) {
            joinWarning.add(new Span(getTranslation("classroom.join.local")));
            int port = portOf(base);
            List<String> lan = links.lanBases(base.startsWith("https") ? "https" : "http", port);
            if (lan.isEmpty()) {
                joinWarning.add(new Span(" " + getTranslation("classroom.join.local.none")));
            }
            int n = 0;
            for (String b : lan) {
                Button use = new Button(b, e -> showJoinLink(b));
                use.setId("lan-address-" + n++);
                use.addThemeVariants(ButtonVariant.LUMO_SMALL);
                joinWarning.add(use);
            }
        }
    }

    private static String hostOf(String base) {
        try {
            String h = java.net.URI.create(base).getHost();
            return h == null ? "" : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static int portOf(String base) {
        try {
            java.net.URI u = java.net.URI.create(base);
            return u.getPort() > 0 ? u.getPort() : ("https".equals(u.getScheme()) ? 443 : 80);
        } catch (IllegalArgumentException e) {
            return 8080;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
        ui.getPage().addStyleSheet("context://gdp/classroom.css");
        ClassInfo i = info;
        if (i != null && live.attach(ui, classes.events(), i.code())) {
            pictures.invalidate(); // a re-attached page gets its chart configured again
            refreshNow();
        }
        pictures.watchSweep(() -> {
            if (shown != null) {
                apply(shown);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.detach();
        ui = null;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
        pictures.invalidate();
        helpShown = "";
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

    /** An event or the poll: reload soon (see {@link ClassLive}). */
    void scheduleRefresh() {
        live.schedule();
    }

    /** The class as it is now, off the UI thread; empty once the key no longer opens it (deleted). */
    private Optional<Snapshot> load() {
        ClassInfo i = info;
        return i == null ? Optional.empty() : classes.teacher(i.code(), key).map(classes::snapshot);
    }

    /** The class was deleted (here or elsewhere): nothing of it stays on the page. */
    private void gone() {
        live.detach();
        info = null;
        shown = null;
        rows.clear();
        // emptied, not hidden: Flow sends no changes inside a hidden element, so the browser would keep the
        // students' rows (out of sight, but in the page)
        dashboard.removeAll();
        noSuchClass.setVisible(true);
        localize();
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
        boolean open = classes.isOpen(i);
        pauseAll.setText(getTranslation(i.paused() ? "classroom.resume" : "classroom.pause"));
        pauseAll.getElement().setAttribute("data-paused", Boolean.toString(i.paused()));
        anonymize.setText(getTranslation(i.anonymized() ? "classroom.reveal" : "classroom.anonymize"));
        anonymize.getElement().setAttribute("data-anonymized", Boolean.toString(i.anonymized()));
        endedNote.setVisible(!open);
        if (!open) {
            endedNote.setText(getTranslation("classroom.ended", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                    .withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(classes.deletesAt(i))));
        }
        for (var c : List.of(sendScenario, pauseAll, endClass)) {
            c.setEnabled(open);
        }
        scenario.setReadOnly(!open);
        studentsTitle.setText(getTranslation("classroom.students", s.students().size()));
        noStudents.setVisible(s.students().isEmpty());
        snapshotNote.setText(i.snapshot().isEmpty() ? getTranslation("classroom.snapshot.none")
                : getTranslation("classroom.snapshot.shown", i.snapshot().size()));
        updateRows(s);
        updateNeedsHelp(s);
        if (pictures.update(s, n -> name(s, n, s.students().get(n)))) {
            scheduleRefresh(); // draw the rest after the gap
        }
        updateStudentRun(s);
    }

    private String name(Snapshot s, int index, StudentRow st) {
        return s.info().anonymized() ? getTranslation("classroom.anon", index + 1) : st.nickname();
    }

    private Presence presence(Snapshot s, StudentRow st) {
        return Presence.of(st, s.info().paused(), classes.now());
    }

    private void updateRows(Snapshot s) {
        Set<Long> present = new java.util.HashSet<>();
        for (int n = 0; n < s.students().size(); n++) {
            StudentRow st = s.students().get(n);
            present.add(st.id());
            Element[] cells = rows.get(st.id());
            if (cells == null) {
                cells = newRow(st.id());
                rows.put(st.id(), cells);
            }
            RunRow r = st.latest();
            Outcome o = Outcome.of(r);
            Presence p = presence(s, st);
            // setText: a nickname is always text, never markup
            text(cells[2], name(s, n, st));
            text(cells[3].getChild(0), o.icon());
            attr(cells[3].getChild(0), "style", "color:" + o.color());
            text(cells[3].getChild(1), ClassPictures.outcomeLabel(this, o.id()));
            text(cells[4], getTranslation("classroom.presence." + p.id()));
            text(cells[5], r == null ? "" : Integer.toString(r.step()));
            text(cells[6], r == null ? "" : Formats.num(r.loss()));
            text(cells[7], r == null ? "" : Formats.num(r.lr()));
            text(cells[8], r == null ? "" : optimizerLabel(r.optimizer()));
            attr(cells[0], "data-status", r == null ? "waiting" : r.status());
            attr(cells[0], "data-outcome", o.id());
            attr(cells[0], "data-help", Boolean.toString(o.needsHelp()));
            attr(cells[0], "data-presence", p.id());
            attr(cells[0], "data-loss", r == null ? "" : Double.toString(r.loss()));
            attr(cells[0], "data-lr", r == null ? "" : Double.toString(r.lr()));
            attr(cells[0], "data-final", Boolean.toString(r != null && r.finished()));
            attr(cells[0], "data-index", Integer.toString(n));
        }
        // removed students leave the table
        for (var it = rows.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (!present.contains(e.getKey())) {
                e.getValue()[0].removeFromParent();
                picked.remove(e.getKey());
                it.remove();
            }
        }
        sortRows(s);
    }

    private Element[] newRow(long id) {
        Element tr = new Element("tr");
        tr.setAttribute("data-student", Long.toString(id));
        Element[] cells = new Element[COLUMNS.size() + 2];
        cells[0] = tr;
        for (int c = 1; c < cells.length; c++) {
            cells[c] = new Element("td");
            tr.appendChild(cells[c]);
        }
        Element pick = new Element("input");
        pick.setAttribute("type", "checkbox");
        pick.setAttribute("class", "gdp-pick");
        pick.setAttribute("aria-label", getTranslation("classroom.snapshot.pick"));
        pick.addPropertyChangeListener("checked", "change", e -> {
            if (Boolean.parseBoolean(String.valueOf(e.getValue()))) {
                picked.add(id);
            } else {
                picked.remove(id);
            }
        });
        cells[1].appendChild(pick);
        cells[2].setAttribute("class", "gdp-class-name");
        cells[2].addEventListener("click", e -> openStudent(id));
        Element icon = new Element("span");
        icon.setAttribute("class", "gdp-outcome-icon");
        icon.setAttribute("aria-hidden", "true");
        cells[3].appendChild(icon, new Element("span"));
        tbody.appendChild(tr);
        return cells;
    }

    /** Puts the rows in the order the teacher chose (join order by default). */
    private void sortRows(Snapshot s) {
        Map<Long, Integer> index = new HashMap<>();
        Map<Long, StudentRow> byId = new HashMap<>();
        for (int n = 0; n < s.students().size(); n++) {
            index.put(s.students().get(n).id(), n);
            byId.put(s.students().get(n).id(), s.students().get(n));
        }
        Comparator<Long> cmp = Comparator.comparing(index::get);
        Comparator<Long> by = switch (sortBy) {
            case "name" -> Comparator.comparing(id -> name(s, index.get(id), byId.get(id)).toLowerCase(Locale.ROOT));
            case "outcome" -> Comparator.comparing((Long id) -> !Outcome.of(byId.get(id).latest()).needsHelp())
                    .thenComparing(id -> Outcome.of(byId.get(id).latest()).id());
            case "presence" -> Comparator.comparing(id -> presence(s, byId.get(id)).ordinal());
            case "step" -> Comparator.comparingInt(id -> run(byId.get(id)) == null ? -1 : run(byId.get(id)).step());
            case "loss" -> Comparator.comparingDouble(id -> run(byId.get(id)) == null ? Double.MAX_VALUE
                    : sortable(run(byId.get(id)).loss()));
            case "lr" -> Comparator.comparingDouble(id -> run(byId.get(id)) == null ? -1 : run(byId.get(id)).lr());
            case "optimizer" -> Comparator.comparing(id -> run(byId.get(id)) == null ? ""
                    : run(byId.get(id)).optimizer());
            default -> cmp;
        };
        if (sortDescending) {
            by = by.reversed();
        }
        List<Long> sorted = rows.keySet().stream().filter(index::containsKey).sorted(by.thenComparing(cmp)).toList();
        String key = sorted.toString();
        if (!key.equals(order)) {
            order = key;
            for (Long id : sorted) {
                Element tr = rows.get(id)[0];
                tr.removeFromParent();
                tbody.appendChild(tr);
            }
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

    private static @Nullable RunRow run(StudentRow st) {
        return st.latest();
    }

    private static double sortable(double v) {
        return Double.isNaN(v) ? Double.MAX_VALUE : v;
    }

    private void sort(String column) {
        if (column.equals(sortBy)) {
            sortDescending = !sortDescending;
        } else {
            sortBy = column;
            sortDescending = false;
        }
        order = "";
        localizeHead();
        if (shown != null) {
            sortRows(shown);
        }
    }

    private void updateNeedsHelp(Snapshot s) {
        StringBuilder key = new StringBuilder(getTranslation("classroom.title"));
        for (int n = 0; n < s.students().size(); n++) {
            StudentRow st = s.students().get(n);
            Outcome o = Outcome.of(st.latest());
            if (o.needsHelp()) {
                key.append('\u0001').append(st.id()).append(name(s, n, st)).append('\u0002').append(o.id());
            }
        }
        if (key.toString().equals(helpShown)) {
            return; // rebuilt only when someone's outcome or name changed, not four times a second
        }
        helpShown = key.toString();
        needsHelpList.removeAll();
        int count = 0;
        for (int n = 0; n < s.students().size(); n++) {
            StudentRow st = s.students().get(n);
            Outcome o = Outcome.of(st.latest());
            if (!o.needsHelp()) {
                continue;
            }
            count++;
            long id = st.id();
            Span icon = JoinCard.outcomeIcon(o);
            Button who = new Button(name(s, n, st) + " · " + ClassPictures.outcomeLabel(this, o.id()),
                    e -> openStudent(id));
            who.setPrefixComponent(icon);
            who.addThemeVariants(ButtonVariant.LUMO_SMALL);
            who.addClassName("gdp-help-item");
            who.getElement().setAttribute("data-student", Long.toString(id));
            who.getElement().setAttribute("data-outcome", o.id());
            needsHelpList.add(who);
        }
        needsHelpTitle.setText(getTranslation("classroom.help.title", count));
        if (count == 0) {
            needsHelpList.add(new Span(getTranslation("classroom.help.none")));
        }
        needsHelp.getElement().setAttribute("data-count", Integer.toString(count));
    }

    // ---------------------------------------------------------------- one student's run

    void openStudent(@Nullable Long id) {
        openStudent = id;
        studentSpec = "";
        if (shown != null) {
            updateStudentRun(shown);
        }
    }

    private void updateStudentRun(Snapshot s) {
        Long id = openStudent;
        int n = -1;
        for (int i = 0; id != null && i < s.students().size(); i++) {
            if (s.students().get(i).id() == id) {
                n = i;
            }
        }
        if (id == null || n < 0) {
            studentRun.setVisible(false);
            openStudent = null;
            return;
        }
        StudentRow st = s.students().get(n);
        studentRun.setVisible(true);
        studentRun.getElement().setAttribute("data-student", Long.toString(st.id()));
        String name = name(s, n, st);
        studentTitle.setText(name);
        RunRow r = st.latest();
        Outcome o = Outcome.of(r);
        studentOutcome.setText(o.icon() + " " + ClassPictures.outcomeLabel(this, o.id())
                + (r == null ? "" : " · " + getTranslation("classroom.col.lr") + " " + Formats.num(r.lr())
                        + " · " + getTranslation("classroom.col.loss") + " " + Formats.num(r.loss())));
        studentOutcome.getStyle().set("color", o.color());
        String query = r == null ? "" : r.scenario();
        replay.setVisible(!query.isEmpty());
        // replayed from the run's stored scenario, in the playground
        replay.setHref(query.isEmpty() ? "" : "/?" + query);
        replay.setText(getTranslation("classroom.student.replay"));
        if (renameField.isEmpty() || !renameField.getElement().getProperty("data-for", "").equals(id.toString())) {
            renameField.setValue(st.nickname());
            renameField.getElement().setProperty("data-for", id.toString());
        }
        String link = query.isEmpty() ? s.info().scenario() : "/?" + query;
        String spec = r == null ? "" : link;
        if (!spec.equals(studentSpec)) {
            studentSpec = spec;
            studentData = "";
            String json = pictures.spec(link, List.of(new ChartSpecs.Series("0", name, o.color())));
            studentContour.setVisible(json != null);
            if (json != null) {
                studentContour.configure(json);
            }
        }
        if (r != null && !r.trajectory().isEmpty() && studentContour.isVisible()) {
            double[] p = org.gdplayground.classroom.Trajectories.parse(r.trajectory());
            if (p.length >= 2 && !r.trajectory().equals(studentData)) {
                studentData = r.trajectory();
                studentContour.reset();
                studentContour.append("{\"points\":{\"0\":" + r.trajectory() + "},\"current\":{\"0\":["
                        + p[p.length - 2] + "," + p[p.length - 1] + "]},\"playing\":false}");
            }
        }
    }

    void rename() {
        ClassInfo i = info;
        Long id = openStudent;
        if (i == null || id == null) {
            return;
        }
        boolean ok = classes.rename(i.code(), key, id, renameField.getValue());
        renameField.setInvalid(!ok);
        if (ok) {
            refreshNow();
        }
    }

    void remove() {
        ClassInfo i = info;
        Long id = openStudent;
        if (i != null && id != null && classes.remove(i.code(), key, id)) {
            openStudent = null;
            refreshNow();
        }
    }

    void showSnapshot(List<Long> ids) {
        ClassInfo i = info;
        if (i != null && classes.setSnapshot(i.code(), key, ids)) {
            refreshNow();
        }
    }

    /** Picks students for the projector's snapshot (as ticking their boxes does), for tests. */
    void pick(long id, boolean on) {
        if (on) {
            picked.add(id);
        } else {
            picked.remove(id);
        }
    }

    // ---------------------------------------------------------------- teacher actions

    private void revealTeacherLink() {
        ClassInfo i = info;
        if (i == null) {
            return;
        }
        String link = requestBaseOrJoin() + "/class/" + i.code() + "?key=" + key;
        teacherLink.setValue(link);
        teacherLink.setHelperText(getTranslation("classroom.teacherlink.help"));
        teacherLink.setVisible(true);
        teacherLink.getElement().executeJs("try { navigator.clipboard && navigator.clipboard.writeText($0); }"
                + " catch (e) { }", link);
    }

    private String requestBaseOrJoin() {
        String b = ClassLive.requestBase();
        return b.isEmpty() ? joinBase : b;
    }

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

    void delete() {
        ClassInfo i = info;
        if (i != null && classes.delete(i.code(), key)) {
            ClassCookies.forgetTeacher(i.code());
            gone();
        }
    }

    // ---------------------------------------------------------------- texts

    private void localize() {
        noSuchTitle.setText(getTranslation("classroom.nosuch"));
        noSuchText.setText(getTranslation("classroom.nosuch.text"));
        codeTitle.setText(getTranslation("classroom.code"));
        joinCard.joinAt.setText(getTranslation("classroom.join.at"));
        keyNote.setText(getTranslation("classroom.key.note"));
        projectorLink.setText(getTranslation("classroom.projector.open"));
        teacherLinkButton.setText(getTranslation("classroom.teacherlink"));
        teacherLink.setLabel(getTranslation("classroom.teacherlink"));
        scenario.setLabel(getTranslation("classroom.scenario"));
        scenario.setPlaceholder(getTranslation("classroom.scenario.help"));
        sendScenario.setText(getTranslation("classroom.scenario.send"));
        exportCsv.setText(getTranslation("classroom.export"));
        endClass.setText(getTranslation("classroom.end"));
        endDialog.setHeaderTitle(getTranslation("classroom.end.confirm.title"));
        endText.setText(getTranslation("classroom.end.confirm.text"));
        endConfirm.setText(getTranslation("classroom.end"));
        endCancel.setText(getTranslation("classroom.cancel"));
        deleteClass.setText(getTranslation("classroom.delete"));
        deleteDialog.setHeaderTitle(getTranslation("classroom.delete.confirm.title"));
        deleteText.setText(getTranslation("classroom.delete.confirm.text"));
        deleteConfirm.setText(getTranslation("classroom.delete"));
        deleteCancel.setText(getTranslation("classroom.cancel"));
        contourTitle.setText(getTranslation("classroom.contour"));
        pictures.contourNone.setText(getTranslation("classroom.contour.none"));
        sweepTitle.setText(getTranslation("classroom.sweep"));
        sweepCaption.setText(getTranslation("classroom.sweep.caption"));
        noStudents.setText(getTranslation("classroom.students.none"));
        showSnapshot.setText(getTranslation("classroom.snapshot.show"));
        clearSnapshot.setText(getTranslation("classroom.snapshot.clear"));
        renameField.setLabel(getTranslation("classroom.student.rename"));
        renameSave.setText(getTranslation("classroom.student.rename.save"));
        removeStudent.setText(getTranslation("classroom.student.remove"));
        closeStudent.setText(getTranslation("classroom.student.close"));
        localizeHead();
        ClassInfo i = info;
        if (i != null) {
            pauseAll.setText(getTranslation(i.paused() ? "classroom.resume" : "classroom.pause"));
            anonymize.setText(getTranslation(i.anonymized() ? "classroom.reveal" : "classroom.anonymize"));
            studentsTitle.setText(getTranslation("classroom.students", shown == null ? 0 : shown.students().size()));
        }
    }

    private void localizeHead() {
        headRow.removeAllChildren();
        headRow.appendChild(new Element("th").setAttribute("aria-label", getTranslation("classroom.snapshot.pick")));
        for (String k : COLUMNS) {
            Element th = new Element("th");
            th.setAttribute("data-sort", k);
            String arrow = k.equals(sortBy) ? (sortDescending ? " ▼" : " ▲") : "";
            th.setAttribute("aria-sort", k.equals(sortBy) ? (sortDescending ? "descending" : "ascending") : "none");
            Element button = new Element("button");
            button.setAttribute("type", "button");
            button.setAttribute("class", "gdp-sort");
            button.setAttribute("id", "sort-" + k);
            button.setText(getTranslation("classroom.col." + k) + arrow);
            button.addEventListener("click", e -> sort(k));
            th.appendChild(button);
            headRow.appendChild(th);
        }
    }

    /** The class shown, for tests. */
    Optional<ClassInfo> info() {
        return Optional.ofNullable(info);
    }

    /** The key this page acts with, for tests. */
    String key() {
        return key;
    }

    /** The optimizer's short display name (SGD, L-BFGS, …), not its link id; an unknown id is shown as it is. */
    private String optimizerLabel(String id) {
        String label = getTranslation("cmp.short." + id);
        return label.startsWith("!") ? id : label;
    }

    /** The table's rows as text in their shown order (name, outcome, presence, step, loss, lr, optimizer). */
    List<List<String>> rowTexts() {
        List<List<String>> out = new ArrayList<>();
        for (int t = 0; t < tbody.getChildCount(); t++) {
            Element tr = tbody.getChild(t);
            Element[] cells = rows.get(Long.parseLong(tr.getAttribute("data-student")));
            List<String> r = new ArrayList<>();
            r.add(cells[2].getText());
            r.add(cells[3].getChild(1).getText());
            for (int c = 4; c < cells.length; c++) {
                r.add(cells[c].getText());
            }
            out.add(r);
        }
        return out;
    }

    /** The presence clock, for tests. */
    Instant now() {
        return classes.now();
    }
}
