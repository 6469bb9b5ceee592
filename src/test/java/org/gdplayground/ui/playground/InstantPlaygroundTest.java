package org.gdplayground.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.gdplayground.engine.run.Status;
import org.gdplayground.ui.SyncRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Instant exploration on the playground ({@code instant=1}): a change shows the whole run, no Play. */
@SpringBootTest
@Import(SyncRuns.class)
class InstantPlaygroundTest extends SpringBrowserlessTest {

    @Autowired
    SyncRuns.ManualTicker ticker;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private PlaygroundView open(String query) {
        navigate(PlaygroundView.class);
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return find(PlaygroundView.class).single();
    }

    @Test
    void aLinkWithInstantOpensTheWholeRunAsPlayWouldEndIt() {
        PlaygroundView played = open("fn=rosenbrock&opt=momentum&lr=0.001&init=-1.5,2&steps=300");
        test(played.play).click();
        ticker.runUntilIdle();
        String playedStatus = played.status.getText();
        String playedDiagnosis = played.status.getElement().getAttribute("data-diagnosis");
        var playedLast = played.run().latest();

        PlaygroundView v = open("fn=rosenbrock&opt=momentum&lr=0.001&init=-1.5,2&steps=300&instant=1");
        assertThat(v.instant.on()).isTrue();
        assertThat(v.instant.toggle().getValue()).isTrue();
        assertThat(v.viewParams().instant()).isTrue();
        assertThat(ticker.hasActive()).isFalse(); // no Play, no ticker
        assertThat(v.run().finished()).isTrue();
        assertThat(v.table.rows()).hasSize(301);
        // one truth: the same status, diagnosis and last step as Play's run
        assertThat(v.status.getText()).isEqualTo(playedStatus);
        assertThat(v.status.getElement().getAttribute("data-diagnosis")).isEqualTo(playedDiagnosis);
        assertThat(v.run().latest().theta()).containsExactly(playedLast.theta());
        // one frame replaced the picture: the charts were told to drop what they drew, with every point at once
        assertThat(v.contour.last("append")).contains("\"points\":{\"0\":[[-1.5,2]");
        // the slider sends its value while dragged
        assertThat(v.lrSlider.getValueChangeMode()).isEqualTo(ValueChangeMode.TIMEOUT);
        assertThat(v.contour.getElement().getAttribute("data-drag")).isEqualTo("true");
    }

    @Test
    void aNewLearningRateOrStartShowsTheWholeNewRunAndPlayReplaysIt() {
        PlaygroundView v = open("fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=100&instant=1");
        test(v.lr).setValue("0.3");
        assertThat(v.run().status()).isEqualTo(Status.MAX_STEPS);
        assertThat(v.run().latest().k()).isEqualTo(100);
        assertThat(v.status.getText()).startsWith("Finished all 100 steps");
        test(v.lr).setValue("50");
        assertThat(v.run().status()).isEqualTo(Status.DIVERGED);
        v.contour.pick(1, 1);
        assertThat(v.spec().init()).containsExactly(1.0, 1.0);
        assertThat(v.run().finished()).isTrue();
        assertThat(v.run().records().getFirst().theta()).containsExactly(1.0, 1.0);
        // Play on the finished run replays it from k = 0 as an animation
        test(v.play).click();
        assertThat(v.isPlaying()).isTrue();
        assertThat(ticker.runUntilIdle()).isGreaterThan(1);
        assertThat(v.run().finished()).isTrue();
    }

    @Test
    void aRunLongerThanTheCapIsShownUpToItAndThePageSaysSo() {
        PlaygroundView v = open("fn=sphere&opt=sgd&lr=0.00001&init=-3,4&steps=50000&instant=1&lang=en");
        int cap = v.instant.maxSteps();
        assertThat(cap).isEqualTo(20_000);
        assertThat(v.run().latest().k()).isEqualTo(cap);
        assertThat(v.run().finished()).isFalse();
        assertThat(v.instant.noteText()).isEqualTo("Showing the first 20000 of 50000 steps at once; press Play to go on.");
        assertThat(v.status.getText()).startsWith("Paused · step 20000 of 50000");
        test(v.form.steps).setValue("100");
        assertThat(v.instant.noteText()).isEmpty();
        assertThat(v.run().finished()).isTrue();
    }

    @Test
    void theToggleShowsTheRunOnScreenWholeAndOffLeavesChangesAtStepZero() {
        PlaygroundView v = open("fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=100");
        assertThat(v.run().latest().k()).isZero();
        assertThat(v.lrSlider.getValueChangeMode()).isEqualTo(ValueChangeMode.ON_CHANGE);
        test(v.instant.toggle()).click();
        assertThat(v.instant.on()).isTrue();
        assertThat(v.run().latest().k()).isEqualTo(100);
        test(v.instant.toggle()).click();
        assertThat(v.instant.on()).isFalse();
        test(v.lr).setValue("0.2");
        assertThat(v.run().latest().k()).isZero();
    }

    @Test
    void theOneParameterViewShowsSeed004sRectangleAtTheStepShown() {
        PlaygroundView v = open("fn=textbook-quadratic&opt=sgd&lr=1&init=3&steps=5");
        var d = find(com.vaadin.flow.component.html.Div.class).withId("derivative").single();
        assertThat(d.isVisible()).isTrue();
        // at x = 3: ∂L/∂x = 0.16, δx = 0.1 → estimate 0.016, true change 0.0161
        assertThat(d.getElement().getAttribute("data-estimate")).isEqualTo(Double.toString(0.16 * 0.1));
        assertThat(Double.parseDouble(d.getElement().getAttribute("data-actual"))).isCloseTo(0.0161,
                org.assertj.core.data.Offset.offset(1e-15));
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("derivative-rate").single().getText())
                .isEqualTo("Here ∂L/∂x = 0.16: the loss changes 0.16 times as much as you change x, in the same "
                        + "direction.");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("derivative-picture").single()
                .getElement().getProperty("innerHTML")).contains("δx = +0.1");
        test(v.step).click();
        // after one step x = 3 − 0.16 = 2.84: the picture follows the step shown
        assertThat(Double.parseDouble(d.getElement().getAttribute("data-slope"))).isCloseTo(0.02 * 2.84 + 0.1,
                org.assertj.core.data.Offset.offset(1e-15));
        assertThat(v.curveCard.component().isVisible()).isTrue();
        assertThat(open("fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=5").curveCard.component().isVisible()).isFalse();
    }
}
