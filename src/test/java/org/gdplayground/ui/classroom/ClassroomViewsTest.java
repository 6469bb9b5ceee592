package org.gdplayground.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gdplayground.classroom.ClassroomService;
import org.gdplayground.classroom.Model.ClassInfo;
import org.gdplayground.classroom.Model.Created;
import org.gdplayground.classroom.Model.Snapshot;
import org.gdplayground.classroom.Model.StudentTicket;
import org.gdplayground.ui.SyncRuns;
import org.gdplayground.ui.playground.PlaygroundView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(SyncRuns.class)
class ClassroomViewsTest extends SpringBrowserlessTest {

    @Autowired
    SyncRuns.ManualTicker ticker;
    @Autowired
    ClassroomService classes;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().getSession().setAttribute(StudentTicket.class, null);
    }

    private DashboardView dashboard(String code, String key) {
        UI.getCurrent().navigate("class/" + code, key == null ? QueryParameters.empty()
                : QueryParameters.simple(Map.of("key", key)));
        return find(DashboardView.class).single();
    }

    @Test
    void createClassOpensItsDashboardWithCodeJoinLinkAndQr() {
        ClassStartView start = navigate(ClassStartView.class);
        start.scenario.setValue("http://localhost:8080/?fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=50");
        test(start.create).click();
        DashboardView d = find(DashboardView.class).single();
        ClassInfo info = d.info().orElseThrow();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .as("the key never reaches the address").isEqualTo("class/" + info.code());
        assertThat(d.key()).isNotEmpty();
        assertThat(d.classCode.getText()).isEqualTo(info.code()).hasSize(6);
        assertThat(d.joinLink.getHref()).endsWith("/join/" + info.code());
        assertThat(d.joinQr.svg()).startsWith("<svg").contains("<path");
        assertThat(d.scenario.getValue()).isEqualTo("/?fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=50");
        assertThat(d.noSuchClass.isVisible()).isFalse();
        assertThat(d.contour.configuration()).contains("\"kind\":\"contour\"");
    }

    @Test
    void deletingTheClassNowAsksFirstAndLeavesNothingOfItOnThePage() {
        Created c = classes.create("/?fn=sphere");
        classes.join(c.code(), "Sam", "203.0.113.1");
        DashboardView d = dashboard(c.code(), c.key());
        assertThat(d.rowTexts()).hasSize(1);
        test(d.deleteClass).click();
        assertThat(d.deleteDialog.isOpened()).isTrue();
        assertThat(classes.projector(c.code())).as("not before it is confirmed").isPresent();
        d.delete(); // what #delete-class-confirm does (ClassroomIT clicks it in a browser)
        assertThat(classes.projector(c.code())).isEmpty();
        assertThat(d.noSuchClass.isVisible()).isTrue();
        assertThat(d.dashboard.getChildren()).isEmpty();
        assertThat(d.table.getNode().isAttached()).as("the students' table left the page").isFalse();
    }

    @Test
    void withoutTheKeyNothingOfTheClassIsShown() {
        Created c = classes.create("/?fn=sphere");
        classes.join(c.code(), "Secret Sam", "203.0.113.1");
        for (String key : new String[] {null, "", c.key() + "x"}) {
            DashboardView d = dashboard(c.code(), key);
            assertThat(d.noSuchClass.isVisible()).isTrue();
            assertThat(d.dashboard.isVisible()).isFalse();
            assertThat(d.dashboard.getChildren()).isEmpty();
            assertThat(d.info()).isEmpty();
            assertThat(d.classCode.getText()).isEmpty();
            assertThat(d.rowTexts()).isEmpty();
        }
        DashboardView wrongCode = dashboard("ZZZZZZ", c.key());
        assertThat(wrongCode.noSuchClass.isVisible()).isTrue();
        DashboardView right = dashboard(c.code(), c.key());
        assertThat(right.noSuchClass.isVisible()).isFalse();
        assertThat(right.rowTexts()).extracting(r -> r.get(0)).containsExactly("Secret Sam");
    }

    @Test
    void aStudentJoinsPlaysAndTheDashboardShowsTheResult() {
        Created c = classes.create("/?fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=50");
        UI.getCurrent().navigate("join/" + c.code().toLowerCase(Locale.ROOT));
        JoinView join = find(JoinView.class).single();
        assertThat(join.code.getValue()).isEqualTo(c.code());
        join.nickname.setValue("<b>x</b>");
        test(join.join).click();

        PlaygroundView p = find(PlaygroundView.class).single();
        Span badge = find(Span.class).withId("class-badge").single();
        assertThat(badge.getText()).isEqualTo("Class " + c.code() + " · <b>x</b>");
        assertThat(badge.getElement().getChildCount()).isOne();
        assertThat(badge.getElement().getChild(0).isTextNode()).as("the name is a text node, not markup").isTrue();

        test(find(com.vaadin.flow.component.button.Button.class).withId("play").single()).click();
        ticker.runUntilIdle();

        Snapshot s = classes.snapshot(classes.teacher(c.code(), c.key()).orElseThrow());
        assertThat(s.students()).hasSize(1);
        var run = s.students().getFirst().latest();
        assertThat(run).isNotNull();
        assertThat(run.finished()).isTrue();
        assertThat(run.step()).isEqualTo(50);
        assertThat(run.lr()).isEqualTo(0.1);
        assertThat(run.optimizer()).isEqualTo("sgd");
        // (1 − 2·0.1)^50 · (−3, 4): loss 25 · 0.8^100
        assertThat(run.loss()).isCloseTo(25 * Math.pow(0.8, 100), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(run.trajectory()).startsWith("[[-3,4],");

        DashboardView d = dashboard(c.code(), c.key());
        List<String> row = d.rowTexts().getFirst();
        assertThat(row.get(0)).isEqualTo("<b>x</b>");
        assertThat(row.get(1)).isEqualTo("converged");
        assertThat(row.get(3)).isEqualTo("50");
        assertThat(row.get(5)).isEqualTo("0.1");
        assertThat(d.needsHelp.getElement().getAttribute("data-count")).isEqualTo("0");
        assertThat(run.scenario()).contains("lr=0.1");
        assertThat(d.sweep.svg()).contains("<svg");
        assertThat(d.contour.last("append")).contains("\"0\":[[-3,4],");

        test(d.anonymize).click();
        assertThat(d.rowTexts().getFirst().get(0)).isEqualTo("Student 1");
        assertThat(p).isNotNull();
    }

    @Test
    void aStudentSentAComparisonShowsTheBadgeAndReportsItsFirstRun() {
        Created c = classes.create("/compare?fn=sphere&opt.1=sgd&lr.1=0.3&opt.2=momentum&lr.2=0.1&init=-3,4&steps=40");
        UI.getCurrent().navigate("join/" + c.code());
        JoinView join = find(JoinView.class).single();
        join.nickname.setValue("김민지");
        test(join.join).click();
        // compare links open by a full page load; here the student opens the comparison as that load would
        UI.getCurrent().navigate("compare", QueryParameters.fromString(
                "fn=sphere&opt.1=sgd&lr.1=0.3&opt.2=momentum&lr.2=0.1&init=-3,4&steps=40"));
        find(org.gdplayground.ui.compare.CompareView.class).single();
        assertThat(find(Span.class).withId("class-badge").single().getText())
                .isEqualTo("Class " + c.code() + " · 김민지");

        test(find(com.vaadin.flow.component.button.Button.class).withId("play").single()).click();
        ticker.runUntilIdle();

        var run = classes.snapshot(classes.teacher(c.code(), c.key()).orElseThrow()).students().getFirst().latest();
        assertThat(run).isNotNull();
        assertThat(run.finished()).isTrue();
        assertThat(run.step()).isEqualTo(40);
        assertThat(run.lr()).isEqualTo(0.3);
        assertThat(run.optimizer()).isEqualTo("sgd");
        // (1 − 2·0.3)^40 · (−3, 4): loss 25 · 0.4^80
        assertThat(run.loss()).isCloseTo(25 * Math.pow(0.4, 80), org.assertj.core.data.Offset.offset(1e-40));
    }

    @Test
    void thePausedClassHoldsTheStudentsPlaybackOnTheServer() {
        Created c = classes.create("/?fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=50");
        UI.getCurrent().navigate("join/" + c.code());
        JoinView join = find(JoinView.class).single();
        join.nickname.setValue("Ann");
        test(join.join).click();
        classes.setPaused(c.code(), c.key(), true);
        for (String id : List.of("play", "step", "reset")) {
            test(find(com.vaadin.flow.component.button.Button.class).withId(id).single()).click();
            ticker.runUntilIdle();
        }
        var latest = classes.snapshot(classes.teacher(c.code(), c.key()).orElseThrow()).students().getFirst()
                .latest();
        assertThat(latest).as("nothing played, so nothing was reported").isNull();
        classes.setPaused(c.code(), c.key(), false);
        test(find(com.vaadin.flow.component.button.Button.class).withId("play").single()).click();
        ticker.runUntilIdle();
        latest = classes.snapshot(classes.teacher(c.code(), c.key()).orElseThrow()).students().getFirst().latest();
        assertThat(latest).isNotNull();
        assertThat(latest.step()).isEqualTo(50);
    }

    @Test
    void theProjectorShowsTheClassWithoutAnyControl() {
        Created c = classes.create("/?fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=50");
        classes.join(c.code(), "Sam", "203.0.113.1");
        UI.getCurrent().navigate("class/" + c.code() + "/projector");
        ProjectorView p = find(ProjectorView.class).single();
        assertThat(p.classCode.getText()).isEqualTo(c.code());
        assertThat(p.students.getChildren().count()).isOne();
        assertThat(find(com.vaadin.flow.component.button.Button.class).all()).as("no control on the projector")
                .allSatisfy(b -> assertThat(b.getId().orElse("")).doesNotContain("pause", "end", "send"));
        assertThat(find(com.vaadin.flow.component.textfield.TextField.class).all()).isEmpty();
    }

    @Test
    void aBadNameOrCodeIsRefusedOnThePage() {
        Created c = classes.create("");
        UI.getCurrent().navigate("join");
        JoinView join = find(JoinView.class).single();
        join.code.setValue("QQQQQQ");
        join.nickname.setValue("Ann");
        test(join.join).click();
        assertThat(join.error.getText()).isEqualTo("No such class: check the code.");
        join.code.setValue(c.code());
        join.nickname.setValue("   ");
        test(join.join).click();
        assertThat(join.error.getText()).isEqualTo("Choose a name of 1 to 24 characters.");
        assertThat(find(JoinView.class).single()).isSameAs(join);
    }

    @Test
    void teacherSendsAScenarioAndPausesTheClass() {
        Created c = classes.create("");
        DashboardView d = dashboard(c.code(), c.key());
        d.scenario.setValue("fn=rosenbrock&opt=adam&lr=0.01&bogus=1");
        test(d.sendScenario).click();
        assertThat(d.scenarioNote.getText()).contains("bogus");
        assertThat(classes.open(c.code()).orElseThrow().scenario()).isEmpty();
        d.scenario.setValue("http://example.org/?fn=rosenbrock&opt=adam&lr=0.01");
        test(d.sendScenario).click();
        assertThat(classes.open(c.code()).orElseThrow().scenario()).isEqualTo("/?fn=rosenbrock&opt=adam&lr=0.01");
        test(d.pauseAll).click();
        assertThat(classes.open(c.code()).orElseThrow().paused()).isTrue();
        assertThat(d.pauseAll.getText()).isEqualTo("Let everyone play");
        test(d.endClass).click();
        assertThat(d.endDialog.isOpened()).isTrue();
        assertThat(classes.open(c.code())).as("ending asks first").isPresent();
        roundTrip();
        test(d.endConfirm).click();
        assertThat(classes.open(c.code())).isEmpty();
        assertThat(d.endedNote.isVisible()).isTrue();

        UI.getCurrent().navigate("join/" + c.code());
        JoinView join = find(JoinView.class).single();
        join.nickname.setValue("Late");
        test(join.join).click();
        assertThat(join.ended.isVisible()).isTrue();
        assertThat(join.ended.getText()).isEqualTo("This class has ended: you can no longer join it.");
        assertThat(join.error.isVisible()).isFalse();
    }
}
