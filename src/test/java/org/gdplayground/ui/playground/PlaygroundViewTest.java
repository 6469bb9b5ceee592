package org.gdplayground.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.gdplayground.engine.run.Status;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.session.Speed;
import org.gdplayground.ui.SyncRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(SyncRuns.class)
class PlaygroundViewTest extends SpringBrowserlessTest {

    @Autowired
    SyncRuns.ManualTicker ticker;

    private PlaygroundView view;

    @BeforeEach
    void open() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        view = navigate(PlaygroundView.class);
    }

    private PlaygroundView open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return find(PlaygroundView.class).single();
    }

    /** Plays to the end; returns the number of frames it took. */
    private int playToEnd(PlaygroundView v) {
        test(v.play).click();
        return ticker.runUntilIdle();
    }

    @Test
    void lrSliderOnlyFollowsTheFieldAndNeverRewritesIt() {
        PlaygroundView v = open("fn=study-hours-wb&opt=sgd&lr=0.05&steps=200");
        assertThat(v.lr.getValue()).isEqualTo("0.05");
        assertThat(v.spec().run().lr()).isEqualTo(0.05);
        assertThat(v.lrSlider.getValue()).isEqualTo("-1.30");
        // a screen reader hears the learning rate, not its logarithm
        assertThat(v.lrSlider.getElement().getAttribute("aria-valuetext")).isEqualTo("learning rate 0.05");
    }

    @Test
    void opensTheSeedsFirstLessonReadyAtStepZero() {
        assertThat(view.spec().fn()).isEqualTo("sphere");
        assertThat(view.spec().run().lr()).isEqualTo(0.1);
        assertThat(view.lr.getValue()).isEqualTo("0.1");
        assertThat(view.form.init).extracting(TextField::getId).map(o -> o.orElse(""))
                .containsExactly("init-x", "init-y");
        assertThat(view.form.init).extracting(TextField::getValue).containsExactly("-3", "4");
        assertThat(view.table.rows()).hasSize(1);
        assertThat(view.status.getText()).isEqualTo("Ready · step 0 of 100 · loss 25");
        // the browser-drawn contour got its text-free raster, axes, colour bar and the known minimum
        assertThat(view.contour.configuration()).contains("\"kind\":\"contour\"")
                .contains("data:image/png;base64,").contains("\"colorBar\"").contains("\"minima\":[{\"x\":0,\"y\":0");
        // frame 0 sends the start point as the first path point and the current point
        assertThat(view.contour.last("append")).contains("\"points\":{\"0\":[[-3,4]]}")
                .contains("\"current\":{\"0\":[-3,4]}");
        assertThat(view.lossChart.last("append")).contains("\"0\":[[0,25]]");
    }

    @Test
    void playRunsToTheEndAndTheTableHoldsEveryStep() {
        int frames = playToEnd(view);
        assertThat(view.run().status()).isEqualTo(Status.MAX_STEPS);
        assertThat(view.table.rows()).hasSize(101);
        StepRecord last = view.table.rows().get(100);
        assertThat(last.k()).isEqualTo(100);
        // (1 − 2·0.1)^100 · (−3, 4) = 0.8^100 · (−3, 4)
        assertThat(last.theta(0)).isCloseTo(-3 * Math.pow(0.8, 100), org.assertj.core.data.Offset.offset(1e-22));
        assertThat(view.status.getText()).startsWith("Finished all 100 steps");
        assertThat(view.isPlaying()).isFalse();
        assertThat(view.play.getText()).isEqualTo("Play");
        // frames batch 5 steps at the default speed: 20 frames for 100 steps
        assertThat(frames).isEqualTo(20);
    }

    @Test
    void pauseStopsTheFramesAndStepAdvancesOne() {
        test(view.play).click();
        assertThat(view.play.getText()).isEqualTo("Pause");
        ticker.tick();
        ticker.tick();
        test(view.play).click();
        assertThat(ticker.hasActive()).isFalse();
        assertThat(view.run().latest().k()).isEqualTo(10);
        assertThat(view.status.getText()).startsWith("Paused · step 10 of 100");

        test(view.step).click();
        assertThat(view.run().latest().k()).isEqualTo(11);
        test(view.reset).click();
        assertThat(view.run().latest().k()).isZero();
        assertThat(view.table.rows()).hasSize(1);
    }

    @Test
    void leavingThePageCancelsTheRun() {
        test(view.play).click();
        ticker.tick();
        assertThat(ticker.hasActive()).isTrue();
        navigate(org.gdplayground.ui.compare.CompareView.class);
        assertThat(ticker.hasActive()).isFalse();
    }

    @Test
    void maxSpeedFinishesInOneFrame() {
        test(view.speed).selectItem("As fast as possible");
        assertThat(playToEnd(view)).isEqualTo(1);
        assertThat(view.run().finished()).isTrue();
    }

    @Test
    void invalidLearningRateIsMarkedKeptAndStartsNothing() {
        var before = view.spec();
        test(view.lr).setValue("-1");
        assertThat(view.lr.isInvalid()).isTrue();
        assertThat(view.lr.getErrorMessage()).isEqualTo("Learning rate γ must be in (0, ∞), got -1.");
        assertThat(view.lr.getValue()).isEqualTo("-1");
        assertThat(view.spec()).isSameAs(before);
        assertThat(view.status.getText()).isEqualTo("Fix the highlighted field(s) to run.");

        test(view.lr).setValue("0.03");
        assertThat(view.lr.isInvalid()).isFalse();
        assertThat(view.spec().run().lr()).isEqualTo(0.03);
        assertThat(view.currentQuery()).contains("lr=0.03");
    }

    @Test
    void changingTheSurfaceShowsItsDefaultStartAndResets() {
        test(view.form.fn).selectItem("Rosenbrock banana valley");
        assertThat(view.spec().fn()).isEqualTo("rosenbrock");
        assertThat(view.form.init).extracting(TextField::getValue).containsExactly("-1.5", "2");
        assertThat(view.currentQuery()).startsWith("fn=rosenbrock&opt=sgd&lr=0.1&init=-1.5,2&steps=100");
        assertThat(view.run().latest().k()).isZero();
    }

    @Test
    void optimizerShowsExactlyItsHyperParametersWithTorchDefaults() {
        test(view.opt).selectItem("Adam");
        assertThat(view.hyper.keySet()).containsExactly("beta1", "beta2", "eps", "weightDecay");
        assertThat(view.hyper.get("beta2").getValue()).isEqualTo("0.999");
        test(view.hyper.get("beta1")).setValue("1.2");
        assertThat(view.hyper.get("beta1").isInvalid()).isTrue();
        assertThat(view.hyper.get("beta1").getErrorMessage()).contains("β1").contains("[0, 1)");
        test(view.hyperReset).click();
        assertThat(view.hyper.get("beta1").getValue()).isEqualTo("0.9");
        assertThat(view.hyper.get("beta1").isInvalid()).isFalse();
        assertThat(view.spec().run().opt()).isEqualTo("adam");
    }

    @Test
    void customExpressionErrorsNameThePositionAndValidOnesRun() {
        test(view.form.fn).selectItem("Your own f(x, y)");
        assertThat(view.form.expr.isVisible()).isTrue();
        test(view.form.expr).setValue("x^2 + (y");
        assertThat(view.form.expr.isInvalid()).isTrue();
        assertThat(view.form.expr.getErrorMessage()).startsWith("Expression f(x, y): at character");
        test(view.form.expr).setValue("x^2 + 3*y^2");
        assertThat(view.form.expr.isInvalid()).isFalse();
        assertThat(view.spec().expr()).isEqualTo("x^2 + 3*y^2");
        playToEnd(view);
        assertThat(view.run().finished()).isTrue();
    }

    @Test
    void dataProblemShowsPerParameterStartBatchAndLeastSquares() {
        test(view.form.fn).selectItem("Data: study hours, score = w·x + b");
        assertThat(view.form.init).extracting(f -> f.getId().orElse("")).containsExactly("init-0", "init-1");
        assertThat(view.form.batch.isVisible()).isTrue();
        assertThat(view.leastSquares.getText()).contains("w = 2").contains("b = ");
        test(view.form.batch).setValue("1");
        test(view.form.shuffle).click();
        assertThat(view.spec().batch()).isEqualTo(1);
        assertThat(view.spec().shuffle()).isFalse();
        assertThat(view.table.getColumnByKey("batchLoss")).isNotNull();
        playToEnd(view);
        assertThat(view.dataPlot.svg()).contains("<svg");
        test(view.form.batch).setValue("9");
        assertThat(view.form.batch.getErrorMessage()).contains("[1, 3]");
    }

    @Test
    void oneParameterProblemShowsTheCurveWithTangent() {
        PlaygroundView v = open("fn=textbook-quadratic&opt=sgd&lr=10&init=15&steps=30");
        assertThat(v.form.init).extracting(f -> f.getId().orElse("")).containsExactly("init-x");
        assertThat(v.curve.svg()).contains("gdp-tangent");
    }

    @Test
    void invalidLinkOpensWithDefaultsKeepsValidPartsAndSaysWhatWasIgnored() {
        PlaygroundView v = open("fn=nope&lr=abc&steps=50&opt=momentum");
        assertThat(v.linkErrors.isVisible()).isTrue();
        String text = v.linkErrors.getElement().getTextRecursively();
        assertThat(text).contains("Surface must be one of").contains("Learning rate γ must be in (0, ∞), got \"abc\"");
        assertThat(v.spec().steps()).isEqualTo(50);
        assertThat(v.spec().run().opt()).isEqualTo("momentum");
        assertThat(v.spec().fn()).isEqualTo("sphere");
    }

    @Test
    void scenarioLinkOpensExactlyThatScenario() {
        PlaygroundView v = open("fn=rosenbrock&opt=adam&lr=0.03&init=-1.5,2&steps=500");
        assertThat(v.spec().fn()).isEqualTo("rosenbrock");
        assertThat(v.spec().run().opt()).isEqualTo("adam");
        assertThat(v.spec().steps()).isEqualTo(500);
        assertThat(v.linkErrors.isVisible()).isFalse();
        assertThat(v.currentQuery()).isEqualTo("fn=rosenbrock&opt=adam&lr=0.03&init=-1.5,2&steps=500");
    }

    @Test
    void divergenceIsReportedAtItsStepWithAnLrHint() {
        PlaygroundView v = open("fn=sphere&opt=sgd&lr=1.1&init=-3,4&steps=5000");
        test(v.speed).selectItem("As fast as possible");
        playToEnd(v);
        assertThat(v.run().status()).isEqualTo(Status.DIVERGED);
        assertThat(v.status.getText()).startsWith("Diverged at step 1938: learning rate too large: loss grew from 25 to")
                .contains("with learning rate 0.5 the same run does not diverge")
                // the diagnosis saw it at the first steps, long before the overflow
                .endsWith("the loss was growing from step 1 on");
        assertThat(v.status.getElement().getAttribute("data-diagnosis")).isEqualTo("diverging");
    }

    /** Issue: 100 steps at lr 1.1 used to end in a green "Finished" with loss 1.7e17. */
    @Test
    void aRunThatDivergesWithinItsStepsSaysSoLongBeforeAnOverflow() {
        PlaygroundView v = open("fn=sphere&opt=sgd&lr=1.1&init=-3,4&steps=100");
        test(v.speed).selectItem("As fast as possible");
        playToEnd(v);
        assertThat(v.run().status()).isEqualTo(Status.MAX_STEPS);
        assertThat(v.status.getText()).startsWith("Finished all 100 steps")
                .contains("Diverging since step 1");
        assertThat(v.status.getElement().getAttribute("data-diagnosis")).isEqualTo("diverging");
    }

    /** log(x) from (−3, 4): no step can be taken, and the page says why instead of "Diverged at step 0". */
    @Test
    void aStartWhereTheLossIsNotANumberSaysSoEverywhere() {
        PlaygroundView v = open("fn=custom&expr=log(x)&opt=sgd&lr=0.1&init=-3,4&steps=10");
        assertThat(v.status.getText()).startsWith("Cannot start here").contains("NaN");
        assertThat(v.explain.getElement().getTextRecursively()).startsWith("Cannot start here")
                .doesNotContain("Press Step");
    }

    @Test
    void playWithAnInvalidFieldStartsNothing() {
        test(view.lr).setValue("-1");
        assertThat(view.status.getText()).contains("Fix the highlighted");
        test(view.play).click();
        assertThat(view.isPlaying()).isFalse();
        assertThat(view.run().latest().k()).isZero();
        assertThat(view.status.getText()).startsWith("Nothing was started");
        assertThat(view.lr.getValue()).isEqualTo("-1");
        test(view.step).click();
        assertThat(view.run().latest().k()).isZero();
    }

    @Test
    void scrubMovesTheMarkerAndExplainsThatStep() {
        playToEnd(view);
        assertThat(view.explain.getElement().getTextRecursively()).contains("Step 100");
        test(view.table).select(3);
        assertThat(view.cursor()).isEqualTo(3);
        assertThat(view.explain.getElement().getTextRecursively())
                .contains("Step 3: SGD (gradient descent), γ = 0.1")
                // θ₂ = 0.8²·(−3, 4) = (−1.92, 2.56), g = 2θ₂, θ₃ = θ₂ − 0.1·g
                .contains("x ← (−1.92) − 0.1 × (−3.84) = (−1.536)")
                .contains("y ← 2.56 − 0.1 × 5.12 = 2.048");
        // the slider's value is the step shown: one arrow key is one step, and a screen reader hears it in words
        assertThat(view.scrub.getValue()).isEqualTo("3");
        assertThat(view.scrub.getElement().getAttribute("max")).isEqualTo("100");
        assertThat(view.scrub.getElement().getAttribute("aria-valuetext")).isEqualTo("step 3 of 100");
    }

    @Test
    void clickOnTheContourSetsTheStart() {
        view.contour.pick(1.0, -2.0);
        assertThat(view.form.init).extracting(TextField::getValue).containsExactly("1", "-2");
        assertThat(view.spec().init()).containsExactly(1.0, -2.0);
    }

    @Test
    void switchingToKoreanRelabelsControlsAndStatus() {
        UI.getCurrent().setLocale(Locale.KOREAN);
        assertThat(view.play.getText()).isEqualTo("재생");
        assertThat(view.status.getText()).isEqualTo("준비 · 0 / 100단계 · 손실 25");
        assertThat(view.lr.getLabel()).isEqualTo("학습률 γ");
    }

    @Test
    void everyControlHasALabelATooltipAndAStableId() {
        for (var c : java.util.List.of(view.form.fn, view.opt, view.form.initMode, view.form.grad,
                view.form.schedule)) {
            assertThat(c.getId()).isPresent();
            assertThat(c.getLabel()).isNotBlank().doesNotStartWith("!");
            assertThat(c.getTooltip().getText()).isNotBlank().doesNotStartWith("!");
        }
        for (TextField f : java.util.List.of(view.lr, view.form.steps, view.form.batch, view.form.seed,
                view.form.h, view.form.warmup, view.form.tol, view.form.lossTol)) {
            assertThat(f.getId()).isPresent();
            assertThat(f.getLabel()).isNotBlank().doesNotStartWith("!");
            assertThat(f.getTooltip().getText()).isNotBlank().doesNotStartWith("!");
        }
        assertThat(view.speed.getValue()).isEqualTo(Speed.FAST);
    }

    @Test
    void advancedSettingsFlowIntoTheScenario() {
        test(view.form.grad).selectItem("Central difference");
        test(view.form.h).setValue("1e-3");
        test(view.form.schedule).selectItem("Cosine annealing");
        test(view.form.scheduleParams.get("tMax")).setValue("50");
        test(view.form.tol).setValue("1e-6");
        assertThat(view.spec().grad()).isEqualTo("central");
        assertThat(view.spec().h()).isEqualTo(1e-3);
        assertThat(view.spec().schedule()).isEqualTo("cosine");
        assertThat(view.spec().scheduleParams().get("tMax")).isEqualTo(50.0);
        assertThat(view.spec().tol()).isEqualTo(1e-6);
        assertThat(view.currentQuery()).contains("grad=central").contains("h=0.001").contains("schedule=cosine")
                .contains("tMax=50").contains("tol=1e-6");
    }

    @Test
    void initialisationSeedWarmupAndLossToleranceReachTheScenario() {
        PlaygroundView v = open("fn=quiz-scores&opt=adam&lr=0.5&steps=300");
        test(v.form.initMode).selectItem("He normal");
        assertThat(v.form.init).allMatch(f -> !f.isEnabled());
        test(v.form.seed).setValue("7");
        test(v.form.warmup).setValue("5");
        test(v.form.lossTol).setValue("1e-9");
        assertThat(v.spec().initMode()).isEqualTo("he");
        assertThat(v.spec().seed()).isEqualTo(7L);
        assertThat(v.spec().warmup()).isEqualTo(5);
        assertThat(v.spec().lossTol()).isEqualTo(1e-9);
        assertThat(v.currentQuery()).contains("initMode=he").contains("seed=7").contains("warmup=5")
                .contains("lossTol=1e-9");
        // warm-up: γ at step 1 is lr·1/5
        test(v.step).click();
        assertThat(v.run().latest().lr()).isEqualTo(0.5 / 5);
    }

    @Test
    void arrowsAndLogScaleRedrawThePictures() {
        playToEnd(view);
        assertThat(view.contour.last("append")).contains("\"arrows\":null");
        test(view.arrows).click();
        // −∇f at the final point 0.8^100·(−3, 4) of x² + y²: 2·0.8^100·(3, −4)
        double s = Math.pow(0.8, 100);
        assertThat(view.contour.last("append")).contains("\"arrows\":{\"0\":[")
                .contains(Double.toString(-2 * (-3 * s)).substring(0, 8));
        test(view.lossLog).click();
        assertThat(view.lossChart.last("setOptions")).isEqualTo("{\"yLog\":true}");
    }

    @Test
    void everyChartOfTheProblemCanBeDownloadedAsPng() throws Exception {
        PlaygroundView curveView = open("fn=textbook-quadratic&opt=sgd&lr=10&init=15&steps=30");
        playToEnd(curveView);
        assertThat(curveView.exports.curve.isVisible()).isTrue();
        assertThat(curveView.exports.data.isVisible()).isFalse();
        assertThat(curveView.exports.contour.isVisible()).isFalse();
        var img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(curveView.exports.curvePng()));
        assertThat(img.getWidth()).isEqualTo(900);

        PlaygroundView dataView = open("fn=quiz-scores&opt=adam&lr=0.5&steps=50");
        playToEnd(dataView);
        assertThat(dataView.exports.data.isVisible()).isTrue();
        assertThat(dataView.exports.curve.isVisible()).isFalse();
        img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(dataView.exports.dataPng()));
        assertThat(img.getHeight()).isEqualTo(600);
    }
}
