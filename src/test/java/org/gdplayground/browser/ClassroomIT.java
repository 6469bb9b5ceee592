package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.gdplayground.Application;
import org.gdplayground.classroom.ClassroomService;
import org.gdplayground.classroom.Model.Created;
import org.gdplayground.classroom.Model.Joined;
import org.gdplayground.classroom.Model.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A class a teacher can trust, in real browsers, on a file H2 database in a temporary folder (or the PostgreSQL the
 * {@code postgres-tests} profile names). The teacher creates a class: the key never shows in the address, and every
 * page carries the security headers. The projector shows the class read-only. Students join on phones: one diverges,
 * one gets stuck in a local minimum, and the dashboard flags both under "needs help"; while the class is paused, a
 * third student's Play and Step advance nothing. Then the server restarts on the same database: the teacher finds the
 * class under "my classes", the students' reloaded pages still wear their badge and their next runs land in their own
 * rows, rejoining keeps the row, and ending the class asks first; a student joining afterwards is told it ended. The
 * app is started here (not by Spring's test support) so it can be restarted. Screenshots: the dashboard and the
 * projector of a seeded class of 40 students at 1366 and 1920 px, English and Korean.
 */
@Tag("database")
@ExtendWith(OutputCaptureExtension.class)
class ClassroomIT extends BrowserSupport {

    /** Two minima: from (1.8, 1) a small step settles in the local one, a large one diverges. */
    private static final String SCENARIO = "fn=two-minima&opt=sgd&lr=0.05&init=1.8,1&steps=200";

    private ConfigurableApplicationContext app;
    private final List<String> cspViolations = new CopyOnWriteArrayList<>();

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

    private void watchCsp(Page p) {
        p.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                cspViolations.add(m.text());
            }
        });
    }

    /** A phone: its own browser (own cookies), a phone-sized viewport. */
    private Page phone() {
        BrowserContext c = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("en-US").setIsMobile(true).setHasTouch(true));
        c.setDefaultTimeout(30_000);
        Page p = c.newPage();
        watchCsp(p);
        return p;
    }

    private Page join(String code, String name) {
        Page p = phone();
        p.navigate(url("/join/" + code + "?lang=en"));
        p.locator("#nickname input").fill(name);
        p.locator("#join").click();
        assertThat(p.locator("#class-badge")).hasText("Class " + code + " · " + name);
        assertThat(p.locator("#opt")).hasCount(0);
        return p;
    }

    private void play(Page p, String lr, String endState) {
        Locator lrField = p.locator("#lr input");
        lrField.fill(lr);
        lrField.press("Enter");
        p.waitForURL(Pattern.compile(".*lr=" + Pattern.quote(lr) + "(&.*|$)"));
        p.locator("#play").click();
        assertThat(p.locator("#status")).hasAttribute("data-state", Pattern.compile(endState));
    }

    private Locator row(String name) {
        return page.locator("#students tbody tr", new Page.LocatorOptions().setHasText(name));
    }

    @Test
    void aClassSurvivesARestartAndShowsWhoNeedsHelp(CapturedOutput log) throws Exception {
        String url = null;
        Path dir = null;
        if (!Boolean.getBoolean("gdp.test.postgres")) {
            dir = Files.createTempDirectory("gdp-class-it");
            url = "jdbc:h2:file:" + dir.resolve("playground").toAbsolutePath();
        }
        startApp(url);
        watchCsp(page);

        // the teacher starts a class: the key goes into an HttpOnly cookie, never into the address
        Response start = page.navigate(url("/class?lang=en"));
        assertThat(start.headers()).containsEntry("referrer-policy", "same-origin")
                .containsEntry("x-content-type-options", "nosniff");
        assertThat(start.headers().get("content-security-policy")).contains("frame-ancestors 'self'");
        assertThat(page.locator("#my-classes")).isHidden();
        page.locator("#create-class").click();
        page.waitForURL(Pattern.compile(".*/class/[A-Z0-9]{6}(\\?.*)?$"));
        assertThat(page.url()).doesNotContain("key");
        String code = page.locator("#class-code").textContent().trim();
        assertThat(code).matches("[A-HJKMNP-Z2-9]{6}");
        var cookie = page.context().cookies().stream().filter(k -> k.name.equals("gdp-teacher-" + code)).findFirst()
                .orElseThrow();
        assertThat(cookie.httpOnly).isTrue();
        assertThat(cookie.sameSite.name()).isEqualTo("STRICT");
        assertThat(page.locator("#join-link")).hasText(Pattern.compile(".*/join/" + code));
        // opened as localhost: phones cannot reach that, and the page says so
        assertThat(page.locator("#join-warning")).isVisible();
        assertThat(page.locator("#teacher-link")).isHidden();
        page.locator("#class-scenario input").fill(url("/?" + SCENARIO + "&hide=opt"));
        page.locator("#send-scenario").click();
        assertThat(page.locator("#class-scenario-note")).containsText("Sent");
        page.reload();
        assertThat(page.locator("#class-code")).hasText(code);

        // the projector: the class without its key and without a single control
        Page projector = page.context().newPage();
        watchCsp(projector);
        projector.navigate(url("/class/" + code + "/projector?lang=en"));
        assertThat(projector.locator("#class-code")).hasText(code);
        assertThat(projector.locator("#projector-qr svg")).isVisible();
        assertThat(projector.locator(".gdp-projector vaadin-button, .gdp-projector input, "
                + ".gdp-projector vaadin-text-field")).hasCount(0);
        assertThat(page.locator("#projector-link")).hasAttribute("href", "class/" + code + "/projector");

        // students join on phones: Ann diverges, 김민지 settles in the local minimum, Bo is there to be paused
        Page ann = join(code, "Ann");
        play(ann, "1.1", "diverged");
        Page min = join(code, "김민지");
        play(min, "0.05", "max_steps|converged");
        Page bo = join(code, "Bo");
        assertThat(row("Ann")).hasAttribute("data-outcome", "diverging");
        assertThat(row("김민지")).hasAttribute("data-outcome", "local-minimum");
        assertThat(page.locator("#needs-help")).hasAttribute("data-count", "2");
        assertThat(page.locator("#needs-help .gdp-help-item")).hasCount(2);
        long annId = Long.parseLong(row("Ann").getAttribute("data-student"));

        // paused on the server: Bo's Play and Step advance nothing
        page.locator("#pause-all").click();
        assertThat(bo.locator("#class-notice")).containsText("paused");
        assertThat(row("Bo")).hasAttribute("data-presence", "paused");
        bo.locator("#play").click();
        bo.locator("#step").click();
        bo.waitForTimeout(1500);
        assertThat(row("Bo")).hasAttribute("data-status", "waiting");
        assertThat(bo.locator("#status")).not().hasAttribute("data-state", Pattern.compile("max_steps|converged"));

        // the projector lists everyone in large type
        assertThat(projector.locator(".gdp-projector-student")).hasCount(3);
        double px = Double.parseDouble(projector.locator(".gdp-projector-name").first()
                .evaluate("e => getComputedStyle(e).fontSize").toString().replace("px", ""));
        assertThat(px).isGreaterThanOrEqualTo(24);

        // without the key nothing of the dashboard; a stranger's browser has no cookie
        BrowserContext stranger = page.context().browser().newContext();
        Page s = stranger.newPage();
        s.navigate(url("/class/" + code + "?lang=en"));
        assertThat(s.locator("#no-such-class")).isVisible();
        assertThat(s.locator("#students")).hasCount(0);
        stranger.close();

        // a restart in the middle of the class, on the same database
        projector.close();
        stopApp();
        startApp(url);

        // the teacher finds the class under "my classes"
        page.navigate(url("/class?lang=en"));
        Locator mine = page.locator("#my-classes .gdp-my-class[data-code=\"" + code + "\"]");
        assertThat(mine).hasAttribute("data-state", "paused");
        mine.locator("a").click();
        assertThat(page.locator("#class-code")).hasText(code);
        assertThat(page.locator("#students tbody tr")).hasCount(3);
        assertThat(row("Ann")).hasAttribute("data-outcome", "diverging");
        page.locator("#pause-all").click();
        assertThat(page.locator("#pause-all")).hasAttribute("data-paused", "false");

        // students reload: their browsers remember them, and their next runs land in their own rows
        for (Page p : List.of(ann, bo)) {
            p.navigate(url("/?" + SCENARIO + "&lang=en"));
        }
        assertThat(ann.locator("#class-badge")).hasText("Class " + code + " · Ann");
        assertThat(bo.locator("#class-badge")).hasText("Class " + code + " · Bo");
        play(ann, "0.02", "max_steps|converged");
        play(bo, "0.05", "max_steps|converged");
        assertThat(page.locator("#students tbody tr")).hasCount(3);
        assertThat(row("Ann")).hasAttribute("data-lr", "0.02");
        assertThat(row("Ann")).hasAttribute("data-student", Long.toString(annId));
        assertThat(row("Bo")).hasAttribute("data-outcome", "local-minimum");
        // from (1.8, 1) a small step settles in the local minimum too: now all three need the teacher
        assertThat(row("Ann")).hasAttribute("data-outcome", "local-minimum");
        assertThat(page.locator("#needs-help")).hasAttribute("data-count", "3");

        // rejoining from the same browser keeps the row
        min.navigate(url("/join/" + code + "?lang=en"));
        min.locator("#nickname input").fill("민지");
        min.locator("#join").click();
        assertThat(min.locator("#class-badge")).hasText("Class " + code + " · 민지");
        assertThat(page.locator("#students tbody tr")).hasCount(3);
        assertThat(row("민지")).hasAttribute("data-outcome", "local-minimum");

        // the teacher opens a student's run, renames them and removes them, on the dashboard
        row("Bo").locator("td.gdp-class-name").click();
        assertThat(page.locator("#student-run")).isVisible();
        page.locator("#rename-student input").fill("Bora");
        page.locator("#rename-student-save").click();
        assertThat(row("Bora")).hasCount(1);
        page.locator("#remove-student").click();
        assertThat(page.locator("#students tbody tr")).hasCount(2);
        assertThat(row("Bora")).hasCount(0);
        assertThat(page.locator("#student-run")).isHidden();

        // ending asks first
        page.locator("#end-class").click();
        assertThat(page.locator("#end-class-confirm")).isVisible();
        assertThat(page.locator("#class-ended")).isHidden();
        page.locator("#end-class-confirm").click();
        assertThat(page.locator("#class-ended")).isVisible();
        Page late = phone();
        late.navigate(url("/join/" + code + "?lang=en"));
        late.locator("#nickname input").fill("Late");
        late.locator("#join").click();
        assertThat(late.locator("#class-ended")).isVisible();
        assertThat(late.locator("#join-error")).isHidden();

        for (Page p : List.of(ann, min, bo, late)) {
            p.context().close();
        }

        // deleting the class now asks first too; then nothing of it is left, not even under "my classes"
        page.locator("#delete-class").click();
        assertThat(page.locator("#delete-class-confirm")).isVisible();
        page.locator("#delete-class-confirm").click();
        assertThat(page.locator("#no-such-class")).isVisible();
        assertThat(page.locator("#students")).hasCount(0);
        assertThat(app.getBean(ClassroomService.class).projector(code)).isEmpty();
        page.navigate(url("/class?lang=en"));
        assertThat(page.locator("#create-class")).isVisible();
        assertThat(page.locator("#my-classes .gdp-my-class[data-code=\"" + code + "\"]")).hasCount(0);
        String seededKey = screenshotsOfAClassOf40();
        // the keys went through the address (a teacher link) and cookies, never into the server's log
        assertThat(log.getAll()).contains("Tomcat started on port").doesNotContain(cookie.value)
                .doesNotContain(seededKey);
        assertThat(cspViolations).as("no Content-Security-Policy violation on any page").isEmpty();
        stopApp();
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** 40 students seeded through the service, with every kind of outcome; a teacher link opens the dashboard. */
    private String screenshotsOfAClassOf40() {
        ClassroomService classes = app.getBean(ClassroomService.class);
        Created c = classes.create("/?" + SCENARIO);
        String[] names = {"김민준", "이서연", "박지호", "최수아", "정예준", "강하은", "조도윤", "윤지우", "장시우", "임서윤",
            "Ann", "Ben", "Chloé", "Dmitri", "Emeka", "Fatima", "Gustav", "Hana", "Iris", "Jonas",
            "한지민", "오승현", "서하린", "신유준", "권나은", "황민서", "안태윤", "송채원", "류건우", "전소율",
            "Kai", "Lena", "Mateo", "Noor", "Oskar", "Priya", "Quinn", "Rosa", "Sven", "Tamar"};
        String[][] outcomes = {{"diverged", "diverging"}, {"max_steps", "local-minimum"}, {"max_steps", "oscillating"},
            {"max_steps", "plateau"}, {"converged", "global-minimum"}, {"running", ""}, {"max_steps", "too-slow"},
            {"converged", "global-minimum"}};
        for (int i = 0; i < names.length; i++) {
            Joined j = (Joined) classes.join(c.code(), names[i], "198.51.100." + (i % 3));
            String[] o = outcomes[i % outcomes.length];
            double tx = o[1].equals("local-minimum") ? 0.96 : -1.04;
            StringBuilder path = new StringBuilder("[");
            for (int k = 0; k <= 20; k++) {
                double t = k / 20.0;
                double wobble = o[1].equals("oscillating") ? 0.3 * (k % 2 == 0 ? 1 : -1) * (1 - t) : 0;
                path.append(k == 0 ? "" : ",").append('[').append(1.8 + (tx - 1.8) * t + wobble + 0.01 * i)
                        .append(',').append(1 - t + 0.02 * (i % 7)).append(']');
            }
            path.append(']');
            classes.seen(j.ticket(), i % 9 != 0, false, false);
            double lr = 0.01 + 0.03 * (i % 10);
            classes.report(j.ticket(), new Report(1, o[0], o[0].equals("running") ? 80 : 200, 200,
                    o[1].equals("diverging") ? Double.POSITIVE_INFINITY : 0.3 - 0.01 * i, lr, "sgd", o[1],
                    !o[0].equals("running"), path.toString(), SCENARIO.replace("lr=0.05", "lr=" + lr)));
        }
        List<Long> ids = classes.snapshot(classes.teacher(c.code(), c.key()).orElseThrow()).students().stream()
                .limit(3).map(st -> st.id()).toList();
        classes.setSnapshot(c.code(), c.key(), ids);
        page.navigate(url("/class/" + c.code() + "?key=" + c.key() + "&lang=en"));
        assertThat(page.locator("#students tbody tr")).hasCount(40);
        assertThat(page).hasURL(Pattern.compile(".*/class/" + c.code() + "\\?lang=en$"));
        for (String lang : List.of("en", "ko")) {
            for (String view : List.of("", "/projector")) {
                page.navigate(url("/class/" + c.code() + view + "?lang=" + lang));
                assertThat(page.locator(view.isEmpty() ? "#students tbody tr" : ".gdp-projector-student"))
                        .hasCount(40);
                for (int width : new int[] {1366, 1920}) {
                    page.setViewportSize(width, width == 1920 ? 1080 : 768);
                    page.waitForTimeout(700);
                    Path file = SCREENSHOTS.resolve("classroom-40" + (view.isEmpty() ? "-dashboard" : "-projector")
                            + "-" + lang + "-" + width + ".png");
                    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
                }
            }
        }
        page.setViewportSize(1366, 768);
        return c.key();
    }
}
