package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.system.Limits;
import org.gdplayground.ui.common.Formats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The compare page in a real browser: a three-run link plays to the end with one Play, shows three legend entries and
 * three summary rows, and the summary's final losses are the engine's. The engine's numbers are computed here, in the
 * same JVM, from the same link through the app's own parser and factory (each run on its own, to the end).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompareIT extends BrowserSupport {

    static final String THREE_RUNS = "fn=rosenbrock&opt.1=sgd&lr.1=0.001&opt.2=momentum&lr.2=0.001"
            + "&opt.3=adam&lr.3=0.05&init=-1.5,2&steps=200";

    @Autowired
    ScenarioParser parser;
    @Autowired
    ScenarioFactory factory;
    @Autowired
    Limits limits;

    @Test
    void threeRunsPlayToTheEndAndTheSummaryShowsTheEnginesFinalLosses() {
        page.navigate(url("/compare?" + THREE_RUNS + "&lang=en"));
        Locator status = page.locator("#status");
        assertThat(status).hasAttribute("data-state", "ready");
        assertThat(page.locator("#legend .gdp-legend-entry")).hasCount(3);
        assertThat(page.locator("#legend")).containsText("2 · Momentum · lr 0.001");

        page.locator("#play").click();
        page.waitForSelector("#status[data-state='finished']",
                new com.microsoft.playwright.Page.WaitForSelectorOptions().setTimeout(90_000)
                        .setState(WaitForSelectorState.ATTACHED));
        assertThat(status).hasText("All 3 runs finished · 3 took every step · 0 converged · 0 diverged");
        assertThat(page.locator("#legend .gdp-legend-entry")).hasCount(3);
        Locator finals = page.locator("#summary .gdp-final-loss");
        assertThat(finals).hasCount(3);
        assertThat(page.locator("#loss-chart svg")).isVisible();
        assertThat(page.locator("#contour svg .gdp-traj")).hasCount(3);
        org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("/compare?" + THREE_RUNS);

        List<String> expected = engineFinalLosses(THREE_RUNS);
        List<String> shown = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            shown.add(page.locator("#summary .gdp-final-loss[data-run='" + i + "']").textContent());
        }
        assertThat(shown).containsExactlyElementsOf(expected);

        page.mouse().move(0, 0); // no tooltip in the picture
        screenshot("compare-1366x768");
        page.setViewportSize(1024, 768);
        page.waitForTimeout(500);
        screenshot("compare-1024x768");
    }

    /** Each run of the link on its own, to the end, formatted as the summary formats it. */
    private List<String> engineFinalLosses(String query) {
        ScenarioParser.Result r = parser.parse(QueryParameters.fromString(query).getParameters(),
                ScenarioParser.Mode.COMPARE);
        assertThat(r.errors()).isEmpty();
        ScenarioSpec spec = r.spec();
        int maxRecords = (int) Math.min(spec.steps() + 1L, limits.uiRecords());
        List<String> out = new ArrayList<>();
        for (Scenario s : factory.scenarios(spec, maxRecords)) {
            Run run = new Run(s);
            run.runToEnd(() -> false);
            out.add(Formats.num(run.latest().loss()));
        }
        return out;
    }
}
