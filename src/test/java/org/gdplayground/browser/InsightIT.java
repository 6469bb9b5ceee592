package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The gradient check and the stability picture on the playground: explain, the 2/L mark, the table columns. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InsightIT extends BrowserSupport {

    /** The narrow bowl x² + 10y² (2/L = 0.1) with plain GD at lr 0.15: above 2/L. */
    private static final String BOWL = "fn=ellipse&opt=sgd&lr=0.15&init=-4,2&steps=50";

    private void open(String lang) {
        page.navigate(url("/?" + BOWL + "&lang=" + lang));
        // the first page of a fresh context may wait for Vaadin's dev bundle on a busy machine
        assertThat(page.locator("#status")).hasAttribute("data-state", "running",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(120_000));
    }

    private void openInsight() {
        page.locator("#insight-details vaadin-details-summary").click();
        assertThat(page.locator("#gradient-check")).isVisible();
    }

    @Test
    void explainShowsTheGradientCheckAnd2OverL() {
        open("en");
        Locator mark = page.locator("#critical-lr");
        assertThat(mark).isVisible();
        assertThat(mark).hasAttribute("data-value", "0.1");
        assertThat(mark).containsText("2/L = 0.1");
        // the mark sits where the slider would put lr = 0.1 (log10 scale from 1e-6 to 10)
        var slider = page.locator("#lr-slider").boundingBox();
        var line = mark.boundingBox();
        double expected = slider.x + 8 + (slider.width - 16) * (5.0 / 7.0);
        assertThat(Math.abs(line.x + line.width / 2 - expected)).isLessThan(1.5);

        openInsight();
        assertThat(page.locator("#gradient-check")).containsText("exact ∇f");
        assertThat(page.locator("#gradient-check")).containsText("(−8, 40)");
        assertThat(page.locator("#gradient-check")).containsText("(−8.0000000000");
        assertThat(page.locator("#gradient-check")).containsText("(−7.9999");
        assertThat(page.locator("#gradient-check-plot svg")).isVisible();
        assertThat(page.locator("#stability")).containsText("(2, 20)");
        assertThat(page.locator("#stability")).containsText("2/L = 0.1");
        assertThat(page.locator("#stability")).containsText("condition number |λ|max / |λ|min = 10");
        assertThat(page.locator("#stability-verdict")).containsText(
                "Your lr 0.15 is above 2/L = 0.1: plain GD diverges on this quadratic");

        // a smaller lr moves the verdict (and the run restarts at the start point)
        Locator lr = page.locator("#lr input");
        lr.fill("0.01");
        lr.press("Enter");
        page.waitForURL(Pattern.compile(".*lr=0\\.01.*"));
        assertThat(page.locator("#stability-verdict")).containsText("Your lr 0.01 is below 1/L = 0.05");
    }

    @Test
    void theGradientCheckColumnsAreOffUntilToggled() {
        open("en");
        Locator header = page.locator("#step-table vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("central error"));
        assertThat(header).not().isVisible();
        page.locator("#grad-check-columns").click();
        assertThat(header).isVisible();
        assertThat(page.locator("#step-table vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("central (h = 0.0001)"))).isVisible();
        page.locator("#step").click();
        assertThat(page.locator("#status")).hasAttribute("data-step", "1");
        screenshot("insight-columns-1366-en");
        page.locator("#grad-check-columns").click();
        assertThat(header).not().isVisible();
    }

    @Test
    void screenshotsInBothLanguages() {
        int[][] sizes = {{390, 844}, {768, 1024}, {1024, 768}, {1366, 768}, {1920, 1080}};
        for (String lang : new String[] {"en", "ko"}) {
            for (int[] size : sizes) {
                page.setViewportSize(size[0], size[1]);
                open(lang);
                openInsight();
                if (lang.equals("ko")) {
                    assertThat(page.locator("#stability-verdict")).containsText("2/L = 0.1보다 큽니다");
                }
                page.locator("#insight").scrollIntoViewIfNeeded();
                screenshot("insight-" + size[0] + "-" + lang);
                page.locator("#insight").screenshot(new Locator.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("insight-panel-" + size[0] + "-" + lang + ".png")));
                // the plot keeps its natural size: text is never scaled below 11 px
                double width = ((Number) page.locator("#gradient-check-plot svg")
                        .evaluate("s => s.getBoundingClientRect().width")).doubleValue();
                assertThat(width).isEqualTo(320.0);
            }
        }
    }

    /** The mark and the verdict are the selected optimizer's: heavy ball's 2(1 + μ)/L, none for Adam. */
    @Test
    void theMarkAndTheVerdictFollowTheOptimizer() {
        for (String lang : new String[] {"en", "ko"}) {
            for (int width : new int[] {390, 1366}) {
                page.setViewportSize(width, width == 390 ? 844 : 768);
                page.navigate(url("/?fn=ellipse&opt=momentum&lr=0.15&init=-4,2&steps=50&lang=" + lang));
                assertThat(page.locator("#status")).hasAttribute("data-state", "running",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions()
                                .setTimeout(120_000));
                Locator mark = page.locator("#critical-lr");
                assertThat(mark).isVisible();
                assertThat(mark).hasAttribute("data-value", "0.19"); // 2·(1 + 0.9)/20
                assertThat(mark).hasAttribute("data-opt", "momentum");
                openInsight();
                Locator verdict = page.locator("#stability-verdict");
                assertThat(verdict).containsText("0.19");
                assertThat(verdict).not().containsText("itself");
                if (lang.equals("en")) {
                    assertThat(mark).containsText("limit 0.19");
                    assertThat(verdict).containsText(
                            "Your lr 0.15 is below Momentum's critical learning rate 0.19: it converges");
                }
                page.locator("#insight").scrollIntoViewIfNeeded();
                screenshot("insight-momentum-" + width + "-" + lang);

                page.navigate(url("/?fn=ellipse&opt=adam&lr=0.15&init=-4,2&steps=50&lang=" + lang));
                assertThat(page.locator("#status")).hasAttribute("data-state", "running");
                assertThat(page.locator("#critical-lr")).isHidden();
                openInsight();
                assertThat(page.locator("#stability-verdict")).containsText(
                        lang.equals("en") ? "Adam has no critical learning rate" : "임계 학습률이 없습니다");
                page.locator("#insight").scrollIntoViewIfNeeded();
                screenshot("insight-adam-" + width + "-" + lang);
            }
        }
    }
}
