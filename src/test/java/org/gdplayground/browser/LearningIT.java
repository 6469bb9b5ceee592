package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Predict, then run, and take the code home, in a real browser in both languages at 1366 and 390 px (screenshots
 * under target/screenshots: predict-*, prediction-verdict-*, code-dialog-*).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LearningIT extends BrowserSupport {

    @Test
    void aPredictionIsJudgedByTheRunItPredicted() {
        for (String lang : List.of("en", "ko")) {
            for (int width : new int[] {1366, 390}) {
                page.setViewportSize(width, width == 390 ? 844 : 768);
                page.navigate(url("/lessons/misconception-bigger-lr?lang=" + lang));
                Locator predict = page.locator("#predict");
                assertThat(predict).isVisible();
                assertThat(predict.locator("[data-choice]")).hasCount(3);
                assertThat(page.locator("#prediction-result")).containsText(lang.equals("ko")
                        ? "어떻게 될지 고른 뒤" : "Choose what you expect");
                screenshot("predict-" + lang + "-" + width);
                predict.locator("[data-choice=converges]").click();
                assertThat(predict.locator("[data-choice=converges]")).hasAttribute("aria-pressed", "true");
                FrameLocator live = page.frameLocator("#lesson-live");
                live.locator("#play").click();
                Locator result = page.locator("#prediction-result");
                assertThat(result).hasAttribute("data-held", "false");
                assertThat(result).containsText(lang.equals("ko") ? "예측이 빗나갔습니다" : "Your prediction did not hold");
                assertThat(result).containsText(lang.equals("ko") ? "발산했습니다" : "it diverged");
                result.scrollIntoViewIfNeeded();
                screenshot("prediction-verdict-" + lang + "-" + width);
            }
        }
        // a held prediction
        page.setViewportSize(1366, 768);
        page.navigate(url("/lessons/misconception-zero-gradient?lang=en"));
        page.locator("#predict [data-choice=stuck]").click();
        page.frameLocator("#lesson-live").locator("#play").click();
        assertThat(page.locator("#prediction-result")).hasAttribute("data-held", "true");
        assertThat(page.locator("#prediction-result")).containsText("Your prediction held.");
    }

    @Test
    void theCodeDialogShowsTheRunAsPyTorchAndNumpy() {
        for (String lang : List.of("en", "ko")) {
            for (int width : new int[] {1366, 390}) {
                page.setViewportSize(width, width == 390 ? 844 : 768);
                page.navigate(url("/?fn=ellipse&opt=momentum&lr=0.02&init=-4,2&steps=100&lang=" + lang));
                page.locator("#code").click();
                Locator script = page.locator("#code-script");
                assertThat(script).containsText("torch.optim.SGD([theta], lr=LR, momentum=MOMENTUM");
                assertThat(page.locator("#code-note")).containsText("pip install torch");
                screenshot("code-dialog-" + lang + "-" + width);
                page.locator("#code-lang vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("NumPy"))
                        .click();
                assertThat(script).containsText("import numpy as np");
                page.locator("#code-close").click();
            }
        }
        page.setViewportSize(1366, 768);
        page.navigate(url("/compare?fn=rosenbrock&init=-1.5,2&steps=50&opt.1=adam&lr.1=0.03&opt.2=lion&lr.2=0.01"));
        page.locator("#code").click();
        assertThat(page.locator("#code-script")).containsText("torch.optim.Adam(");
    }

    @Test
    void theCompareePageShowsTheRateMapWithTheRunsMarked() {
        for (String lang : List.of("en", "ko")) {
            for (int width : new int[] {1366, 390}) {
                page.setViewportSize(width, width == 390 ? 844 : 768);
                page.navigate(url("/compare?fn=ellipse&init=-4,2&steps=100&lr=0.02&opt.1=sgd&opt.2=momentum"
                        + "&opt.3=momentum&momentum.3=0.5&lr.3=0.05&lang=" + lang));
                Locator map = page.locator("#rate-map");
                assertThat(map).isVisible();
                assertThat(map.locator(".gdp-rate-map-mark")).hasCount(3);
                assertThat(page.locator("#rate-map-image")).hasAttribute("src",
                        java.util.regex.Pattern.compile("^data:image/png;base64,"));
                map.scrollIntoViewIfNeeded();
                map.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                        "rate-map-" + lang + "-" + width + ".png")));
            }
        }
        // heavy ball and Nesterov together: the map is heavy ball's, so the Nesterov run is not marked on it
        page.setViewportSize(1366, 768);
        page.navigate(url("/compare?fn=ellipse&init=-4,2&steps=100&lr=0.02&opt.1=momentum&opt.2=nesterov&lang=en"));
        Locator map = page.locator("#rate-map");
        assertThat(map).containsText("Not marked: 1 Nesterov run.");
        assertThat(map.locator(".gdp-rate-map-mark")).hasCount(1);
        page.navigate(url("/compare?fn=rosenbrock&opt.1=sgd&opt.2=momentum"));
        assertThat(page.locator("#play")).isVisible();
        assertThat(page.locator("#rate-map")).isHidden();
    }
}
