package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** hide= and lock= in a real browser: the hidden control is not in the document, the locked one is read-only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HideLockIT extends BrowserSupport {

    private static final String LESSON = "fn=rosenbrock&opt=adam&lr=0.1&init=-1.5,2&steps=200&hide=opt&lock=lr";

    /** Opens a page and waits for its status line (the first page of a run may wait for a busy machine). */
    private void open(String pathAndQuery, String state) {
        page.navigate(url(pathAndQuery));
        try {
            page.waitForSelector("#status", new Page.WaitForSelectorOptions().setTimeout(120_000));
        } catch (RuntimeException e) {
            screenshot("hide-lock-debug");
            throw e;
        }
        assertThat(page.locator("#status")).hasAttribute("data-state", state);
    }

    @Test
    void aLessonLinkHidesTheOptimizerAndLocksTheLearningRate() {
        open("/?" + LESSON + "&lang=en", "running");
        assertThat(page.locator("#fn")).hasCount(1);
        assertThat(page.locator("#opt")).hasCount(0);
        Locator lr = page.locator("#lr");
        assertThat(lr).hasAttribute("readonly", "");
        assertThat(lr.locator("input")).hasValue("0.1");
        assertThat(lr.locator("input")).not().isEditable();
        assertThat(page.locator("#lr-slider")).isDisabled();
        assertThat(page.locator("#locked-note")).hasText("Some settings are fixed for this lesson: Learning rate.");

        // a field that is not fixed still changes the scenario; the address keeps hide and lock
        Locator steps = page.locator("#steps input");
        steps.fill("120");
        steps.press("Enter");
        page.waitForURL(Pattern.compile(".*steps=120.*"));
        assertThat(page.url()).contains("lr=0.1").contains("hide=opt").contains("lock=lr");
        // Back reopens the first entry, still without the optimizer
        page.goBack();
        page.waitForURL(Pattern.compile(".*steps=200.*"));
        assertThat(page.locator("#steps input")).hasValue("200");
        assertThat(page.locator("#opt")).hasCount(0);
        assertThat(page.locator("#lr")).hasAttribute("readonly", "");
    }

    @Test
    void theComparePageHidesTooAndAnUnknownIdIsALinkError() {
        open("/compare?fn=rosenbrock&opt.1=adam&lr.1=0.01&opt.2=momentum&lr.2=0.001&hide=opt,schedule"
                + "&lang=en", "ready");
        assertThat(page.locator("#opt-1")).hasCount(0);
        assertThat(page.locator("#opt-2")).hasCount(0);
        assertThat(page.locator("#schedule")).hasCount(0);
        assertThat(page.locator("#lr-1")).hasCount(1);
        assertThat(page.locator("#add-run")).hasCount(0);

        page.navigate(url("/?fn=sphere&lr=0.1&hide=optimizer&lang=en"));
        assertThat(page.locator("#link-errors")).containsText(
                "Hidden controls must be one of fn, opt, lr");
        assertThat(page.locator("#opt")).hasCount(1);
    }

    /** Screenshots of a lesson link at the five widths in both languages, for a person to look at. */
    @Test
    void screenshotsAtEveryWidthInBothLanguages() {
        for (String lang : List.of("en", "ko")) {
            for (int w : new int[] {390, 768, 1024, 1366, 1920}) {
                page.setViewportSize(w, w < 800 ? 900 : 1000);
                open(("/?" + LESSON + "&lock=lr,steps&lang=" + lang).replace("&lock=lr&", "&"), "running");
                page.mouse().move(0, 0);
                page.waitForTimeout(300);
                screenshot("hide-lock-" + lang + "-" + w);
            }
            page.setViewportSize(1366, 1000);
            open("/compare?fn=rosenbrock&opt.1=adam&lr.1=0.01&opt.2=momentum&lr.2=0.001"
                    + "&hide=opt,schedule&lock=lr&lang=" + lang, "ready");
            page.mouse().move(0, 0);
            page.waitForTimeout(300);
            screenshot("hide-lock-compare-" + lang + "-1366");
        }
    }
}
