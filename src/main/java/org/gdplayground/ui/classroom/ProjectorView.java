package org.gdplayground.ui.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.gdplayground.classroom.ClassEvents;
import org.gdplayground.classroom.ClassroomService;
import org.gdplayground.classroom.JoinLinks;
import org.gdplayground.classroom.Model.ClassInfo;
import org.gdplayground.classroom.Model.RunRow;
import org.gdplayground.classroom.Model.Snapshot;
import org.gdplayground.classroom.Model.StudentRow;
import org.gdplayground.classroom.Outcome;
import org.gdplayground.classroom.Trajectories;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.ui.MainLayout;
import org.gdplayground.ui.chart.ContourCache;
import org.gdplayground.ui.common.ChartSpecs;
import org.gdplayground.ui.common.LiveChart;
import org.gdplayground.ui.common.SvgPanel;
import org.jspecify.annotations.Nullable;

/**
 * {@code /class/<code>/projector}: what the classroom's screen shows, read-only and without the teacher key: the
 * code, the join link and its QR code, the class pictures, every student in large type with their run's outcome, and
 * the paths the teacher picked for discussion, side by side and anonymized ({@code #projector-snapshot}). It has no
 * control that acts on the class, so a student who reads its address from the screen gains nothing.
 */
@Route(value = "class/:code/projector", layout = MainLayout.class)
public class ProjectorView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final long POLL_MS = 5000;

    private final ClassroomService classes;
    private final JoinLinks links;
    private final ClassPictures pictures;

    final Div noSuchClass = new Div();
    private final H2 noSuchTitle = new H2();
    final Div projector = new Div();
    final Span classCode = new Span();
    private final Span joinAt = new Span();
    final Span joinLink = new Span();
    final SvgPanel joinQr = new SvgPanel("projector-qr", "gdp-join-qr");
    final Paragraph endedNote = new Paragraph();
    private final H3 studentsTitle = new H3();
    final Div students = new Div();
    final Div snapshot = new Div();
    private final H3 snapshotTitle = new H3();
    private final Div snapshotCharts = new Div();
    private final H3 contourTitle = new H3();
    private final H3 sweepTitle = new H3();

    private @Nullable ClassInfo info;
    private @Nullable UI ui;
    private ClassEvents.@Nullable Subscription subscription;
    private @Nullable ScheduledFuture<?> poll;
    private final Object refreshLock = new Object();
    private boolean refreshScheduled;
    private String studentsKey = "";
    private String snapshotKey = "";

    public ProjectorView(ClassroomService classes, ScenarioParser parser, ScenarioFactory factory,
            ContourCache contours, JoinLinks links) {
        this.classes = classes;
        this.links = links;
        this.pictures = new ClassPictures("projector-contour", "projector-sweep", parser, factory, contours, this);
        addClassNames("gdp-classroom", "gdp-projector");
        noSuchClass.setId("no-such-class");
        noSuchClass.addClassName("gdp-card");
        noSuchClass.add(noSuchTitle);

        classCode.setId("class-code");
        classCode.addClassName("gdp-class-code");
        joinLink.setId("join-link");
        joinLink.addClassName("gdp-join-link");
        endedNote.setId("class-ended");
        endedNote.addClassName("gdp-class-ended");
        endedNote.setVisible(false);
        Div codeBox = new Div(classCode, joinAt, joinLink, endedNote);
        codeBox.addClassName("gdp-class-code-box");
        Div joinCard = new Div(codeBox, joinQr);
        joinCard.addClassNames("gdp-card", "gdp-class-join");

        students.setId("projector-students");
        students.addClassName("gdp-projector-students");
        Div studentsCard = new Div(studentsTitle, students, pictures.legend);
        studentsCard.addClassNames("gdp-card", "gdp-projector-students-card");

        snapshot.setId("projector-snapshot");
        snapshot.addClassNames("gdp-card", "gdp-projector-snapshot");
        snapshotCharts.addClassName("gdp-projector-snapshot-charts");
        snapshot.add(snapshotTitle, snapshotCharts);
        snapshot.setVisible(false);

        Div contourCard = new Div(contourTitle, pictures.contour, pictures.contourNone);
        contourCard.addClassName("gdp-card");
        Div sweepCard = new Div(sweepTitle, pictures.sweep);
        sweepCard.addClassName("gdp-card");
        Div pics = new Div(contourCard, sweepCard);
        pics.addClassName("gdp-class-pictures");

        projector.addClassName("gdp-projector-grid");
        projector.add(joinCard, studentsCard, snapshot, pics);
        add(noSuchClass, projector);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        info = classes.projector(event.getRouteParameters().get("code").orElse("")).orElse(null);
        noSuchClass.setVisible(info == null);
        projector.setVisible(info != null);
        localize();
        if (info == null) {
            projector.removeAll();
            return;
        }
        String base = links.base(requestBase());
        String join = base + "/join/" + info.code();
        // two pieces, so a narrow screen wraps the address before /join/, never inside the code
        Span tail = new Span("/join/" + info.code());
        tail.addClassName("gdp-nowrap");
        joinLink.removeAll();
        joinLink.add(new Span(base), tail);
        joinQr.setSvg(JoinQr.svg(join, getTranslation("classroom.qr.alt")));
        classCode.setText(info.code());
        refreshNow();
    }

    private static String requestBase() {
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
            poll = DashboardView.TIMER.scheduleWithFixedDelay(this::scheduleRefresh, POLL_MS, POLL_MS,
                    TimeUnit.MILLISECONDS);
            pictures.invalidate();
            snapshotKey = "";
            refreshNow();
        }
        pictures.sweep.getElement().executeJs("return this.clientWidth").then(Integer.class, w -> {
            if (w != null && w > 0) {
                pictures.sweepWidth = Math.clamp(w, 260, 1400);
                refreshNow();
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
        ui = null;
    }

    private void scheduleRefresh() {
        synchronized (refreshLock) {
            if (refreshScheduled) {
                return;
            }
            refreshScheduled = true;
            DashboardView.TIMER.schedule(this::refreshFromTimer, 1000 / DashboardView.UPDATES_PER_SECOND,
                    TimeUnit.MILLISECONDS);
        }
    }

    private void refreshFromTimer() {
        synchronized (refreshLock) {
            refreshScheduled = false;
        }
        UI u = ui;
        ClassInfo i = info;
        if (u == null || i == null) {
            return;
        }
        try {
            Optional<ClassInfo> still = classes.projector(i.code());
            if (still.isEmpty()) {
                u.access(() -> {
                    info = null;
                    projector.removeAll();
                    projector.setVisible(false);
                    noSuchClass.setVisible(true);
                });
                return;
            }
            Snapshot s = classes.snapshot(still.get());
            u.access(() -> apply(s));
        } catch (RuntimeException e) {
            // the next event or poll tries again
        }
    }

    void refreshNow() {
        ClassInfo i = info;
        if (i != null) {
            apply(classes.snapshot(i));
        }
    }

    private String name(Snapshot s, int n) {
        return s.info().anonymized() ? getTranslation("classroom.anon", n + 1) : s.students().get(n).nickname();
    }

    void apply(Snapshot s) {
        info = s.info();
        boolean open = classes.isOpen(s.info());
        endedNote.setVisible(!open);
        endedNote.setText(getTranslation("classroom.projector.ended"));
        studentsTitle.setText(getTranslation("classroom.students", s.students().size()));
        StringBuilder key = new StringBuilder(getTranslation("classroom.title"));
        for (int n = 0; n < s.students().size(); n++) {
            key.append('\u0001').append(name(s, n)).append('\u0002').append(Outcome.of(s.students().get(n).latest())
                    .id());
        }
        if (!key.toString().equals(studentsKey)) {
            studentsKey = key.toString();
            students.removeAll();
            for (int n = 0; n < s.students().size(); n++) {
                StudentRow st = s.students().get(n);
                Outcome o = Outcome.of(st.latest());
                Span icon = new Span(o.icon());
                icon.addClassName("gdp-outcome-icon");
                icon.getStyle().set("color", o.color());
                icon.getElement().setAttribute("aria-hidden", "true");
                // text, never markup
                Span label = new Span(name(s, n));
                label.addClassName("gdp-projector-name");
                Span chip = new Span(icon, label);
                chip.addClassName("gdp-projector-student");
                chip.getElement().setAttribute("data-outcome", o.id());
                chip.getElement().setAttribute("title", ClassPictures.outcomeLabel(this, o.id()));
                students.add(chip);
            }
        }
        pictures.update(s, n -> name(s, n));
        updateSnapshot(s);
    }

    /** The picked paths side by side, each on its own contour, named A, B, C… (never by the student's name). */
    private void updateSnapshot(Snapshot s) {
        List<StudentRow> picked = new ArrayList<>();
        for (Long id : s.info().snapshot()) {
            s.students().stream().filter(st -> st.id() == id).findFirst().ifPresent(picked::add);
        }
        StringBuilder key = new StringBuilder(getTranslation("classroom.title"));
        for (StudentRow st : picked) {
            RunRow r = st.latest();
            key.append('|').append(st.id()).append(':').append(r == null ? "" : r.trajectory().hashCode());
        }
        if (key.toString().equals(snapshotKey)) {
            return;
        }
        snapshotKey = key.toString();
        snapshotCharts.removeAll();
        snapshot.setVisible(!picked.isEmpty());
        snapshotTitle.setText(getTranslation("classroom.projector.snapshot"));
        for (int i = 0; i < picked.size(); i++) {
            StudentRow st = picked.get(i);
            RunRow r = st.latest();
            Outcome o = Outcome.of(r);
            String letter = String.valueOf((char) ('A' + i));
            H3 title = new H3(getTranslation("classroom.projector.path", letter) + " · "
                    + ClassPictures.outcomeLabel(this, o.id()));
            title.getStyle().set("color", o.color());
            Div card = new Div(title);
            card.addClassName("gdp-projector-snap");
            card.getElement().setAttribute("data-letter", letter);
            String link = r == null || r.scenario().isEmpty() ? s.info().scenario() : "/?" + r.scenario();
            String spec = pictures.spec(link, List.of(new ChartSpecs.Series("0", letter, o.color())));
            if (spec != null) {
                LiveChart chart = new LiveChart("projector-snap-" + letter);
                chart.configure(spec.replace("\"legend\":true", "\"legend\":false"));
                double[] p = r == null ? new double[0] : Trajectories.parse(r.trajectory());
                if (p.length >= 2) {
                    chart.append("{\"points\":{\"0\":" + r.trajectory() + "},\"current\":{\"0\":[" + p[p.length - 2]
                            + "," + p[p.length - 1] + "]},\"playing\":false}");
                }
                card.add(chart);
            }
            if (r != null) {
                Paragraph facts = new Paragraph(getTranslation("classroom.col.lr") + " "
                        + org.gdplayground.ui.common.Formats.num(r.lr()) + " · " + r.optimizer() + " · "
                        + getTranslation("classroom.col.loss") + " " + org.gdplayground.ui.common.Formats.num(r.loss()));
                facts.addClassName("gdp-projector-facts");
                card.add(facts);
            }
            snapshotCharts.add(card);
        }
    }

    private void localize() {
        noSuchTitle.setText(getTranslation("classroom.nosuch"));
        joinAt.setText(getTranslation("classroom.join.at"));
        contourTitle.setText(getTranslation("classroom.contour"));
        sweepTitle.setText(getTranslation("classroom.sweep"));
        pictures.contourNone.setText(getTranslation("classroom.contour.none"));
        snapshotTitle.setText(getTranslation("classroom.projector.snapshot"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
        pictures.invalidate();
        studentsKey = "";
        snapshotKey = "";
        refreshNow();
    }

    @Override
    public String getPageTitle() {
        ClassInfo i = info;
        return (i == null ? getTranslation("classroom.nosuch") : getTranslation("classroom.code") + " " + i.code())
                + " · " + getTranslation("app.title");
    }
}
