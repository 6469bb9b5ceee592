package org.gdplayground.ui.classroom;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.gdplayground.classroom.ClassEvents;
import org.gdplayground.classroom.ClassroomService;
import org.gdplayground.classroom.Model.ClassInfo;
import org.gdplayground.classroom.Model.Report;
import org.gdplayground.classroom.Model.StudentTicket;
import org.gdplayground.classroom.RunReporter;
import org.gdplayground.classroom.ScenarioLink;
import org.gdplayground.classroom.Trajectories;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.session.Frame;
import org.gdplayground.ui.common.PlaybackHold;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The student's side of a class in the playground: the badge ({@code #class-badge}), progress reports (at most
 * {@link #REPORTS_PER_SECOND} a second while a run plays, and its result once), the teacher's new scenario (a notice
 * with a button, {@code #class-new-scenario}) and the class pause, which holds the page's playback on the server. A
 * student is recognised by their session or, after a restart, by their browser's membership cookie; their page tells
 * the dashboard whether it is open and paused (presence).
 */
@Component
public class StudentPages implements RunReporter {

    static final int REPORTS_PER_SECOND = 3;
    private static final long REPORT_NANOS = 1_000_000_000L / REPORTS_PER_SECOND;

    private final ClassroomService classes;

    public StudentPages(ClassroomService classes) {
        this.classes = classes;
    }

    /** How often an open student page tells the dashboard it is still there (presence). */
    static final long HEARTBEAT_SECONDS = 15;
    private static final ScheduledExecutorService TIMER = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "gdp-class-student");
        t.setDaemon(true);
        return t;
    });

    /**
     * The visitor's ticket: from their session, or else from this browser's membership cookie (after a restart of the
     * server, or in a new session), which is checked against the database and put back into the session.
     */
    @Nullable StudentTicket ticket(UI ui) {
        StudentTicket ticket = StudentSession.ticket(ui.getSession());
        if (ticket != null) {
            return ticket;
        }
        for (var e : ClassCookies.memberships().entrySet()) {
            Optional<StudentTicket> t = classes.member(e.getKey(), e.getValue());
            if (t.isPresent()) {
                StudentSession.set(ui.getSession(), t.get());
                return t.get();
            }
        }
        return null;
    }

    @Override
    public @Nullable Page attach(HasComponents host, UI ui, Controls controls) {
        StudentTicket ticket = ticket(ui);
        if (ticket == null) {
            return null;
        }
        Optional<ClassInfo> info = classes.current(ticket);
        if (info.isEmpty() || !classes.valid(ticket)) {
            StudentSession.set(ui.getSession(), null);
            return null;
        }
        return new StudentPage(ticket, info.get(), host, ui, controls);
    }

    @Override
    public @Nullable String classScenario(UI ui) {
        StudentTicket ticket = ticket(ui);
        return ticket == null ? null : classes.current(ticket).map(ClassInfo::scenario).orElse(null);
    }

    /** One student page. */
    final class StudentPage implements Page {

        private final StudentTicket ticket;
        private final UI ui;
        private final Controls controls;
        final Span badge = new Span();
        final Div notice = new Div();
        final Button openScenario = new Button();
        private final Div bar = new Div();
        private final ClassEvents.Subscription subscription;
        private String scenario;
        private volatile boolean paused;
        private int runNo;
        private String runKey = "";
        private int lastStep = -1;
        private long lastReport;
        private boolean resultSent;
        /** The student's own playback is paused in the middle of a run (presence "paused"). */
        private volatile boolean holding;
        private final ScheduledFuture<?> heartbeat;

        StudentPage(StudentTicket ticket, ClassInfo info, HasComponents host, UI ui, Controls controls) {
            this.ticket = ticket;
            this.ui = ui;
            this.controls = controls;
            this.scenario = info.scenario();
            this.paused = info.paused();
            badge.setId("class-badge");
            badge.addClassName("gdp-class-badge");
            // text, never markup: the nickname is whatever the student typed
            badge.setText(badge.getTranslation("classroom.badge", ticket.code(), ticket.nickname()));
            notice.setId("class-notice");
            notice.addClassName("gdp-class-notice");
            notice.setVisible(false);
            openScenario.setId("class-new-scenario");
            openScenario.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            openScenario.setText(openScenario.getTranslation("classroom.notice.open"));
            openScenario.addClickListener(e -> {
                notice.setVisible(false);
                if (!ScenarioLink.isCompare(scenario)) {
                    controls.open(ScenarioLink.query(scenario));
                } else {
                    ui.getPage().setLocation(scenario);
                }
            });
            bar.add(badge, notice);
            bar.addClassName("gdp-class-bar");
            host.getElement().insertChild(0, bar.getElement());
            ui.getPage().addStyleSheet("context://gdp/classroom.css");
            subscription = classes.events().subscribe(ticket.code(), this::event);
            // the class's pause is enforced on the server: the page's playback asks this before it advances
            ComponentUtil.setData(ui, PlaybackHold.class, () -> paused);
            showPause();
            classes.seen(ticket, true, false, true);
            heartbeat = TIMER.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                    TimeUnit.SECONDS);
        }

        private void beat() {
            try {
                classes.seen(ticket, true, holding, false);
            } catch (RuntimeException e) {
                // the database is away for a moment: the next beat tries again
            }
        }

        private void event(ClassEvents.Kind kind) {
            if (kind != ClassEvents.Kind.SCENARIO && kind != ClassEvents.Kind.PAUSE && kind != ClassEvents.Kind.END
                    && kind != ClassEvents.Kind.ROSTER && kind != ClassEvents.Kind.DELETED) {
                return;
            }
            Optional<ClassInfo> now = classes.current(ticket);
            boolean member = now.isPresent() && classes.valid(ticket);
            ui.access(() -> {
                if (now.isPresent() && !member) {
                    badge.setText(badge.getTranslation("classroom.badge.removed", ticket.code()));
                    notice.setVisible(false);
                    paused = false;
                    return;
                }
                if (kind == ClassEvents.Kind.ROSTER) {
                    return;
                }
                if (now.isEmpty()) {
                    paused = false;
                    badge.setText(badge.getTranslation("classroom.badge.ended", ticket.code(), ticket.nickname()));
                    notice.setVisible(false);
                    return;
                }
                paused = now.get().paused();
                if (kind == ClassEvents.Kind.PAUSE) {
                    if (paused) {
                        controls.pause();
                    }
                    showPause();
                } else if (kind == ClassEvents.Kind.SCENARIO && !now.get().scenario().equals(scenario)) {
                    scenario = now.get().scenario();
                    notice.removeAll();
                    Span text = new Span(notice.getTranslation("classroom.notice.scenario"));
                    notice.add(text, openScenario);
                    notice.setVisible(true);
                }
            });
        }

        private void showPause() {
            if (paused) {
                notice.removeAll();
                notice.add(new Span(notice.getTranslation("classroom.notice.paused")));
                notice.setVisible(true);
            } else if (notice.getChildren().noneMatch(c -> c == openScenario)) {
                notice.setVisible(false);
            }
        }

        @Override
        public void frame(ScenarioSpec spec, Frame.RunView run, boolean playing) {
            if (paused && playing) {
                controls.pause();
            }
            boolean nowHolding = !playing && !run.finished() && run.latest().k() > 0;
            if (nowHolding != holding) {
                holding = nowHolding;
                classes.seen(ticket, true, nowHolding, true);
            }
            int step = run.latest().k();
            String key = ScenarioQuery.toQueryString(spec, Integer.MAX_VALUE);
            if (!key.equals(runKey) || step < lastStep) {
                runKey = key;
                runNo++;
                resultSent = false;
                lastReport = 0;
            }
            lastStep = step;
            if (step == 0 && !run.finished()) {
                return; // nothing played yet
            }
            long now = System.nanoTime();
            boolean finished = run.finished();
            if (finished ? resultSent : now - lastReport < REPORT_NANOS && lastReport != 0) {
                return;
            }
            lastReport = now;
            resultSent = finished;
            String diagnosis = run.diagnosis().code().id();
            classes.report(ticket, new Report(runNo, run.status().name().toLowerCase(java.util.Locale.ROOT), step,
                    run.steps(), run.latest().loss(), spec.run().lr(), spec.run().opt(),
                    "none".equals(diagnosis) ? "" : diagnosis, finished, Trajectories.thin(run.records()), key));
        }

        @Override
        public void detach() {
            heartbeat.cancel(false);
            ComponentUtil.setData(ui, PlaybackHold.class, null);
            try {
                classes.seen(ticket, false, false, true);
            } catch (RuntimeException e) {
                // shutting down: the dashboard shows the student as gone once their heartbeat is old
            }
            subscription.close();
            bar.getElement().removeFromParent();
        }
    }
}
