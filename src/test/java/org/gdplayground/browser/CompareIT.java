package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.List;
import org.gdplayground.ui.common.Formats;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compare page in a real browser: a three-run link plays to the end with one Play, shows three legend entries and
 * three summary rows, and the summary's final losses equal {@code GET /api/v1/compare} for the same link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompareIT extends BrowserSupport {

    /** As on the playground, a comparison the learner changed is a history entry: Back and Forward walk them. */
    @Test
    void backAndForwardWalkTheComparisonsTheLearnerChose() {
        page.navigate(url("/compare?fn=sphere&init=-3,4&steps=50&opt.1=sgd&lr.1=0.1&opt.2=momentum&lr.2=0.1&lang=en"));
        assertThat(page.locator("#status")).hasAttribute("data-state", "ready");
        Locator lr = page.locator("#lr-1 input");
        lr.fill("0.05");
        lr.press("Enter");
        page.waitForURL(java.util.regex.Pattern.compile(".*lr\\.1=0\\.05.*"));
        lr.fill("0.02");
        lr.press("Enter");
        page.waitForURL(java.util.regex.Pattern.compile(".*lr\\.1=0\\.02.*"));
        page.goBack();
        assertThat(page.locator("#lr-1 input")).hasValue("0.05");
        page.goBack();
        assertThat(page.locator("#lr-1 input")).hasValue("0.1");
        page.goForward();
        assertThat(page.locator("#lr-1 input")).hasValue("0.05");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*lr\\.1=0\\.05.*"));
    }

    static final String THREE_RUNS = "fn=rosenbrock&opt.1=sgd&lr.1=0.001&opt.2=momentum&lr.2=0.001"
            + "&opt.3=adam&lr.3=0.05&init=-1.5,2&steps=200";

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
        assertThat(status).hasText("All 3 runs finished · 3 took every step · 0 stopped by a tolerance · 0 diverged");
        assertThat(page.locator("#legend .gdp-legend-entry")).hasCount(3);
        Locator finals = page.locator("#summary .gdp-final-loss");
        assertThat(finals).hasCount(3);
        assertThat(page.locator("#loss-chart svg")).isVisible();
        // the browser drew every run's path from the pushed points, and its text is real text a person can read
        Object counts = page.evaluate("() => Object.values(document.getElementById('contour').snapshot()"
                + ".seriesCounts).filter(n => n > 1).length");
        org.assertj.core.api.Assertions.assertThat(((Number) counts).intValue()).isEqualTo(3);
        Object smallest = page.evaluate("() => Math.min(...[...document.querySelectorAll('#contour text, #loss-chart text')]"
                + ".filter(t => t.getBBox().width > 0).map(t => parseFloat(getComputedStyle(t).fontSize)))");
        org.assertj.core.api.Assertions.assertThat(((Number) smallest).doubleValue()).isGreaterThanOrEqualTo(11);
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("/compare?" + THREE_RUNS);

        List<String> expected = apiFinalLosses(THREE_RUNS);
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

    /** The API's answer for the same link: each run's final loss, formatted as the summary formats it. */
    private List<String> apiFinalLosses(String query) {
        var response = page.request().get(url("/api/v1/compare?" + query));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        JsonNode runs = JsonMapper.builder().build().readTree(response.text()).get("runs");
        List<String> out = new ArrayList<>();
        for (JsonNode run : runs) {
            out.add(Formats.num(run.get("finalLoss").asDouble()));
        }
        return out;
    }
}
