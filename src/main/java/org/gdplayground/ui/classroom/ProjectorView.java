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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private final ClassroomService classes;
    private final JoinLinks links;
    private final ClassPictures pictures;

    final Div noSuchClass = new Div();
    private final H2 noSuchTitle = new H2();
    final Div projector = new Div();
    final Span joinLink = new Span();
    final Paragraph endedNote = JoinCard.endedNote();
    private final JoinCard joinCard = new JoinCard("projector-qr", joinLink, endedNote);
    final Span classCode = joinCard.classCode;
    final SvgPanel joinQr = joinCard.qr;
    private final H3 studentsTitle = new H3();
    final Div students = new Div();
    final Div snapshot = new Div();
    private final H3 snapshotTitle = new H3();
    private final Div snapshotCharts = new Div();
    private final H3 contourTitle = new H3();
    private final H3 sweepTitle = new H3();

    private @Nullable ClassInfo info;
    private @Nullable UI ui;
    private final ClassLive live = new ClassLive(this::load, this::apply, this::gone);
    private String studentsKey = "";
    private String snapshotKey = "";

    public ProjectorView(ClassroomService classes, ScenarioParser parser, ScenarioFactory factory,
            ContourCache contours, JoinLinks links) {
        this.classes = classes;
        this.links = links;
        this.pictures = new ClassPictures("projector-contour", "projector-sweep", parser, factory, contours, this);
        // read from the back of the room: the sweep's ticks at 18 px, like the contour's (--gdp-plot-font)
        pictures.sweepTextScale = 18f / 11f;
        pictures.sweepAspect = 0.62f;
        addClassNames("gdp-classroom", "gdp-projector");
        noSuchClass.setId("no-such-class");
        noSuchClass.addClassName("gdp-card");
        noSuchClass.add(noSuchTitle);


        students.setId("projector-students");
        students.addClassName("gdp-projector-students");
        Div studentsCard = new Div(studentsTitle, students);
        studentsCard.addClassNames("gdp-card", "gdp-projector-students-card");

        snapshot.setId("projector-snapshot");
        snapshot.addClassNames("gdp-card", "gdp-projector-snapshot");
        snapshotCharts.addClassName("gdp-projector-snapshot-charts");
        snapshot.add(snapshotTitle, snapshotCharts);
        snapshot.setVisible(false);

        // laid out for a landscape screen: the code and QR over the sweep, everyone's path in the middle, the
        // students beside it; the picked paths, while shown, take the place of the contour and the students
        Div contourCard = new Div(contourTitle, pictures.contour, pictures.contourNone, pictures.legend);
        contourCard.addClassNames("gdp-card", "gdp-projector-contour");
        Div sweepCard = new Div(sweepTitle, pictures.sweep);
        sweepCard.addClassNames("gdp-card", "gdp-projector-sweep");

        projector.addClassName("gdp-projector-grid");
        projector.add(joinCard, sweepCard, contourCard, studentsCard, snapshot);
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
        String base = links.base(ClassLive.requestBase());
        String join = base + "/join/" + info.code();
        // two pieces, so a narrow screen wraps the address before /join/, never inside the code
        Span tail = new Span("/join/" + info.code());
        tail.addClassName("gdp-nowrap");
        joinLink.removeAll();
        joinLink.add(new Span(base), tail);
        joinCard.show(info.code(), join, getTranslation("classroom.qr.alt"));
        refreshNow();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
        ui.getPage().addStyleSheet("context://gdp/classroom.css");
        ClassInfo i = info;
        if (i != null && live.attach(ui, classes.events(), i.code())) {
            pictures.invalidate();
            snapshotKey = "";
            refreshNow();
        }
        pictures.watchSweep(this::refreshNow);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.detach();
        ui = null;
    }

    /** The class as it is now, off the UI thread; empty once it is deleted. */
    private Optional<Snapshot> load() {
        ClassInfo i = info;
        return i == null ? Optional.empty() : classes.projector(i.code()).map(classes::snapshot);
    }

    private void gone() {
        live.detach();
        info = null;
        projector.removeAll(); // emptied, not hidden (see DashboardView.gone)
        noSuchClass.setVisible(true);
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
                Span icon = JoinCard.outcomeIcon(o);
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
        projector.getElement().setAttribute("data-snapshot", Boolean.toString(!picked.isEmpty()));
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
        joinCard.joinAt.setText(getTranslation("classroom.join.at"));
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
