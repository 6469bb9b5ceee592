package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Your own data in a real browser: upload a CSV, see the fit and the least-squares answer, play; a bad file's message. */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataUploadIT extends BrowserSupport {

    /** y = 2x + 1 exactly. */
    private static final String LINE = "hours,score\n0,1\n1,3\n2,5\n3,7\n4,9\n";
    private static final String TWO = "hours,sleep,score\n1,8,60\n2,7,65\n3,8,75\n4,6,76\n5,7,86\n6,5,88\n7,6,97\n";

    private void open(String query, String lang) {
        page.navigate(url("/?" + query + "&lang=" + lang));
        // generous: this 2-core machine is shared by several builds
        assertThat(page.locator("#status")).hasAttribute("data-state", "running",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(90_000));
    }

    private void upload(String name, String csv) {
        page.locator("#data-upload input[type=file]").setInputFiles(new FilePayload(name, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
    }

    /** Opens a built-in data problem with these settings, then picks "Your data" in the surface choice. */
    private void openYourData(String settings, String lang) {
        open("fn=study-hours-wb&" + settings, lang);
        page.locator("#fn").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(Pattern.compile("CSV"))).click();
        assertThat(page.locator("#data-upload")).isVisible();
    }

    private void chooseFastest(String lang) {
        page.locator("#speed").click();
        page.locator("vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(lang.equals("ko") ? "최대한 빠르게" : "As fast as possible")).click();
    }

    @Test
    void uploadFitPlayAndTheLossFalls() {
        openYourData("opt=adam&lr=0.3&steps=300", "en");
        upload("line.csv", LINE);
        assertThat(page.locator("#least-squares")).containsText("w = 2");
        assertThat(page.locator("#least-squares")).containsText("b = 1");
        assertThat(page.locator("#data-info")).containsText("5 rows");
        assertThat(page).hasURL(Pattern.compile(".*[?&]data=[0-9a-f]{16}.*"));
        assertThat(page.url()).contains("fn=data");
        assertThat(page.url()).contains("opt=adam").contains("lr=0.3");
        // the data plot shows the points and the fitted (and least-squares) lines, the contour is over (w, b)
        assertThat(page.locator("#data-plot circle")).hasCount(5);
        assertThat(page.locator("#data-plot")).containsText("hours");
        assertThat(page.locator("#contour")).isVisible();
        double before = Double.parseDouble(page.locator("#status").getAttribute("data-loss"));
        chooseFastest("en");
        page.locator("#play").click();
        assertThat(page.locator("#status")).hasAttribute("data-state", "max_steps");
        double after = Double.parseDouble(page.locator("#status").getAttribute("data-loss"));
        assertThat(after).isLessThan(before / 10);
        screenshot("data-upload-line-played-1366-en");

        // the link reopens the same data set
        String link = page.url();
        page.navigate(link);
        assertThat(page.locator("#least-squares")).containsText("w = 2");
    }

    @Test
    void aRateThatWouldDivergeOnTheDataStartsAtItsStableRateAndTheRestIsKept() {
        // plain descent at lr 0.5 on LINE (2/L ≈ 0.149) would blow up: the run starts at 0.1 (0.9 × 2/L rounded down)
        openYourData("opt=sgd&lr=0.5&steps=50", "en");
        upload("line.csv", LINE);
        assertThat(page.locator("#least-squares")).containsText("w = 2");
        assertThat(page.locator("#lr input")).hasValue("0.1");
        assertThat(page.locator("#data-info")).containsText("stable below 2/L = 0.149");
        assertThat(page.url()).contains("lr=0.1").contains("steps=50");
        chooseFastest("en");
        page.locator("#play").click();
        assertThat(page.locator("#status")).hasAttribute("data-state", "max_steps");
    }

    @Test
    void aBadFileSaysRowAndColumnAndNothingTypedIsLost() {
        openYourData("opt=sgd&lr=0.05&steps=200", "en");
        page.locator("#lr input").fill("0.02");
        page.locator("#lr input").press("Enter");
        upload("bad.csv", "hours,score\n1,2\n2,4\n3,6\n4,8\n5,10\nabc,12\n");
        assertThat(page.locator("#data-error")).containsText("Row 7, column 'hours': 'abc' is not a number.");
        assertThat(page.locator("#lr input")).hasValue("0.02");
        screenshot("data-upload-error-1366-en");
        upload("line.csv", LINE);
        assertThat(page.locator("#data-error")).isHidden();
        assertThat(page.locator("#least-squares")).containsText("w = 2");
        assertThat(page.locator("#lr input")).hasValue("0.02");
    }

    @Test
    void screenshotsAtEveryWidthInBothLanguages() {
        for (String lang : List.of("en", "ko")) {
            openYourData("opt=adam&lr=0.5&steps=200", lang);
            upload("two.csv", TWO);
            assertThat(page.locator("#least-squares")).containsText("W1");
            assertThat(page).hasURL(Pattern.compile(".*[?&]data=[0-9a-f]{16}.*"));
            String twoLink = page.url();
            openYourData("opt=adam&lr=0.3&steps=200", lang);
            upload("line.csv", LINE);
            assertThat(page.locator("#least-squares")).containsText("w = 2");
            assertThat(page).hasURL(Pattern.compile(".*[?&]data=[0-9a-f]{16}.*"));
            String oneLink = page.url();
            for (int width : new int[] {390, 768, 1024, 1366, 1920}) {
                page.setViewportSize(width, width < 800 ? 900 : 900);
                page.navigate(oneLink);
                assertThat(page.locator("#least-squares")).containsText("w = 2");
                chooseFastest(lang);
                page.locator("#play").click();
                assertThat(page.locator("#status")).not().hasAttribute("data-state", "running");
                screenshot("data-one-feature-" + width + "-" + lang);
                page.navigate(twoLink);
                assertThat(page.locator("#least-squares")).containsText("W1");
                screenshot("data-two-features-" + width + "-" + lang);
            }
            page.setViewportSize(1366, 768);
        }
    }
}
