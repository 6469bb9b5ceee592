package org.gdplayground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Status;
import org.gdplayground.ui.SyncRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * What compare says now that it goes through the page shell like the playground: labels from the optimizers' own keys,
 * a status that counts what the rows say, the log axis for an exploding run, a summary whose "where" and "tolerance"
 * agree.
 */
@SpringBootTest
@Import(SyncRuns.class)
class CompareShellTest extends SpringBrowserlessTest {

    /** SGD at lr 2.5 on x² + y²: the loss grows ×16 a step but stays finite for 20 steps (takes every step). */
    static final String ONE_DIVERGING = "fn=sphere&init=-3,4&steps=20&opt.1=sgd&lr.1=0.1&opt.2=sgd&lr.2=2.5";

    @Autowired
    SyncRuns.ManualTicker ticker;

    private CompareView open(String query, Locale locale) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("compare", QueryParameters.fromString(query));
        return find(CompareView.class).single();
    }

    private void playToEnd(CompareView v) {
        test(v.play).click();
        ticker.runUntilIdle();
    }

    private static List<String> labels(CompareView v) {
        List<String> out = new ArrayList<>();
        out.add(v.legend.getElement().getTextRecursively());
        out.add(v.tableRuns.getElement().getTextRecursively());
        v.summaryRows().forEach(r -> out.add(r.label()));
        out.add(v.explain.getElement().getTextRecursively());
        return out;
    }

    @Test
    void everyOptimizerIsNamedWithoutAMissingKeyInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            for (String opt : Optimizers.keys()) {
                CompareView v = open("fn=sphere&init=-3,4&steps=3&opt.1=" + opt + "&lr.1=0.01&opt.2=sgd&lr.2=0.01",
                        locale);
                playToEnd(v);
                assertThat(v.summaryRows()).as(opt).hasSize(2);
                for (String text : labels(v)) {
                    assertThat(text).as(opt + " " + locale).doesNotContain("!cmp").doesNotContain("!opt");
                }
                assertThat(v.summaryRows().get(0).label()).as(opt).startsWith("1 · ").doesNotContain("!");
            }
        }
    }

    @Test
    void theFinishedStatusCountsADivergingRowAsDivergedAndTheLossAxisTurnsLog() {
        CompareView v = open(ONE_DIVERGING, Locale.ENGLISH);
        assertThat(v.lossLog.getValue()).isFalse();
        playToEnd(v);
        // the engine let the second run take every step (its loss stayed finite) but diagnosed it diverging
        assertThat(v.run(1).status()).isEqualTo(Status.MAX_STEPS);
        assertThat(v.summaryRows().get(1).diverging()).isTrue();
        assertThat(test(v.summary).getCellText(1, 8)).startsWith("Diverg");
        assertThat(v.status.getText()).isEqualTo(
                "All 2 runs finished · 1 took every step · 0 stopped by a tolerance · 1 diverged");
        assertThat(v.lossLog.getValue()).isTrue();
        assertThat(v.currentQuery()).doesNotContain("log=");
    }

    @Test
    void aCalmComparisonKeepsTheLinearAxis() {
        CompareView v = open("fn=sphere&init=-3,4&steps=20&opt.1=sgd&lr.1=0.1&opt.2=sgd&lr.2=0.2", Locale.ENGLISH);
        playToEnd(v);
        assertThat(v.lossLog.getValue()).isFalse();
        assertThat(v.status.getText()).endsWith("· 0 diverged");
    }

    @Test
    void theSummaryNeverSaysInTheMinimumBesideToleranceNotReached() {
        // x² + 10y², 100 steps: SGD at lr 0.02 ends close to the minimum but its ‖g‖ stays above 1e-6
        CompareView v = open("fn=ellipse&init=-4,2&steps=100&opt.1=sgd&lr.1=0.02&opt.2=momentum&lr.2=0.02"
                + "&opt.3=nesterov&lr.3=0.02", Locale.ENGLISH);
        playToEnd(v);
        int near = 0;
        for (int r = 0; r < v.summaryRows().size(); r++) {
            String tol = test(v.summary).getCellText(r, 6);
            String where = test(v.summary).getCellText(r, 8);
            if (tol.equals("not reached")) {
                assertThat(where).as("run " + (r + 1)).doesNotStartWith("Stopped in");
                if (where.startsWith("Stopped near")) {
                    near++;
                    SummaryRow row = v.summaryRows().get(r);
                    assertThat(row.lastGradNorm()).isGreaterThanOrEqualTo(row.tol());
                    assertThat(where).contains("‖g‖ = ").contains("tolerance 1e−6");
                }
            } else {
                assertThat(where).as("run " + (r + 1)).doesNotStartWith("Stopped near");
            }
        }
        assertThat(near).as("a run near the minimum without reaching the tolerance").isPositive();
    }
}
