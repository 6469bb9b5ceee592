package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The simpleNet page in a real browser, in English and Korean: the book's W, z, y, the loss and dW numerical beside
 * analytic are shown; Play trains W (the loss falls, W changes, the chart draws); a link opens its state and a bad
 * link says which field was wrong; screenshots at every width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimpleNetIT extends BrowserSupport {

    static final List<Integer> WIDTHS = List.of(390, 768, 1024, 1366, 1920);

    @Test
    void englishShowsTheMatricesAndPlayTrainsW() {
        playAndLook("en", "Loss", "Ready · step 0 · loss 0.928068");
    }

    @Test
    void koreanShowsTheMatricesAndPlayTrainsW() {
        playAndLook("ko", "손실", "준비됨 · 0단계 · 손실 0.928068");
    }

    private void playAndLook(String lang, String lossWord, String ready) {
        page.navigate(url("/simplenet?lang=" + lang));
        // the first page of a fresh dev-mode server may take long on a busy machine
        page.waitForSelector("#simplenet-status", new com.microsoft.playwright.Page.WaitForSelectorOptions()
                .setTimeout(120_000));
        Locator status = page.locator("#simplenet-status");
        assertThat(status).containsText(ready);
        assertThat(page.locator("#simplenet-w11 input")).hasValue("0.47355232");
        assertThat(page.locator("#simplenet-dw-analytic [data-cell='0,0']")).hasText("0.21924763");
        assertThat(page.locator("#simplenet-dw-analytic [data-cell='1,2']")).hasText("−0.54421514");
        assertThat(page.locator("#simplenet-dw-numerical [data-cell='0,0']")).hasText("0.21924757");
        assertThat(page.locator("#simplenet-loss")).hasText("L = 0.92806829");
        assertThat(page.locator("#simplenet-y .gdp-sn-bar-row")).hasCount(3);
        assertThat(page.locator("#nav-simplenet")).isVisible();
        for (int w : WIDTHS) {
            page.setViewportSize(w, w < 768 ? 844 : 900);
            page.waitForTimeout(300);
            screenshot("simplenet-" + lang + "-" + w);
        }
        page.setViewportSize(1366, 768);

        page.locator("#simplenet-play").click();
        assertThat(status).hasAttribute("data-state", "running");
        page.waitForFunction("() => { const m = document.querySelector('#simplenet-status').textContent"
                + ".match(/\\d+/); return m && parseInt(m[0]) >= 40; }");
        page.locator("#simplenet-play").click();
        assertThat(status).hasAttribute("data-state", "paused");
        double after = lossOf(page.locator("#simplenet-loss").textContent());
        org.assertj.core.api.Assertions.assertThat(after).isLessThan(0.9).isGreaterThan(0);
        org.assertj.core.api.Assertions.assertThat(page.locator("#simplenet-w11 input").inputValue())
                .isNotEqualTo("0.47355232");
        Object drawn = page.evaluate("() => document.getElementById('simplenet-loss-chart').snapshot()"
                + ".seriesCounts['0']");
        org.assertj.core.api.Assertions.assertThat(((Number) drawn).intValue()).isGreaterThan(10);
        assertThat(page.locator("#simplenet-loss-chart")).containsText(lossWord.equals("Loss") ? "loss" : "손실");
        screenshot("simplenet-" + lang + "-trained-1366");

        page.locator("#simplenet-reset").click();
        assertThat(status).hasAttribute("data-state", "ready");
        assertThat(page.locator("#simplenet-w11 input")).hasValue("0.47355232");
    }

    private static double lossOf(String text) {
        return Double.parseDouble(text.replace("L = ", "").trim());
    }

    @Test
    void aLinkOpensItsStateAndABadLinkNamesTheField() {
        page.navigate(url("/simplenet?w=0,0,0,0,0,0&x=1,2&t=1,0,0&opt=adam&lr=0.05&lang=en"));
        page.waitForSelector("#simplenet-status", new com.microsoft.playwright.Page.WaitForSelectorOptions()
                .setTimeout(120_000));
        assertThat(page.locator("#simplenet-w23 input")).hasValue("0");
        assertThat(page.locator("#simplenet-x2 input")).hasValue("2");
        assertThat(page.locator("#simplenet-lr input")).hasValue("0.05");
        assertThat(page.locator("#simplenet-y")).containsText("0.3333");
        assertThat(page.locator("#simplenet-dw-analytic [data-cell='0,0']")).hasText("−0.66666667");
        assertThat(page.locator("#simplenet-link-errors")).isHidden();

        page.navigate(url("/simplenet?w=1,2&t=0,1,1&lr=-1&lang=en"));
        Locator errors = page.locator("#simplenet-link-errors");
        assertThat(errors).isVisible();
        assertThat(errors).containsText("Weights W must have 6 comma-separated numbers");
        assertThat(errors).containsText("Label t must be one of 1,0,0 | 0,1,0 | 0,0,1, got \"0,1,1\"");
        assertThat(errors).containsText("Learning rate γ must be in (0, ∞), got -1");
        assertThat(page.locator("#simplenet-w11 input")).hasValue("0.47355232");

        page.locator("#simplenet-w12 input").fill("abc");
        page.locator("#simplenet-w12 input").press("Enter");
        assertThat(page.locator("#simplenet-w12")).hasAttribute("invalid", "");
        page.locator("#simplenet-play").click();
        assertThat(page.locator("#simplenet-status")).containsText("Fix the marked fields first");
        assertThat(page.locator("#simplenet-w12 input")).hasValue("abc");
        page.locator("#simplenet-w12 input").fill("1.5");
        page.locator("#simplenet-w12 input").press("Enter");
        assertThat(page.locator("#simplenet-w12")).not().hasAttribute("invalid", "");
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("w=0.47355232,1.5,");
    }
}
