package org.gdplayground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gdplayground.engine.analysis.EigenLoss;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.session.Frame;
import org.gdplayground.ui.common.ChartCard;
import org.gdplayground.ui.common.ChartSpecs;
import org.gdplayground.ui.common.RunPage;
import org.junit.jupiter.api.Test;

/** The eigendirection card draws one chart per direction from the runs' records, or says where it applies. */
class EigenLossCardTest {

    private static final ChartCard.Texts TEXTS = (key, params) -> key
            + java.util.Arrays.stream(params).map(p -> ":" + p).collect(java.util.stream.Collectors.joining());

    private static ChartCard.Scene scene(Objective f, List<Scenario> runs) {
        List<ChartSpecs.Series> series = List.of(new ChartSpecs.Series("0", "a", "#1f77b4"),
                new ChartSpecs.Series("1", "b", "#d62728"));
        return new ChartCard.Scene(f, runs, series.subList(0, runs.size()), List.of("a", "b").subList(0, runs.size()),
                false, true, TEXTS);
    }

    private static Frame.RunView finished(Scenario s) {
        Run run = s.start();
        run.runToEnd(() -> false);
        return new Frame.RunView(run.records(), run.latest(), run.status(), run.stopReason(), 0, s.steps());
    }

    @Test
    void onTheNarrowBowlEachDirectionGetsAChartWithOneLinePerRunSteepestFirst() {
        Objective f = Objectives.builtin("ellipse").orElseThrow();
        Scenario gd = Scenario.of(f, Optimizers.defaults("sgd")).withSteps(80);
        Scenario momentum = Scenario.of(f, Optimizers.defaults("momentum")).withSteps(80);
        EigenLossCard card = new EigenLossCard();
        card.localize(TEXTS);
        card.configure(scene(f, List.of(gd, momentum)));

        RunPage page = new RunPage(RunPage.Throttles.COMPARE, () -> 0L);
        page.start(f, 2);
        card.cursor(page.frame(new Frame(List.of(finished(gd), finished(momentum)), false, false), true));

        assertThat(card.notApplicable().isVisible()).isFalse();
        assertThat(card.panels()).hasSize(2);
        double[] lambda = EigenLoss.of(f).split().orElseThrow().eigenvalues();
        assertThat(card.panels().get(0).getElement().getAttribute("data-lambda"))
                .isEqualTo(Double.toString(lambda[1]));
        assertThat(card.captions().get(0).getText()).contains("eigen.kind.steep");
        assertThat(card.captions().get(1).getText()).contains("eigen.kind.flat");
        for (var panel : card.panels()) {
            assertThat(panel.svg()).contains("#1f77b4").contains("#d62728").contains("eigen.axis.step");
        }
    }

    @Test
    void aNonQuadraticSurfaceGetsOneSentenceAndNoCharts() {
        Objective f = Objectives.builtin("rosenbrock").orElseThrow();
        EigenLossCard card = new EigenLossCard();
        card.configure(scene(f, List.of(Scenario.of(f, Optimizers.defaults("adam")))));
        assertThat(card.panels()).isEmpty();
        assertThat(card.notApplicable().isVisible()).isTrue();
        assertThat(card.notApplicable().getText()).isEqualTo("eigen.na.notQuadratic");

        Objective saddle = Objectives.builtin("saddle").orElseThrow();
        card.configure(scene(saddle, List.of(Scenario.of(saddle, Optimizers.defaults("sgd")))));
        assertThat(card.notApplicable().getText()).isEqualTo("eigen.na.noMinimum");
    }

    @Test
    void manyDirectionsShowTheTwoSteepestAndTheTwoFlattest() {
        assertThat(EigenLossCard.directions(2)).containsExactly(1, 0);
        assertThat(EigenLossCard.directions(4)).containsExactly(3, 2, 1, 0);
        assertThat(EigenLossCard.directions(7)).containsExactly(6, 5, 1, 0);
    }

    @Test
    void aDivergingRunDoesNotSquashTheScale() {
        Objective f = Objectives.builtin("ellipse").orElseThrow();
        EigenLoss split = EigenLoss.of(f).split().orElseThrow();
        Scenario blowUp = Scenario.of(f, Optimizers.create("sgd", java.util.Map.of("lr", 5.0 / split.eigenvalues()[1])))
                .withSteps(40);
        Run run = blowUp.start();
        run.runToEnd(() -> false);
        List<String> svgs = EigenLossCard.draw(split, List.of(1, 0), List.of(run.records()), List.of("#1f77b4"),
                "x", "y");
        assertThat(svgs).hasSize(2);
        assertThat(svgs.get(0)).contains("#1f77b4");
    }
}
