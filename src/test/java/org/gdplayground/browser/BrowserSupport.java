package org.gdplayground.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser test support: Playwright-Java driving Debian's Chromium (never a downloaded browser) against the app on
 * a random port. Without Chromium the tests are skipped locally, but fail under CI ({@code CI=true}), where
 * {@code .ci/run} installs it.
 */
public abstract class BrowserSupport {

    /** Where screenshots taken by browser tests go. */
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launch() {
        Path chromium = Paths.get(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
        boolean present = Files.isExecutable(chromium);
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException("Chromium not found at " + chromium + " (apt-get install chromium)");
        }
        assumeTrue(present, "Chromium not installed at " + chromium + "; skipping browser tests");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("en-US"));
        context.setDefaultTimeout(30_000);
        // Assertions retry until this long: a 2-core CI machine compiles Vaadin's dev bundle and the app at once.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    /** Saves a full-page screenshot under target/screenshots. */
    protected Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
