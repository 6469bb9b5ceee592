package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The 3-D surface view in a real browser: off by default (the contour is shown), on by its switch; it draws the
 * Himmelblau mesh, turns when dragged, and its path grows live while playing; on compare it draws every run's path.
 * Screenshots at phone to wide-desktop widths in both languages go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Surface3dIT extends BrowserSupport {

    static final String HIMMELBLAU = "fn=himmelblau&opt=sgd&lr=0.005&init=0,0&steps=400";
    static final String TWO_RUNS = "fn=himmelblau&steps=150&opt=sgd&lr=0.01&init.1=1,1&init.2=-1,-1";
    static final int[] WIDTHS = {390, 768, 1024, 1366, 1920};

    private int attr(String name) {
        String v = page.locator("#surface-3d").getAttribute(name);
        return v == null ? -1 : Integer.parseInt(v);
    }

    /** Share of the canvas's pixels that are not plain white (the drawing is there). */
    private double inkShare() {
        Object v = page.evaluate("() => { const c = document.getElementById('surface-3d').shadowRoot"
                + ".querySelector('canvas'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " let ink = 0; for (let i = 0; i < d.length; i += 4) { if (d[i] < 235 || d[i + 1] < 235"
                + " || d[i + 2] < 235) { ink++; } } return ink / (d.length / 4); }");
        return ((Number) v).doubleValue();
    }

    private String picture() {
        return (String) page.evaluate("() => document.getElementById('surface-3d').snapshot()");
    }

    private void switchOn() {
        assertThat(page.locator("#contour")).isVisible();
        assertThat(page.locator("#surface-3d")).isHidden();
        page.locator("#surface-3d-toggle").click();
        assertThat(page.locator("#surface-3d")).isVisible();
        assertThat(page.locator("#contour")).isHidden();
        page.waitForFunction("() => Number(document.getElementById('surface-3d').getAttribute('data-cells')) > 3000");
    }

    @Test
    void theSurfaceTurnsWhenDraggedAndThePathGrowsLiveWhilePlaying() {
        page.navigate(url("/?" + HIMMELBLAU + "&speed=steady&lang=en"));
        // the first page of a fresh context may wait for Vaadin's dev bundle on a busy machine
        page.waitForSelector("#status[data-step='0']", new Page.WaitForSelectorOptions().setTimeout(90_000)
                .setState(WaitForSelectorState.ATTACHED));
        switchOn();
        // 60 × 60 cells, none missing on Himmelblau; the canvas is mostly drawing, not blank
        assertThat(attr("data-cells")).isEqualTo(3600);
        assertThat(inkShare()).isGreaterThan(0.1);
        assertThat(page.locator("#surface-3d")).hasAttribute("data-log", "false");

        // drag to rotate: the yaw changes and so does the picture
        String before = picture();
        int yaw = attr("data-yaw");
        BoundingBox box = page.locator("#surface-3d canvas").boundingBox();
        double cx = box.x + box.width / 2;
        double cy = box.y + box.height / 2;
        page.mouse().move(cx, cy);
        page.mouse().down();
        page.mouse().move(cx + 60, cy + 10, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(cx + 120, cy + 20, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        page.waitForFunction("y => document.getElementById('surface-3d').getAttribute('data-yaw') !== String(y)",
                yaw);
        assertThat(attr("data-yaw")).isNotEqualTo(yaw);
        assertThat(picture()).isNotEqualTo(before);

        // keyboard: the focused surface turns with the arrow keys and the page's own → (one step) does not fire
        page.locator("#surface-3d canvas").focus();
        int yaw2 = attr("data-yaw");
        page.keyboard().press("ArrowLeft");
        page.waitForFunction("y => document.getElementById('surface-3d').getAttribute('data-yaw') !== String(y)",
                yaw2);
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#status")).hasAttribute("data-step", "0");

        // log height from its switch inside the element
        page.locator("#surface-3d input.log").check();
        assertThat(page.locator("#surface-3d")).hasAttribute("data-log", "true");
        page.locator("#surface-3d input.log").uncheck();

        // Play: the path grows while the run goes on
        page.locator("#play").click();
        page.waitForFunction("() => Number(document.getElementById('surface-3d').getAttribute('data-points')) > 5");
        int early = attr("data-points");
        page.waitForFunction("n => Number(document.getElementById('surface-3d').getAttribute('data-points')) > n",
                early);
        assertThat(page.locator("#status")).hasAttribute("data-state", "running");
        page.locator("#play").click(); // pause
        int paused = attr("data-points");
        assertThat(paused).isGreaterThan(early);
        assertThat(page.locator("#surface-3d")).hasAttribute("data-series", "1");
        assertThat(page.locator("#surface-3d")).hasAttribute("data-outside", "0");

        // back to the contour, and on again: the path so far is there at once
        page.locator("#surface-3d-toggle").click();
        assertThat(page.locator("#contour")).isVisible();
        page.locator("#surface-3d-toggle").click();
        page.waitForFunction("() => Number(document.getElementById('surface-3d').getAttribute('data-points')) > 5");
    }

    @Test
    void compareDrawsEveryRunsPathOnTheSurface() {
        page.navigate(url("/compare?" + TWO_RUNS + "&lang=en"));
        page.waitForSelector("#status[data-state='ready']", new Page.WaitForSelectorOptions().setTimeout(90_000)
                .setState(WaitForSelectorState.ATTACHED));
        switchOn();
        page.locator("#play").click();
        page.waitForSelector("#status[data-state='finished']", new Page.WaitForSelectorOptions().setTimeout(90_000)
                .setState(WaitForSelectorState.ATTACHED));
        page.waitForFunction("() => document.getElementById('surface-3d').getAttribute('data-series') === '2'");
        assertThat(attr("data-points")).isGreaterThan(20);
    }

    @Test
    void screenshotsAtEveryWidthInBothLanguages() {
        for (String lang : new String[] {"en", "ko"}) {
            page.setViewportSize(1366, 768);
            page.navigate(url("/?fn=rosenbrock&opt=adam&lr=0.05&init=-1.5,2&steps=300&speed=max&lang=" + lang));
            page.waitForSelector("#status[data-step='0']", new Page.WaitForSelectorOptions().setTimeout(90_000)
                    .setState(WaitForSelectorState.ATTACHED));
            switchOn();
            page.locator("#play").click();
            assertThat(page.locator("#status")).not().hasAttribute("data-state", "running");
            shoot("surface3d-playground-" + lang);

            page.navigate(url("/compare?" + TWO_RUNS + "&speed=max&lang=" + lang));
            switchOn();
            page.locator("#play").click();
            page.waitForSelector("#status[data-state='finished']",
                    new Page.WaitForSelectorOptions().setTimeout(90_000).setState(WaitForSelectorState.ATTACHED));
            shoot("surface3d-compare-" + lang);
        }
    }

    private void shoot(String name) {
        page.mouse().move(0, 0);
        for (int w : WIDTHS) {
            page.setViewportSize(w, w < 500 ? 844 : w < 1100 ? 1024 : w == 1366 ? 768 : 1080);
            page.waitForTimeout(400);
            Locator card = page.locator("#surface-3d");
            assertThat(card).isVisible();
            BoundingBox b = card.boundingBox();
            // the surface fills its card at every width and never spills out of the page
            assertThat(b.width).isGreaterThan(w < 500 ? 300 : 320);
            assertThat(b.x + b.width).isLessThanOrEqualTo(w + 0.5);
            screenshot(name + "-" + w);
            card.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-" + w + "-card.png")));
        }
    }
}
