package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The basin map in a real browser: on the playground, Himmelblau's map shows its four minima in the legend and is
 * drawn by {@code <gdp-plot>} with real text ≥ 11 px; on compare, plain descent and momentum side by side on the
 * two-minima surface. Screenshots of the card at 390, 768, 1024, 1366 and 1920 px in English and Korean.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BasinMapIT extends BrowserSupport {

    static final String HIMMELBLAU = "fn=himmelblau&opt=sgd&lr=0.01&steps=1000";
    static final List<Integer> WIDTHS = List.of(390, 768, 1024, 1366, 1920);

    private void openBasins(String path) {
        page.navigate(url(path));
        // a busy 2-core machine may take long for the first page (Vaadin's dev bundle)
        try {
            page.waitForSelector("#basin-toggle", new com.microsoft.playwright.Page.WaitForSelectorOptions()
                    .setTimeout(180_000));
        } catch (RuntimeException e) {
            screenshot("basin-fail");
            throw e;
        }
        page.locator("#basin-toggle").click();
    }

    private void waitForMap(String chart) {
        page.waitForSelector(chart + " svg image", new com.microsoft.playwright.Page.WaitForSelectorOptions()
                .setTimeout(120_000).setState(WaitForSelectorState.ATTACHED));
    }

    @Test
    void himmelblauShowsFourBasinsWithReadableAxes() {
        for (String lang : List.of("en", "ko")) {
            page.setViewportSize(1366, 900);
            openBasins("/?" + HIMMELBLAU + "&lang=" + lang);
            waitForMap("#basin-map");
            Locator minima = page.locator("#basin-legend .gdp-basin-minimum");
            assertThat(minima).hasCount(4);
            assertThat(page.locator("#basin-legend .gdp-basin-diverged")).hasCount(1);
            assertThat(page.locator("#basin-legend .gdp-basin-none")).hasCount(1);
            if (lang.equals("en")) {
                assertThat(minima.first()).containsText("Global minimum 1 (3, 2)");
                assertThat(page.locator("#basin-status")).containsText("101 × 101 starts, 1000 steps each");
            } else {
                assertThat(minima.first()).containsText("전역 최솟값 1 (3, 2)");
            }
            assertThat(page.locator("#basin-progress")).isHidden();
            // the four minima are marked on the map, and its text is real text a person can read
            assertThat(page.locator("#basin-map .gdp-plot-min")).hasCount(4);
            Object smallest = page.evaluate("() => Math.min(...[...document.querySelectorAll('#basin-map text')]"
                    + ".filter(t => t.getBBox().width > 0).map(t => parseFloat(getComputedStyle(t).fontSize)))");
            org.assertj.core.api.Assertions.assertThat(((Number) smallest).doubleValue())
                    .isGreaterThanOrEqualTo(11);
            page.mouse().move(0, 0);
            for (int w : WIDTHS) {
                page.setViewportSize(w, 900);
                page.waitForTimeout(400);
                page.locator("#basin-card").screenshot(new Locator.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("basin-" + lang + "-" + w + ".png")));
            }
            page.setViewportSize(1366, 900);
            page.waitForTimeout(300);
            screenshot("basin-page-" + lang + "-1366");
        }
    }

    @Test
    void compareShowsPlainDescentAndMomentumSideBySide() {
        page.setViewportSize(1366, 900);
        openBasins("/compare?fn=two-minima&opt.1=sgd&lr.1=0.01&opt.2=momentum&lr.2=0.01&steps=1000&lang=en");
        waitForMap("#basin-map");
        waitForMap("#basin-map-2");
        assertThat(page.locator("#basin-legend .gdp-basin-minimum")).hasCount(2);
        assertThat(page.locator("#basin-legend-2 .gdp-basin-minimum")).hasCount(2);
        var a = page.locator("#basin-map").boundingBox();
        var b = page.locator("#basin-map-2").boundingBox();
        org.assertj.core.api.Assertions.assertThat(b.x).isGreaterThan(a.x + a.width - 1); // side by side
        org.assertj.core.api.Assertions.assertThat(Math.abs(b.y - a.y)).isLessThan(40);
        page.mouse().move(0, 0);
        for (String lang : List.of("en", "ko")) {
            if (lang.equals("ko")) {
                openBasins("/compare?fn=two-minima&opt.1=sgd&lr.1=0.01&opt.2=momentum&lr.2=0.01&steps=1000&lang=ko");
                waitForMap("#basin-map-2");
            }
            for (int w : WIDTHS) {
                page.setViewportSize(w, 900);
                page.waitForTimeout(400);
                page.locator("#basin-card").screenshot(new Locator.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("basin-compare-" + lang + "-" + w + ".png")));
            }
        }
    }
}
