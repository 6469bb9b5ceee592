package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The live page as a learner meets it: frames that cost the browser nothing to ask for, honest Play, the phone
 * layout, Korean without templates, an aligned step table, and screenshots at every width in both languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LivePageIT extends BrowserSupport {

    private static final String LONG_RUN = "fn=rosenbrock&opt=adam&lr=0.01&init=-1.5,2&steps=3000";

    private void open(String query, String lang) {
        page.navigate(url("/?" + query + "&lang=" + lang));
        assertThat(page.locator("#status")).hasAttribute("data-state", "running");
    }

    private double snapshot(String id, String expr) {
        return ((Number) page.evaluate("() => { const s = document.getElementById('" + id + "').snapshot(); return "
                + expr + "; }")).doubleValue();
    }

    /** While playing, the browser does not answer each frame: at most a lease renewal every 8 s and a table refresh. */
    @Test
    void framesArePushedWithoutARoundTripEach() {
        open(LONG_RUN, "en");
        AtomicInteger uidl = new AtomicInteger();
        page.onRequest(r -> {
            if (r.url().contains("v-r=uidl")) {
                uidl.incrementAndGet();
            }
        });
        page.locator("#play").click();
        page.waitForTimeout(4000);
        int frames = (int) snapshot("loss-chart", "Object.values(s.seriesCounts)[0]");
        double k = Double.parseDouble(page.locator("#status").getAttribute("data-step"));
        assertThat(k).isGreaterThan(100); // 5 steps per frame, 10 frames a second
        // one click, then per second at most: a lease renewal (0.125), the table's data request and confirmation (2)
        assertThat(uidl.get()).isLessThanOrEqualTo(1 + 4 * 3);
        assertThat(frames).isGreaterThan(20);
        page.locator("#play").click();
    }

    /**
     * While playing the k axis grows to 1-2-5 bounds; once the run is over it ends at the run's last step. The
     * charts' tick labels write negative numbers with a true minus.
     */
    @Test
    void aFinishedRunsStepAxisEndsAtItsLastStep() {
        page.navigate(url("/?fn=sphere&opt=gd&lr=0.01&init=3,4&steps=37&lang=en"));
        page.locator("#play").click();
        assertThat(page.locator("#status")).hasAttribute("data-step", "37");
        page.waitForFunction("() => document.getElementById('loss-chart').snapshot().xRange[1] === 37");
        assertThat(snapshot("loss-chart", "s.xRange[0]")).isZero();
        assertThat(snapshot("loss-chart", "Object.values(s.seriesCounts)[0]")).isEqualTo(38); // k = 0 … 37
        // the contour's axes run through negative values: their tick labels write a true minus (U+2212), as the
        // status line and the table do, never an ASCII hyphen
        String ticks = (String) page.evaluate("() => [...document.querySelectorAll('#contour .gdp-plot-ticks text')]"
                + ".map(t => t.textContent).join(' ')");
        assertThat(ticks).contains("\u2212").doesNotContain("-");
    }

    @Test
    void playWithAnInvalidLearningRateStartsNothing() {
        open("fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=100", "en");
        Locator lr = page.locator("#lr input");
        lr.fill("-1");
        lr.press("Enter");
        assertThat(page.locator("#status")).hasAttribute("data-state", "invalid");
        page.locator("#play").click();
        assertThat(page.locator("#status")).containsText("Nothing was started");
        page.waitForTimeout(800);
        assertThat(page.locator("#status")).hasAttribute("data-state", "invalid");
        assertThat(lr).hasValue("-1");
    }

    /** Scenarios the learner chose are history entries; the view (speed, toggles, language) rides along in the link. */
    @Test
    void backReturnsToTheScenarioChosenBeforeAndTheLinkKeepsTheView() {
        open("fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=100", "en");
        Locator lr = page.locator("#lr input");
        lr.fill("0.05");
        lr.press("Enter");
        page.waitForURL(Pattern.compile(".*lr=0\\.05.*"));
        lr.fill("0.02");
        lr.press("Enter");
        page.waitForURL(Pattern.compile(".*lr=0\\.02.*"));
        page.locator("#grad-arrows").click();
        page.waitForURL(Pattern.compile(".*arrows=1.*"));
        assertThat(page.url()).contains("lang=en");
        page.goBack();
        assertThat(lr).hasValue("0.05");
        page.goForward();
        assertThat(lr).hasValue("0.02");
        // a reload keeps the toggles and the language
        page.waitForTimeout(500);
        page.navigate("about:blank");
        page.navigate(url("/?fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=100&arrows=1&log=1&speed=max&k=7&lang=ko"));
        assertThat(page.locator("#status")).hasAttribute("data-step", "7");
        assertThat(page.locator("#grad-arrows")).hasAttribute("checked", "");
        assertThat(page.locator("#loss-log")).hasAttribute("checked", "");
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
    }

    @Test
    void onAPhoneTheStatusIsOnScreenAfterPlay() {
        page.setViewportSize(390, 844);
        open("fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=100", "en");
        page.locator("#play").click();
        assertThat(page.locator("#status")).hasAttribute("data-state", Pattern.compile("running|max_steps"));
        page.waitForTimeout(600);
        BoundingBox box = page.locator("#status").boundingBox();
        assertThat(box.y).isBetween(-1.0, 844.0 - box.height);
        screenshot("phone-after-play-390");
    }

    @Test
    void aKoreanRunShowsNoParticleTemplateAndNoRawIdentifier() {
        open("fn=two-minima&opt=adam&lr=0.05&init=1.8,1&steps=200", "ko");
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        page.locator("#play").click();
        assertThat(page.locator("#status")).not().hasAttribute("data-state", "running");
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("(으)로", "이(가)", "은(는)", "을(를)", "와(과)")
                .doesNotContain("beta1", "beta2", "weightDecay", "momentumDecay");
        assertThat(page.locator("#status")).containsText("최솟값");
    }

    /** Header and body cells of the step table start at the same x (within 2 px) in every column. */
    @Test
    void stepTableHeaderAndBodyLineUp() {
        open("fn=rosenbrock&opt=adam&lr=0.03&init=-1.5,2&steps=20", "en");
        page.locator("#play").click();
        assertThat(page.locator("#status")).hasAttribute("data-state", "max_steps");
        page.waitForTimeout(500);
        Object worst = page.evaluate("() => { const g = document.getElementById('step-table');"
                + " const cells = sel => [...g.shadowRoot.querySelectorAll(sel)].map(c => c.getBoundingClientRect())"
                + "   .filter(r => r.width > 0);"
                + " const head = cells('thead tr:first-child th'); const body = cells('tbody tr:first-child td');"
                + " let d = 0; for (let i = 0; i < Math.min(head.length, body.length); i++) {"
                + "   d = Math.max(d, Math.abs(head[i].left - body[i].left), Math.abs(head[i].right - body[i].right)); }"
                + " return head.length && body.length ? d : 999; }");
        assertThat(((Number) worst).doubleValue()).isLessThanOrEqualTo(2.0);
    }

    /** Screenshots of a finished run at the five widths, in both languages, for a person to look at. */
    @Test
    void screenshotsAtEveryWidthInBothLanguages() {
        for (String lang : List.of("en", "ko")) {
            for (int w : new int[] {390, 768, 1024, 1366, 1920}) {
                page.setViewportSize(w, w < 800 ? 900 : 1000);
                open("fn=rosenbrock&opt=momentum&lr=0.001&init=-1.5,2&steps=400&arrows=1&speed=max", lang);
                page.locator("#play").click();
                assertThat(page.locator("#status")).not().hasAttribute("data-state", "running");
                page.mouse().move(0, 0);
                page.waitForTimeout(400);
                double smallest = ((Number) page.evaluate("() => Math.min(...[...document.querySelectorAll("
                        + "'gdp-plot text')].filter(t => t.getBBox().width > 0)"
                        + ".map(t => parseFloat(getComputedStyle(t).fontSize)))")).doubleValue();
                assertThat(smallest).as("chart text at %d px", w).isGreaterThanOrEqualTo(11);
                screenshot("live-" + lang + "-" + w);
                page.navigate(url("/compare?fn=himmelblau&steps=100&opt=sgd&lr=0.01&init.1=1,1&init.2=-1,1"
                        + "&init.3=-1,-1&init.4=1,-1&speed=max&lang=" + lang));
                assertThat(page.locator("#status")).hasAttribute("data-state", "ready");
                page.locator("#play").click();
                page.waitForSelector("#status[data-state='finished']",
                        new Page.WaitForSelectorOptions().setTimeout(60_000));
                page.mouse().move(0, 0);
                page.waitForTimeout(400);
                screenshot("compare-" + lang + "-" + w);
            }
        }
    }
}
