package org.gdplayground.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * axe-core on every page in both languages: no serious or critical violation. One server and one browser for all
 * pages (CI time); every violation found is listed at once (page, rule, impact, where), not just the first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityIT extends BrowserSupport {

    private static final Set<String> FAILING = Set.of("serious", "critical");

    @Test
    void noPageHasASeriousOrCriticalViolationInEitherLanguage() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", "#status[data-state]");
        pages.put("/compare", "#status[data-state]");
        pages.put("/lessons", "#lessons-list");
        pages.put("/lessons/first-descent?step=1", "#lesson-text");
        pages.put("/class", "#create-class");
        pages.put("/join", "#nickname");
        pages.put("/simplenet", "#simplenet-status");

        List<String> found = new ArrayList<>();
        String dashboard = null;
        for (String lang : List.of("en", "ko")) {
            for (var p : pages.entrySet()) {
                found.addAll(check(p.getKey(), p.getValue(), lang));
            }
            if (dashboard == null) {
                page.navigate(url("/class?lang=en"));
                page.locator("#create-class").click();
                // the teacher key goes into a cookie of this browser: the address is /class/CODE
                page.waitForURL(Pattern.compile(".*/class/[A-Z0-9]{6}(\\?.*)?$"));
                dashboard = page.url().replaceFirst("^https?://[^/]+", "");
            }
            found.addAll(check(dashboard, "#class-code", lang));
        }
        assertThat(found).as("axe-core serious/critical violations").isEmpty();
    }

    /**
     * What the keyboard and a screen reader get on the playground and compare: the contour takes arrow keys (the
     * start moves and is said), the sliders speak in their units, the status line's live region says the finished
     * state. Screenshots with the contour focused (its focus ring) at 390 and 1366 px in both languages.
     */
    @Test
    void theKeyboardMovesTheStartAndTheSlidersSpeakTheirUnits() {
        page.navigate(url("/?fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=100&lang=en"));
        page.waitForSelector("#status[data-state]", new Page.WaitForSelectorOptions().setTimeout(120_000));
        assertThat(page.locator("#lr-slider").getAttribute("aria-valuetext")).isEqualTo("learning rate 0.1");
        page.locator("#contour").focus();
        page.keyboard().press("ArrowRight");
        page.waitForFunction("() => document.querySelector('#init-x input').value !== '-3'");
        assertThat(Double.parseDouble(page.locator("#init-x input").inputValue())).isGreaterThan(-3);
        assertThat(page.locator("#init-y input").inputValue()).isEqualTo("4");
        assertThat(page.locator("#contour .gdp-sr-only").textContent()).startsWith("Start point ");

        page.navigate(url("/?fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=100&lang=en"));
        page.waitForSelector("#status[data-state]", new Page.WaitForSelectorOptions().setTimeout(120_000));
        page.locator("#play").click();
        page.waitForSelector("#status[data-state='max_steps']", new Page.WaitForSelectorOptions().setTimeout(60_000));
        page.waitForFunction("() => document.querySelector('#status-live').textContent.startsWith('Finished')");
        page.locator("#scrub").focus();
        page.keyboard().press("ArrowLeft");
        page.waitForFunction("() => document.querySelector('#scrub').value === '99'");
        assertThat(page.locator("#scrub").getAttribute("aria-valuetext")).isEqualTo("step 99 of 100");

        for (String lang : List.of("en", "ko")) {
            for (String path : List.of("/", "/compare")) {
                page.setViewportSize(1366, 768);
                page.navigate(url(path + "?lang=" + lang));
                page.waitForSelector("#status[data-state]", new Page.WaitForSelectorOptions().setTimeout(120_000));
                page.locator("#contour").focus();
                String before = page.locator("#init-y input").first().inputValue();
                page.keyboard().press("ArrowUp");
                try { // the start moves up (the server answers the key), unless it is already at the edge
                    page.waitForFunction("y => document.querySelector('#init-y input').value !== y", before,
                            new Page.WaitForFunctionOptions().setTimeout(10_000));
                } catch (com.microsoft.playwright.TimeoutError atTheEdge) {
                    // nothing moved: the screenshot shows the focus ring all the same
                }
                settled();
                String name = "a11y-" + (path.equals("/") ? "playground" : "compare") + "-" + lang;
                screenshot(name + "-1366");
                page.setViewportSize(390, 844);
                page.locator("#contour").focus();
                settled();
                screenshot(name + "-390");
            }
        }
    }

    /**
     * Waits until the page is settled instead of for a fixed time: Vaadin has no request in flight (its own
     * {@code isActive()}, what TestBench waits for), then two animation frames so what the last answer changed is
     * drawn.
     */
    private void settled() {
        page.waitForFunction("() => { const f = window.Vaadin && window.Vaadin.Flow;"
                + " return !f || !f.clients || Object.values(f.clients).every(c => !c.isActive || !c.isActive()); }");
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }

    private List<String> check(String path, String ready, String lang) {
        String address = path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
        page.navigate(url(address));
        page.waitForSelector(ready, new Page.WaitForSelectorOptions().setTimeout(120_000));
        // Let the charts draw and the lazy parts of the page settle before the scan.
        page.waitForTimeout(700);
        AxeResults results = new AxeBuilder(page).analyze();
        List<String> out = new ArrayList<>();
        for (Rule r : results.getViolations()) {
            if (!FAILING.contains(r.getImpact())) {
                continue;
            }
            for (CheckedNode n : r.getNodes()) {
                String html = n.getHtml() == null ? "" : n.getHtml();
                out.add(address + " " + r.getId() + " (" + r.getImpact() + ") at " + n.getTarget() + " "
                        + html.substring(0, Math.min(html.length(), 200)) + ": " + n.getFailureSummary());
            }
        }
        return out;
    }
}
