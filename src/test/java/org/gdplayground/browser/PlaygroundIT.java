package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaygroundIT extends BrowserSupport {

    private static final String ADAM = "fn=rosenbrock&opt=adam&lr=0.03&init=-1.5,2&steps=300";

    private void open(String query) {
        page.navigate(url("/?" + query + (query.isEmpty() ? "" : "&") + "lang=en"));
        assertThat(page.locator("#status")).hasAttribute("data-state", "running");
    }

    private void chooseSpeed(String label) {
        page.locator("#speed").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(label)).click();
    }

    @Test
    void playsAScenarioLinkToTheEndAndEndsWhereTheApiDoes() {
        open(ADAM);
        assertThat(page.locator("#status")).hasText("Ready · step 0 of 300 · loss 12.5");
        chooseSpeed("As fast as possible");
        page.locator("#play").click();
        assertThat(page.locator("#status")).hasAttribute("data-state", "max_steps");
        assertThat(page.locator("#status")).hasAttribute("data-step", "300");
        // the step slider's knob is at the end: its value is the step, its maximum the run's step count
        assertThat(page.locator("#scrub")).hasValue("300");
        assertThat(page.locator("#scrub")).hasAttribute("aria-valuetext", "step 300 of 300");
        int rows = ((Number) page.locator("#step-table").evaluate("g => g.size")).intValue();
        assertThat(rows).isEqualTo(301);

        String body = page.request().get(url("/api/v1/trajectory?" + ADAM)).text();
        JsonNode json = JsonMapper.builder().build().readTree(body);
        JsonNode records = json.get("records");
        JsonNode last = records.get(records.size() - 1);
        assertThat(last.get("k").asInt()).isEqualTo(300);
        double pageLoss = Double.parseDouble(page.locator("#status").getAttribute("data-loss"));
        assertThat(pageLoss).isEqualTo(last.get("loss").asDouble());
        screenshot("playground-rosenbrock-adam-end");
    }

    @Test
    void changingTheLearningRateUpdatesTheAddressBar() {
        open(ADAM);
        Locator lr = page.locator("#lr input");
        lr.fill("0.05");
        lr.press("Enter");
        page.waitForURL(Pattern.compile(".*lr=0\\.05.*"));
        assertThat(page.url()).contains("fn=rosenbrock").contains("opt=adam").doesNotContain("lr=0.03");
    }

    @Test
    void clickingTheContourMovesTheStartPoint() {
        open("fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=100");
        assertThat(page.locator("#init-x input")).hasValue("-3");
        BoundingBox box = page.locator("#contour").boundingBox();
        page.mouse().click(box.x + box.width * 0.75, box.y + box.height * 0.7);
        assertThat(page.locator("#init-x input")).not().hasValue("-3");
        double x = Double.parseDouble(page.locator("#init-x input").inputValue());
        double y = Double.parseDouble(page.locator("#init-y input").inputValue());
        assertThat(x).isPositive();
        assertThat(y).isNegative();
        page.waitForURL(Pattern.compile(".*init=" + Pattern.quote(page.locator("#init-x input").inputValue()) + ".*"));
    }

    /**
     * Instant exploration (instant=1): dragging the learning-rate slider and the start shows the whole new run while
     * dragging, with no Play; the link keeps instant=1.
     */
    @Test
    void instantModeShowsTheWholeRunWhileTheLearningRateAndTheStartAreDragged() {
        page.navigate(url("/?fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=100&instant=1&lang=en"));
        Locator status = page.locator("#status");
        assertThat(status).hasAttribute("data-step", "100");
        assertThat(page.locator("#instant input")).isChecked();
        assertThat(page.locator("#play")).hasAttribute("data-playing", "false");
        String loss = status.getAttribute("data-loss");
        BoundingBox slider = page.locator("#lr-slider").boundingBox();
        double y = slider.y + slider.height / 2;
        double from = slider.x + slider.width * 5 / 7.0; // log10(0.1) on −6…1
        page.mouse().move(from, y);
        page.mouse().down();
        page.mouse().move(from - slider.width * 1.5 / 7, y, new com.microsoft.playwright.Mouse.MoveOptions()
                .setSteps(8));
        // while the button is still down the whole new run is shown: step 100, another loss, no Play
        assertThat(status).not().hasAttribute("data-loss", loss);
        assertThat(status).hasAttribute("data-step", "100");
        page.mouse().up();
        assertThat(page.locator("#lr input")).not().hasValue("0.1");
        assertThat(page.locator("#play")).hasAttribute("data-playing", "false");
        page.waitForURL(Pattern.compile(".*instant=1.*"));
        assertThat(page.url()).doesNotContain("lr=0.1&");

        BoundingBox box = page.locator("#contour").boundingBox();
        page.mouse().move(box.x + box.width * 0.6, box.y + box.height * 0.4);
        page.mouse().down();
        page.mouse().move(box.x + box.width * 0.75, box.y + box.height * 0.7,
                new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
        assertThat(page.locator("#init-x input")).not().hasValue("-3");
        page.mouse().up();
        assertThat(status).hasAttribute("data-step", "100");
        double x = Double.parseDouble(page.locator("#init-x input").inputValue());
        assertThat(x).isPositive();
        screenshot("playground-instant-en-1366");

        // seed 004's rectangle under a 1-parameter curve: at x = 3, ∂L/∂x = 0.16 and δx = +0.1
        page.navigate(url("/?fn=textbook-quadratic&opt=sgd&lr=5&init=3&steps=20&lang=en"));
        assertThat(page.locator("#derivative-picture svg rect")).hasCount(2);
        assertThat(page.locator("#derivative-picture svg")).isVisible();
        assertThat(page.locator("#derivative-rate")).containsText("0.16 times as much");
    }

    @Test
    void keyboardStepsAndResets() {
        open("fn=ellipse&opt=momentum&lr=0.02&steps=50");
        page.locator("#status").click();
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#status")).hasAttribute("data-step", "1");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#status")).hasAttribute("data-step", "2");
        page.keyboard().press("r");
        assertThat(page.locator("#status")).hasAttribute("data-step", "0");
    }

    @Test
    void invalidInputIsShownOnTheFieldAndKept() {
        open(ADAM);
        Locator steps = page.locator("#steps input");
        steps.fill("1000000000000");
        steps.press("Enter");
        assertThat(page.locator("#steps")).hasAttribute("invalid", "");
        assertThat(page.locator("#steps")).containsText("at most 1000000");
        assertThat(steps).hasValue("1000000000000");
    }

    @Test
    void screenshotsOfEachSurfaceFamilyAtDesktopAndTabletWidths() {
        List<String[]> families = List.of(
                new String[] {"surface-2d", "fn=himmelblau&opt=adam&lr=0.1&init=0,0&steps=200"},
                new String[] {"surface-1d", "fn=textbook-quadratic&opt=sgd&lr=10&init=15&steps=30"},
                new String[] {"data-wb", "fn=study-hours-wb&opt=sgd&lr=0.05&steps=200&batch=1"},
                new String[] {"data-quiz", "fn=quiz-scores&opt=adam&lr=0.5&steps=300"},
                new String[] {"custom", "fn=custom&expr=x%5E2%2B3*sin(y)&opt=momentum&lr=0.05&init=2,2&steps=150"},
                new String[] {"diverged", "fn=sphere&opt=sgd&lr=1.1&init=-3,4&steps=3000"});
        for (int[] size : new int[][] {{1366, 768}, {1024, 768}}) {
            page.setViewportSize(size[0], size[1]);
            for (String[] f : families) {
                open(f[1]);
                chooseSpeed("As fast as possible");
                page.locator("#play").click();
                assertThat(page.locator("#status")).not().hasAttribute("data-state", "running");
                screenshot("playground-" + f[0] + "-" + size[0]);
            }
        }
    }
}
