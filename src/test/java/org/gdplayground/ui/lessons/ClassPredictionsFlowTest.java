package org.gdplayground.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.gdplayground.classroom.ClassPredictions;
import org.gdplayground.classroom.ClassPredictions.Tally;
import org.gdplayground.classroom.ClassroomService;
import org.gdplayground.classroom.Model.Created;
import org.gdplayground.classroom.Model.Joined;
import org.gdplayground.classroom.Model.StudentTicket;
import org.gdplayground.ui.SyncRuns;
import org.gdplayground.ui.classroom.PredictionsCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A class member answers a lesson's prediction and runs the step: the verdict reaches the class, and the teacher's
 * dashboard counts it (#class-predictions). A visitor who is in no class reports nothing.
 */
@SpringBootTest
@Import(SyncRuns.class)
class ClassPredictionsFlowTest extends SpringBrowserlessTest {

    private static final String DIVERGED = "{\"type\":\"gdp-run\",\"page\":\"playground\",\"fn\":\"sphere\",\"runs\":"
            + "[{\"index\":1,\"opt\":\"sgd\",\"lr\":1.1,\"status\":\"diverged\",\"finished\":true,"
            + "\"diagnosis\":\"diverging\",\"since\":3,\"step\":10,\"loss\":1e9,\"theta\":[62,0]}]}";

    @Autowired
    ClassroomService classes;
    @Autowired
    ClassPredictions predictions;

    @AfterEach
    void leave() {
        UI.getCurrent().getSession().setAttribute(StudentTicket.class, null);
    }

    private LessonView answer(String choice) {
        UI.getCurrent().navigate("lessons/d2l-lr-1d", QueryParameters.simple(Map.of("step", "3")));
        LessonView v = find(LessonView.class).single();
        v.predictions.choose(choice);
        v.onReport(DIVERGED);
        assertThat(v.predictions.result.getElement().getAttribute("data-held"))
                .isEqualTo(Boolean.toString(choice.equals("diverges")));
        return v;
    }

    @Test
    void aStudentsVerdictReachesTheDashboard() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Created c = classes.create("/?fn=sphere&lr=1.1");
        StudentTicket ann = ((Joined) classes.join(c.code(), "Ann", "198.51.100.7")).ticket();
        var teacher = classes.teacher(c.code(), c.key()).orElseThrow();

        answer("oscillates"); // not a student yet: nothing reaches any class
        assertThat(predictions.tallies(teacher)).isEmpty();

        UI.getCurrent().getSession().setAttribute(StudentTicket.class, ann);
        answer("converges");
        assertThat(predictions.tallies(teacher))
                .containsExactly(new Tally("d2l-lr-1d", 3, "converges", "diverges", 1));

        UI.getCurrent().getSession().setAttribute(StudentTicket.class, null);
        UI.getCurrent().navigate("class/" + c.code(), QueryParameters.simple(Map.of("key", c.key())));
        PredictionsCard card = find(PredictionsCard.class).single();
        var step = card.getElement().getChild(2).getChild(0);
        assertThat(step.getAttribute("data-lesson")).isEqualTo("d2l-lr-1d");
        assertThat(step.getAttribute("data-step")).isEqualTo("3");
        var row = step.getChildren().filter(e -> e.getClassList().contains("gdp-pred-row")).findFirst().orElseThrow();
        assertThat(row.getAttribute("data-predicted")).isEqualTo("converges");
        assertThat(row.getAttribute("data-outcome")).isEqualTo("diverges");
        assertThat(row.getAttribute("data-count")).isEqualTo("1");
        assertThat(row.getClassList()).contains("gdp-pred-missed");
        assertThat(row.getChild(0).getText()).isEqualTo("predicted: converges → the run: diverges");
        var export = card.getElement().getChild(3);
        assertThat(export.getAttribute("id")).isEqualTo("export-class-predictions");
        assertThat(export.getText()).isEqualTo("Download predictions (CSV)");

        // the teacher reads the download in their language: headers, the lesson's title (its commas quoted), choices
        UI.getCurrent().setLocale(Locale.KOREAN);
        String csv = card.csv(teacher, java.time.ZoneOffset.UTC);
        String title = org.gdplayground.lessons.LessonLibrary.get().find("d2l-lr-1d").orElseThrow().title()
                .in(Locale.KOREAN);
        assertThat(csv).startsWith("\uFEFF학생 번호,학생,레슨,단계,예측,실제 결과,예측 적중,진단 코드,답한 시각\r\n")
                .contains(ann.studentId() + ",Ann,\"" + title + "\",3,수렴,발산,아니요,diverging,");
    }
}
