package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gdplayground.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole class in real browsers: a teacher creates a class and sends a scenario, three students (one named
 * {@code <b>x</b>}, one in Korean) join and play with different learning rates, and the dashboard shows each one's
 * final loss exactly as {@code /api/v1/trajectory} computes it. Without the key nothing of the class shows; after a
 * restart of the app on the same database the dashboard still lists them. The app is started here (not by Spring's
 * test support) so it can be restarted: on a file H2 database in a temporary folder, or on the PostgreSQL the
 * {@code postgres-tests} profile names.
 */
@Tag("database")
class ClassroomIT extends BrowserSupport {

    private static final String SCENARIO = "fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=60";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConfigurableApplicationContext app;

    private void startApp(String datasourceUrl) {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        if (datasourceUrl != null) {
            args.add("--spring.datasource.url=" + datasourceUrl);
        }
        app = new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterEach
    void stopApp() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    private Page student(String code, String name, String lr) {
        BrowserContext c = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 900).setLocale("en-US"));
        c.setDefaultTimeout(30_000);
        Page p = c.newPage();
        p.navigate(url("/join/" + code + "?lang=en"));
        p.locator("#nickname input").fill(name);
        p.locator("#join").click();
        assertThat(p.locator("#class-badge")).hasText("Class " + code + " · " + name);
        assertThat(p.locator("#status")).hasAttribute("data-state", "running");
        // the class hides the optimizer, and a typed address without hide= cannot bring it back
        assertThat(p.locator("#opt")).hasCount(0);
        assertThat(p.locator("#lr")).hasCount(1);
        if (name.equals("Ann")) {
            p.navigate(url("/?fn=sphere&opt=adam&lr=0.1&init=-3,4&steps=60&lang=en"));
            assertThat(p.locator("#lr")).hasCount(1);
            assertThat(p.locator("#opt")).hasCount(0);
            p.waitForURL(Pattern.compile(".*hide=opt.*"));
            assertThat(p.locator("#class-badge")).hasText("Class " + code + " · " + name);
            p.navigate(url("/?" + SCENARIO + "&lang=en"));
            assertThat(p.locator("#opt")).hasCount(0);
        }
        Locator lrField = p.locator("#lr input");
        lrField.fill(lr);
        lrField.press("Enter");
        p.waitForURL(Pattern.compile(".*lr=" + Pattern.quote(lr) + "(&.*|$)"));
        p.locator("#speed").click();
        p.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("As fast as possible")).click();
        p.locator("#play").click();
        assertThat(p.locator("#status")).hasAttribute("data-state", Pattern.compile("max_steps|converged|diverged"));
        return p;
    }

    private double apiFinalLoss(String lr) {
        String q = SCENARIO.replace("lr=0.1", "lr=" + lr);
        JsonNode records = JSON.readTree(page.request().get(url("/api/v1/trajectory?" + q)).text()).get("records");
        return records.get(records.size() - 1).get("loss").asDouble();
    }

    private Locator row(String name) {
        return page.locator("#students tbody tr", new Page.LocatorOptions().setHasText(name));
    }

    @Test
    void aClassPlaysAndItsResultsOutliveARestart() throws Exception {
        String url = null;
        Path dir = null;
        if (!Boolean.getBoolean("gdp.test.postgres")) {
            dir = Files.createTempDirectory("gdp-class-it");
            url = "jdbc:h2:file:" + dir.resolve("playground").toAbsolutePath();
        }
        startApp(url);

        // the teacher starts a class and sends a scenario
        page.navigate(url("/class?lang=en"));
        page.locator("#create-class").click();
        page.waitForURL(Pattern.compile(".*/class/[A-Z0-9]{6}\\?key=.*"));
        String code = page.locator("#class-code").textContent().trim();
        assertThat(code).matches("[A-HJKMNP-Z2-9]{6}");
        String dashboard = page.url().replaceFirst("^https?://[^/]+", "");
        assertThat(page.locator("#join-link")).hasText(Pattern.compile(".*/join/" + code));
        assertThat(page.locator("#join-qr svg")).isVisible();
        page.locator("#class-scenario input").fill(url("/?" + SCENARIO + "&hide=opt"));
        page.locator("#send-scenario").click();
        assertThat(page.locator("#class-scenario-note")).containsText("Sent");

        // three students join and play with different learning rates
        Map<String, String> lrs = new LinkedHashMap<>();
        lrs.put("<b>x</b>", "0.01");
        lrs.put("김민지", "0.3");
        lrs.put("Ann", "0.97");
        List<Page> students = new ArrayList<>();
        for (var e : lrs.entrySet()) {
            students.add(student(code, e.getKey(), e.getValue()));
        }

        // the dashboard shows all three with the API's final loss
        assertThat(page.locator("#students tbody tr")).hasCount(3);
        for (var e : lrs.entrySet()) {
            Locator r = row(e.getKey());
            assertThat(r).hasAttribute("data-final", "true");
            assertThat(r.locator("td").first()).hasText(e.getKey());
            double loss = Double.parseDouble(r.getAttribute("data-loss"));
            assertThat(loss).as(e.getKey()).isEqualTo(apiFinalLoss(e.getValue()));
            assertThat(Double.parseDouble(r.getAttribute("data-lr"))).isEqualTo(Double.parseDouble(e.getValue()));
        }
        assertThat(page.locator("#students b")).hasCount(0);
        assertThat(page.locator("#class-sweep svg .gdp-sweep-point")).hasCount(3);
        screenshots("classroom-dashboard");

        // without the key: nothing of the class
        BrowserContext stranger = page.context().browser().newContext();
        Page s = stranger.newPage();
        for (String path : List.of("/class/" + code + "?lang=en", "/class/" + code + "?key=wrong&lang=en",
                "/class/ZZZZZZ?lang=en")) {
            s.navigate(url(path));
            assertThat(s.locator("#no-such-class")).isVisible();
            assertThat(s.locator("#students")).hasCount(0);
            assertThat(s.locator("#class-code")).hasCount(0);
            String text = s.locator("body").innerText();
            assertThat(text).doesNotContain("김민지").doesNotContain("Ann").doesNotContain(code);
        }
        stranger.close();
        for (Page p : students) {
            p.context().close();
        }

        // a restart on the same database: the dashboard link still lists them with their results
        stopApp();
        startApp(url);
        page.navigate(url(dashboard));
        assertThat(page.locator("#class-code")).hasText(code);
        assertThat(page.locator("#students tbody tr")).hasCount(3);
        for (var e : lrs.entrySet()) {
            assertThat(row(e.getKey())).hasAttribute("data-final", "true");
            assertThat(Double.parseDouble(row(e.getKey()).getAttribute("data-loss")))
                    .isEqualTo(apiFinalLoss(e.getValue()));
        }
        stopApp();
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** The dashboard at the five widths, English and Korean. */
    private void screenshots(String name) {
        String address = page.url();
        for (String lang : List.of("en", "ko")) {
            page.navigate(address.replaceAll("&lang=[a-z]+", "") + "&lang=" + lang);
            assertThat(page.locator("#students tbody tr")).hasCount(3);
            for (int width : new int[] {390, 768, 1024, 1366, 1920}) {
                page.setViewportSize(width, 900);
                page.waitForTimeout(400);
                screenshot(name + "-" + lang + "-" + width);
            }
        }
        page.setViewportSize(1366, 768);
        page.navigate(address);
    }
}
