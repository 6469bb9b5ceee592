package org.gdplayground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.Status;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.engine.run.StopReason;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.session.Frame;
import org.gdplayground.session.Speed;
import org.gdplayground.system.Limits;
import org.gdplayground.ui.SyncRuns;
import org.gdplayground.ui.playground.PlaygroundView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(SyncRuns.class)
class CompareViewTest extends SpringBrowserlessTest {

    /** Three runs that end differently: one converges late, one early, one diverges (lr 100 on x² + y²). */
    static final String THREE_ENDINGS = "fn=sphere&init=-3,4&steps=200&tol=0.001"
            + "&opt.1=sgd&lr.1=0.05&opt.2=sgd&lr.2=0.3&opt.3=sgd&lr.3=100";

    @Autowired
    SyncRuns.ManualTicker ticker;
    @Autowired
    ScenarioParser parser;
    @Autowired
    ScenarioFactory factory;
    @Autowired
    Limits limits;

    private CompareView view;

    @BeforeEach
    void open() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        view = navigate(CompareView.class);
    }

    private CompareView open(String query) {
        UI.getCurrent().navigate("compare", QueryParameters.fromString(query));
        return find(CompareView.class).single();
    }

    private int playToEnd(CompareView v) {
        test(v.play).click();
        return ticker.runUntilIdle();
    }

    private static List<String> lrs(CompareView v) {
        return v.rows.stream().map(r -> r.lr.getValue()).toList();
    }

    // ---------------------------------------------------------------- opening

    @Test
    void opensTheMomentumLessonWithThreeRunsReadyAtStepZero() {
        assertThat(view.spec().fn()).isEqualTo("ellipse");
        assertThat(view.spec().runs()).extracting(RunSpec::opt).containsExactly("sgd", "momentum", "nesterov");
        assertThat(view.rows).hasSize(3);
        assertThat(view.legend.getChildren()).hasSize(3);
        assertThat(view.status.getText()).isEqualTo("Ready · 3 runs on one surface · step 0 of 100");
        assertThat(view.fairNote.getText()).contains("same seed (42)").contains("mini-batch order");
        assertThat(view.contour.configuration()).contains("\"kind\":\"contour\"").contains("\"id\":\"2\"");
        assertThat(view.contour.last("append")).contains("\"current\":{\"0\":[-4,2],\"1\":[-4,2],\"2\":[-4,2]}");
        assertThat(view.summaryRows()).hasSize(3);
        assertThat(view.currentQuery()).isEqualTo("fn=ellipse&opt.1=sgd&lr.1=0.02&opt.2=momentum&lr.2=0.02"
                + "&opt.3=nesterov&lr.3=0.02&init=-4,2&steps=100");
    }

    @Test
    void playgroundButtonOpensItsScenarioAsRunOneBesideASecondRun() {
        navigate(PlaygroundView.class);
        test(find(TextField.class).withId("lr").single()).setValue("0.05");
        test(find(Button.class).withId("compare-link").single()).click();
        CompareView v = find(CompareView.class).single();
        ScenarioSpec s = v.spec();
        assertThat(s.fn()).isEqualTo("sphere");
        assertThat(s.init()).containsExactly(-3.0, 4.0);
        assertThat(s.runs()).extracting(RunSpec::opt).containsExactly("sgd", "momentum");
        assertThat(s.runs()).extracting(RunSpec::lr).containsExactly(0.05, 0.05);
        assertThat(v.currentQuery()).startsWith("fn=sphere&opt.1=sgd&lr.1=0.05&opt.2=momentum&lr.2=0.05");
    }

    @Test
    void aOneRunComparisonLinkStaysOneRun() {
        CompareView v = open("fn=sphere&opt.1=adam&lr.1=0.1&init=-3,4&steps=50");
        assertThat(v.spec().runs()).hasSize(1);
        assertThat(v.currentQuery()).isEqualTo("fn=sphere&opt.1=adam&lr.1=0.1&init=-3,4&steps=50");
        assertThat(v.rows.get(0).remove.isEnabled()).isFalse();
    }

    // ---------------------------------------------------------------- runs

    @Test
    void addingARunPicksTheNextOptimizerAndRemovingOneRenumbersTheRest() {
        test(view.addRun).click();
        assertThat(view.rows).hasSize(4);
        assertThat(view.spec().runs()).extracting(RunSpec::opt)
                .containsExactly("sgd", "momentum", "nesterov", "adagrad");
        assertThat(view.spec().runs().get(3).lr()).isEqualTo(0.02);
        assertThat(view.currentQuery()).contains("opt.4=adagrad&lr.4=0.02");
        assertThat(view.rows.get(3).lr.getId()).hasValue("lr-4");
        assertThat(view.legend.getChildren()).hasSize(4);
        assertThat(view.run(3).records()).hasSize(1);

        test(view.rows.get(1).remove).click();
        assertThat(view.rows).hasSize(3);
        assertThat(view.spec().runs()).extracting(RunSpec::opt).containsExactly("sgd", "nesterov", "adagrad");
        assertThat(view.rows.get(1).opt.getId()).hasValue("opt-2");
        assertThat(view.rows.get(1).opt.getValue()).isEqualTo("nesterov");
        // colours stay with their run: nesterov keeps the third colour
        assertThat(view.rows.get(1).color()).isEqualTo(org.gdplayground.ui.chart.Palette.color(2));
        assertThat(view.currentQuery()).contains("opt.2=nesterov").doesNotContain("momentum");
    }

    @Test
    void atMostTheConfiguredNumberOfRuns() {
        while (view.addRun.isEnabled()) {
            test(view.addRun).click();
        }
        assertThat(view.rows).hasSize(limits.maxCompareRuns());
        assertThat(view.spec().runs()).hasSize(8);
        assertThat(view.rows).extracting(RunRow::color).doesNotHaveDuplicates();
    }

    @Test
    void anUntickedRunIsLeftOutOfThePlaybackAndTheLinkButKeepsItsFields() {
        test(view.rows.get(1).enabled).click();
        assertThat(view.spec().runs()).extracting(RunSpec::opt).containsExactly("sgd", "nesterov");
        assertThat(view.currentQuery()).doesNotContain("momentum").contains("opt.2=nesterov");
        assertThat(view.frame().runs()).hasSize(2);
        assertThat(view.legend.getChildren()).hasSize(2);
        assertThat(view.rows).hasSize(3);
        assertThat(view.rows.get(1).opt.getValue()).isEqualTo("momentum");

        test(view.rows.get(1).enabled).click();
        assertThat(view.spec().runs()).hasSize(3);
    }

    @Test
    void ownStartRevealsThatRunsStartFieldsAndWritesInitN() {
        RunRow second = view.rows.get(1);
        assertThat(second.initBox.isVisible()).isFalse();
        test(second.ownStart).click();
        assertThat(second.initBox.isVisible()).isTrue();
        assertThat(second.init).extracting(TextField::getValue).containsExactly("-4", "2");
        assertThat(second.init).extracting(f -> f.getId().orElse("")).containsExactly("init-x-2", "init-y-2");
        test(second.init.get(1)).setValue("-2");
        assertThat(view.spec().runs().get(1).init()).containsExactly(-4.0, -2.0);
        assertThat(view.spec().runs().get(0).init()).isNull();
        assertThat(view.currentQuery()).contains("init.2=-4,-2").contains("&init=-4,2");
        assertThat(view.run(1).records().get(0).theta()).containsExactly(-4.0, -2.0);
    }

    // ---------------------------------------------------------------- validation

    @Test
    void anInvalidLearningRateIsMarkedOnThatRunOnlyKeptAndStartsNothing() {
        ScenarioSpec before = view.spec();
        test(view.rows.get(1).lr).setValue("-1");
        assertThat(view.rows.get(1).lr.isInvalid()).isTrue();
        assertThat(view.rows.get(1).lr.getErrorMessage()).isEqualTo("Learning rate γ of run 2 must be in (0, ∞), got -1.");
        assertThat(view.rows.get(1).lr.getValue()).isEqualTo("-1");
        assertThat(view.rows.get(0).lr.isInvalid()).isFalse();
        assertThat(view.rows.get(2).lr.isInvalid()).isFalse();
        assertThat(view.spec()).isSameAs(before);
        assertThat(view.status.getText()).isEqualTo("Fix the highlighted field(s) to run.");
        assertThat(view.status.getElement().getAttribute("data-state")).isEqualTo("invalid");
        // honest Play: nothing starts (not even the last valid comparison) and the status says why
        test(view.play).click();
        assertThat(view.frame().step()).isZero();
        assertThat(view.status.getText()).startsWith("Nothing was started");
        test(view.step).click();
        assertThat(view.frame().step()).isZero();

        // another field changes meanwhile: both stay as typed, still nothing runs
        test(view.rows.get(0).lr).setValue("0.03");
        assertThat(view.rows.get(1).lr.getValue()).isEqualTo("-1");
        assertThat(view.rows.get(1).lr.isInvalid()).isTrue();
        assertThat(view.spec()).isSameAs(before);

        test(view.rows.get(1).lr).setValue("0.01");
        assertThat(view.rows.get(1).lr.isInvalid()).isFalse();
        assertThat(view.spec().runs()).extracting(RunSpec::lr).containsExactly(0.03, 0.01, 0.02);
    }

    @Test
    void aHyperParameterErrorOpensThatRunsHyperParameters() {
        RunRow momentum = view.rows.get(1);
        assertThat(momentum.hyperBox.isVisible()).isFalse();
        test(momentum.hyperToggle).click();
        assertThat(momentum.hyperBox.isVisible()).isTrue();
        test(momentum.hyper.get("momentum")).setValue("1.5");
        assertThat(momentum.hyper.get("momentum").isInvalid()).isTrue();
        assertThat(momentum.hyper.get("momentum").getErrorMessage()).startsWith("Momentum μ of run 2 must be in [0, 1)");
        assertThat(view.rows.get(2).hyper.get("momentum").isInvalid()).isFalse();
        // folded away, another change elsewhere: the error is shown again, where it is
        test(momentum.hyperToggle).click();
        assertThat(momentum.hyperBox.isVisible()).isFalse();
        test(view.rows.get(0).lr).setValue("0.03");
        assertThat(momentum.hyperBox.isVisible()).isTrue();
        assertThat(momentum.hyper.get("momentum").isInvalid()).isTrue();
        assertThat(momentum.hyper.get("momentum").getValue()).isEqualTo("1.5");
    }

    @Test
    void changingARunsOptimizerShowsItsHyperParametersWithDefaultsAndKeepsTheLr() {
        test(view.rows.get(0).opt).selectItem("Adam");
        assertThat(view.rows.get(0).hyper.keySet()).containsExactly("beta1", "beta2", "eps", "weightDecay");
        assertThat(view.rows.get(0).lr.getValue()).isEqualTo("0.02");
        assertThat(view.spec().runs().get(0).opt()).isEqualTo("adam");
        assertThat(view.currentQuery()).contains("opt.1=adam&lr.1=0.02");
    }

    @Test
    void changingTheSurfaceResetsTheSharedStartAndDropsOwnStartsOfAnotherDimension() {
        CompareView v = open(Preset.HIMMELBLAU.query());
        assertThat(v.rows.get(0).ownStart.getValue()).isTrue();
        test(v.form.fn).selectItem("Rosenbrock banana valley");
        assertThat(v.spec().fn()).isEqualTo("rosenbrock");
        assertThat(v.form.init).extracting(TextField::getValue).containsExactly("-1.5", "2");
        // same dimension: the own starts stay
        assertThat(v.spec().runs().get(1).init()).containsExactly(-1.0, 1.0);
        test(v.form.fn).selectItem("1-D 0.01x² + 0.1x (blog example)");
        assertThat(v.rows.get(0).ownStart.getValue()).isFalse();
        assertThat(v.spec().runs()).allMatch(r -> r.init() == null);
        assertThat(v.curve.svg()).contains("<svg");
    }

    @Test
    void anInvalidLinkOpensWithDefaultsAndSaysWhatWasIgnored() {
        CompareView v = open("fn=ellipse&opt.1=nope&lr.1=0.1&opt.2=adam&lr.2=abc&opt.9=sgd");
        assertThat(v.linkErrors.isVisible()).isTrue();
        String text = v.linkErrors.getElement().getTextRecursively();
        assertThat(text).contains("Optimizer of run 1 must be one of").contains("Learning rate γ of run 2 must be in (0, ∞), got \"abc\"")
                .contains("opt.9: there is no run 9; runs are numbered [1, 8].");
        assertThat(v.spec().runs()).hasSize(2);
        assertThat(v.spec().runs().get(0).opt()).isEqualTo("sgd");
        assertThat(v.spec().runs().get(0).lr()).isEqualTo(0.1);
        assertThat(v.spec().runs().get(1).opt()).isEqualTo("adam");
        assertThat(v.spec().runs().get(1).lr()).isEqualTo(0.001);
    }

    // ---------------------------------------------------------------- playback

    @Test
    void oneFrameMovesEveryRunToTheSameStepUntilEachFinishes() {
        CompareView v = open(THREE_ENDINGS);
        test(v.play).click();
        List<Frame> frames = new ArrayList<>();
        while (ticker.hasActive()) {
            ticker.tick();
            frames.add(v.frame());
        }
        assertThat(frames).hasSizeGreaterThan(10);
        for (Frame f : frames) {
            for (Frame.RunView r : f.runs()) {
                if (r.finished()) {
                    assertThat(r.latest().k()).isLessThanOrEqualTo(f.step());
                } else {
                    assertThat(r.latest().k()).as("a running run is at the frame's step").isEqualTo(f.step());
                }
            }
        }
        // the speed moves 5 steps per frame; every run that goes on is at 5, 10, 15, …
        assertThat(frames.get(0).step()).isEqualTo(5);
        assertThat(frames.get(1).step()).isEqualTo(10);
        Frame last = frames.getLast();
        assertThat(last.runs()).extracting(Frame.RunView::status)
                .containsExactly(Status.CONVERGED, Status.CONVERGED, Status.DIVERGED);
        assertThat(last.runs().get(1).latest().k()).isLessThan(last.runs().get(0).latest().k());
        assertThat(v.status.getText()).isEqualTo("All 3 runs finished · 0 took every step · 2 stopped by a tolerance"
                + " · 1 diverged");
        assertThat(v.status.getElement().getAttribute("data-state")).isEqualTo("finished");
        assertThat(v.isPlaying()).isFalse();
    }

    @Test
    void pauseStepAndResetActOnEveryRun() {
        test(view.play).click();
        ticker.tick();
        ticker.tick();
        test(view.play).click();
        assertThat(ticker.hasActive()).isFalse();
        assertThat(view.frame().runs()).allMatch(r -> r.latest().k() == 10);
        assertThat(view.status.getText()).isEqualTo("Paused · step 10 of 100 · 3 of 3 runs still going");
        test(view.step).click();
        assertThat(view.frame().runs()).allMatch(r -> r.latest().k() == 11);
        test(view.reset).click();
        assertThat(view.frame().runs()).allMatch(r -> r.latest().k() == 0);
    }

    @Test
    void summaryEqualsTheEngineRunOnItsOwn() {
        for (String q : List.of(THREE_ENDINGS, Preset.HIMMELBLAU.query(), Preset.SADDLE.query(),
                "fn=quiz-scores&opt.1=sgd&lr.1=1e-5&opt.2=adam&lr.2=0.1&batch=2&steps=300&tol=50")) {
            CompareView v = open(q);
            test(v.speed).selectItem("As fast as possible");
            playToEnd(v);
            ScenarioSpec spec = v.spec();
            Objective o = factory.objective(spec);
            List<Scenario> scenarios = factory.scenarios(spec, CompareView.recordsPerRun(spec, limits));
            assertThat(v.summaryRows()).as(q).hasSize(scenarios.size());
            for (int i = 0; i < scenarios.size(); i++) {
                Run run = new Run(scenarios.get(i));
                run.runToEnd(() -> false);
                SummaryRow row = v.summaryRows().get(i);
                StepRecord last = run.latest();
                assertThat(row.status()).as(q).isEqualTo(run.status());
                assertThat(row.k()).isEqualTo(last.k());
                assertThat(row.finalLoss()).as(q).isEqualTo(last.loss());
                double best = Double.NaN;
                for (StepRecord r : run.records()) {
                    if (Double.isFinite(r.loss()) && (Double.isNaN(best) || r.loss() < best)) {
                        best = r.loss();
                    }
                }
                assertThat(Double.compare(row.bestLoss(), best)).as(q + " best loss").isZero();
                Integer toTol = run.stopReason() instanceof StopReason.GradientNormBelow ? last.k() : null;
                if (spec.tol() == null && !o.minima().isEmpty()) {
                    // no tolerance set: the first θ_k with ‖∇f(θ_k)‖ < 1e-6, computed here from the engine's run
                    toTol = null;
                    double[] g = new double[o.dimension()];
                    for (StepRecord r : run.records()) {
                        o.gradient(r.theta(), g);
                        double norm = 0;
                        for (double x : g) {
                            norm += x * x;
                        }
                        if (Math.sqrt(norm) < SummaryRow.DEFAULT_TOL && r.k() < last.k()) {
                            toTol = r.k();
                            break;
                        }
                    }
                }
                assertThat(row.stepsToTol()).as(q).isEqualTo(toTol);
                assertThat(row.tolSet()).isEqualTo(spec.tol() != null || !o.minima().isEmpty());
                double distance = Double.NaN;
                for (Minimum m : o.minima()) {
                    double s = 0;
                    for (int j = 0; j < m.point().length; j++) {
                        double d = last.theta(j) - m.point()[j];
                        s += d * d;
                    }
                    if (Double.isFinite(Math.sqrt(s)) && (Double.isNaN(distance) || Math.sqrt(s) < distance)) {
                        distance = Math.sqrt(s);
                    }
                }
                // exactly equal (NaN when the surface has no known minimum, as the saddle)
                assertThat(Double.compare(row.distance(), distance)).as(q + " distance").isZero();
                assertThat(row.engineMs()).isPositive();
            }
        }
    }

    @Test
    void eightLongRunsTogetherKeepNoMoreRecordsThanOnePlaygroundRun() {
        assertThat(CompareView.recordsPerRun(view.spec(), limits)).isEqualTo(101);
        ScenarioSpec eight = open(Preset.FAMILY.query()).spec().withSteps(1_000_000);
        assertThat(CompareView.recordsPerRun(eight, limits)).isEqualTo(limits.uiRecords() / 8);
    }

    @Test
    void summaryShowsStepsToTheToleranceOrNotReachedAndADashWithoutOne() {
        CompareView v = open(THREE_ENDINGS);
        test(v.speed).selectItem("As fast as possible");
        playToEnd(v);
        List<SummaryRow> rows = v.summaryRows();
        assertThat(rows.get(0).stepsToTol()).isNotNull();
        assertThat(rows.get(2).stepsToTol()).isNull();
        // columns: colour, rank, run, status, final, best, tol, distance, where it ended
        assertThat(test(v.summary).getCellText(0, 6)).isEqualTo(Integer.toString(rows.get(0).stepsToTol()));
        assertThat(test(v.summary).getCellText(2, 6)).isEqualTo("not reached");
        assertThat(test(v.summary).getCellText(2, 3)).startsWith("diverged at step");
        // the diverging run ranks last and says so where the summary tells where each run ended
        assertThat(rows.get(2).rank()).isEqualTo(3);
        assertThat(test(v.summary).getCellText(2, 8)).startsWith("Diverg");
        assertThat(test(v.summary).getCellText(0, 8)).contains("global minimum (0, 0)");
        // x² + y² has its minimum at the origin
        assertThat(rows.get(0).distance()).isCloseTo(Math.sqrt(rows.get(0).finalLoss()), within(1e-15));

        CompareView w = open(CompareView.WELCOME);
        playToEnd(w);
        // no tolerance set, but x² + 10y² has a known minimum: the summary uses ‖g‖ < 1e-6 (SGD at lr 0.02 is slow)
        assertThat(test(w.summary).getCellText(0, 6)).isEqualTo("not reached");
        assertThat(test(w.summary).getCellText(0, 2)).isEqualTo("1 · SGD · lr 0.02");
        assertThat(test(w.summary).getCellText(0, 3)).isEqualTo("took all 100 steps");
    }

    /** Himmelblau's four minima: the summary names the one each run reached. */
    @Test
    void theSummaryNamesTheMinimumEachRunReached() {
        CompareView v = open("fn=himmelblau&steps=200&opt=sgd&lr=0.01&init.1=1,1&init.2=-1,1&init.3=-1,-1&init.4=1,-1");
        test(v.speed).selectItem("As fast as possible");
        playToEnd(v);
        for (int r = 0; r < 4; r++) {
            assertThat(test(v.summary).getCellText(r, 8)).as("run " + (r + 1)).contains("minimum (");
        }
        assertThat(test(v.summary).getCellText(0, 8)).contains("(3, 2)");
    }

    @Test
    void lossChartOverlaysEveryRunWithALegendAndALogOption() {
        playToEnd(view);
        assertThat(view.lossChart.configuration()).contains("1 · SGD · lr 0.02").contains("2 · Momentum · lr 0.02")
                .contains("3 · NAG · lr 0.02");
        // the last frame carries every run's final (k, loss)
        assertThat(view.lossChart.last("append")).contains("\"0\":[100,").contains("\"2\":[100,");
        test(view.lossLog).click();
        assertThat(view.lossChart.last("setOptions")).isEqualTo("{\"yLog\":true}");
    }

    @Test
    void theStepTableShowsOneRunAtATimeAndExplainsItsSteps() {
        playToEnd(view);
        assertThat(view.table.rows()).isEqualTo(view.frame().runs().get(0).records());
        test(view.tableRuns).select(1);
        assertThat(view.selectedRun()).isEqualTo(1);
        assertThat(view.table.rows()).isEqualTo(view.frame().runs().get(1).records());
        assertThat(view.table.getColumnByKey("state-b")).isNotNull();
        assertThat(view.explain.getElement().getTextRecursively()).contains("Step 100: Momentum");
        test(view.table).select(3);
        assertThat(view.cursor()).isEqualTo(3);
        assertThat(view.explain.getElement().getTextRecursively()).contains("2 · Momentum · lr 0.02")
                .contains("Step 3: Momentum, γ = 0.02");
    }

    @Test
    void oneAndFourParameterProblemsShowTheCurveOrOnlyTheLoss() {
        CompareView one = open("fn=textbook-quadratic&init=15&steps=30&opt.1=sgd&lr.1=10&opt.2=momentum&lr.2=5");
        playToEnd(one);
        assertThat(one.curve.isVisible() && one.curve.getParent().orElseThrow().isVisible()).isTrue();
        assertThat(one.curve.svg().split("gdp-traj", -1)).hasSize(3);
        assertThat(one.contour.getParent().orElseThrow().isVisible()).isFalse();

        CompareView four = open("fn=quiz-scores&opt.1=sgd&lr.1=1e-5&opt.2=adam&lr.2=0.1&steps=50");
        playToEnd(four);
        assertThat(four.contour.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(four.curve.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(four.lossChart.configuration()).contains("2 · Adam · lr 0.1");
        assertThat(four.form.initMode.isVisible()).isTrue();
        assertThat(four.form.batch.isVisible()).isTrue();
    }

    // ---------------------------------------------------------------- sweep

    @Test
    void sweepCreatesLogSpacedRunsOfOneOptimizerAndChartsFinalLossAgainstLr() {
        test(view.form.steps).setValue("200");
        test(view.sweep.opt).selectItem("SGD (gradient descent)");
        test(view.sweep.from).setValue("1e-4");
        test(view.sweep.to).setValue("1");
        test(view.sweep.count).setValue("5");
        test(view.sweep.create).click();
        assertThat(view.rows).hasSize(5);
        assertThat(view.spec().runs()).extracting(RunSpec::opt).containsOnly("sgd");
        assertThat(view.spec().runs()).extracting(RunSpec::lr).containsExactly(1e-4, 1e-3, 1e-2, 1e-1, 1.0);
        assertThat(view.spec().fn()).isEqualTo("ellipse");
        assertThat(view.sweepChart.getParent().orElseThrow().isVisible()).isTrue();
        test(view.speed).selectItem("As fast as possible");
        playToEnd(view);
        String svg = view.sweepChart.svg();
        assertThat(svg.split("gdp-sweep-point", -1)).hasSize(1 + 4);
        // lr 1 on x² + 10y²: y grows 19-fold per step until the loss overflows (step 120)
        assertThat(view.summaryRows().get(4).status()).isEqualTo(Status.DIVERGED);
        assertThat(svg).contains("✕").contains("diverged").contains("lowest").contains(">1e-4<").contains(">0.01<");

        test(view.sweep.count).setValue("8");
        test(view.sweep.create).click();
        List<Double> lr = view.spec().runs().stream().map(RunSpec::lr).toList();
        assertThat(lr).hasSize(8);
        for (int i = 1; i < lr.size(); i++) {
            assertThat(Math.log10(lr.get(i) / lr.get(i - 1))).isCloseTo(4.0 / 7, within(0.005));
        }
    }

    @Test
    void sweepTakesAListAndSaysWhatIsWrongWithItsFields() {
        test(view.sweep.opt).selectItem("Adam");
        test(view.sweep.list).setValue("0.001, 0.01 0.1");
        test(view.sweep.create).click();
        assertThat(view.spec().runs()).extracting(RunSpec::opt).containsOnly("adam");
        assertThat(view.spec().runs()).extracting(RunSpec::lr).containsExactly(0.001, 0.01, 0.1);
        assertThat(lrs(view)).containsExactly("0.001", "0.01", "0.1");

        test(view.sweep.list).setValue("0.1, -2");
        test(view.sweep.create).click();
        assertThat(view.sweep.list.isInvalid()).isTrue();
        assertThat(view.spec().runs()).hasSize(3);
        test(view.sweep.list).setValue("");
        test(view.sweep.count).setValue("20");
        test(view.sweep.create).click();
        assertThat(view.sweep.count.getErrorMessage()).isEqualTo("Enter a whole number from 2 to 8.");
    }

    // ---------------------------------------------------------------- presets and links

    @ParameterizedTest
    @EnumSource(Preset.class)
    void presetsLoadLikeALinkAndEveryRunDoesSomethingSensible(Preset p) {
        view.preset.setValue(p);
        ScenarioSpec expected = parser.parse(QueryParameters.fromString(p.query()).getParameters(),
                ScenarioParser.Mode.COMPARE).spec();
        assertThat(view.spec()).isEqualTo(expected);
        assertThat(view.rows).hasSize(expected.runs().size());
        assertThat(view.preset.getValue()).isNull();
        test(view.speed).selectItem("As fast as possible");
        playToEnd(view);
        for (SummaryRow r : view.summaryRows()) {
            double start = view.frame().runs().get(r.index()).records().get(0).loss();
            assertThat(r.status()).as(r.label()).isNotEqualTo(Status.DIVERGED);
            assertThat(r.finalLoss()).as(r.label()).isLessThan(start);
        }
    }

    /** The two presets of the newer optimizers teach what they are for. */
    @Test
    void lbfgsReachesTheValleyEndAndNewtonGoesToTheSaddle() {
        CompareView l = open(Preset.LBFGS.query());
        test(l.speed).selectItem("As fast as possible");
        playToEnd(l);
        List<SummaryRow> rows = l.summaryRows();
        assertThat(rows.get(1).distance()).isLessThan(1e-3);
        assertThat(rows.get(1).distance()).isLessThan(rows.get(0).distance());

        CompareView n = open(Preset.NEWTON.query());
        test(n.speed).selectItem("As fast as possible");
        playToEnd(n);
        double[] newton = n.frame().runs().get(1).latest().theta();
        assertThat(Math.hypot(newton[0], newton[1])).isLessThan(1e-9);
        assertThat(n.summaryRows().get(1).diagnosis().code().id()).isEqualTo("saddle");
    }

    @Test
    void theFamilyTreeHasTheEightOptimizersInOrder() {
        CompareView v = open(Preset.FAMILY.query());
        assertThat(v.spec().runs()).extracting(RunSpec::opt).containsExactly("sgd", "momentum", "nesterov",
                "adagrad", "rmsprop", "adadelta", "adam", "nadam");
    }

    @Test
    void himmelblauStartsEndInFourDifferentMinima() {
        CompareView v = open(Preset.HIMMELBLAU.query());
        test(v.speed).selectItem("As fast as possible");
        playToEnd(v);
        Objective o = factory.objective(v.spec());
        List<Integer> nearest = new ArrayList<>();
        for (Frame.RunView r : v.frame().runs()) {
            double[] theta = r.latest().theta();
            int best = -1;
            double bestD = Double.MAX_VALUE;
            for (int i = 0; i < o.minima().size(); i++) {
                double d = SummaryRow.distance(theta, List.of(o.minima().get(i)));
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
            assertThat(bestD).isLessThan(1e-6);
            nearest.add(best);
        }
        assertThat(nearest).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void theLinkRoundTripsThroughTheParser() {
        String q = "fn=rosenbrock&opt.1=adam&lr.1=0.03&beta2.1=0.99&opt.2=momentum&lr.2=0.001&momentum.2=0.8"
                + "&init.2=1,-0.5&init=-1.5,2&steps=300&schedule=step&stepSize=50&tol=1e-6";
        CompareView v = open(q);
        assertThat(v.linkErrors.isVisible()).isFalse();
        assertThat(v.currentQuery()).isEqualTo(q);
        ScenarioSpec first = v.spec();
        CompareView again = open(v.currentQuery());
        assertThat(again.spec()).isEqualTo(first);
        assertThat(again.rows.get(0).hyper.get("beta2").getValue()).isEqualTo("0.99");
        assertThat(again.rows.get(1).ownStart.getValue()).isTrue();
        assertThat(again.form.schedule.getValue()).isEqualTo("step");
        assertThat(again.form.tol.getValue()).isEqualTo("1e-6");
    }

    @Test
    void speedAndKoreanLabelsFollowThePage() {
        test(view.speed).selectItem("50 steps / frame");
        assertThat(view.speed.getValue()).isEqualTo(Speed.FASTER);
        UI.getCurrent().setLocale(Locale.KOREAN);
        assertThat(view.status.getText()).startsWith("준비");
        assertThat(view.legend.getElement().getTextRecursively()).contains("모멘텀");
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }
}
