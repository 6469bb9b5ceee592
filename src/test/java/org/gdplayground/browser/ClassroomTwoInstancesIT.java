package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gdplayground.Application;
import org.gdplayground.classroom.ClassEvents;
import org.gdplayground.classroom.ClassroomService;
import org.gdplayground.classroom.PostgresClassEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two app instances on one PostgreSQL, as behind a sticky-session proxy, in real browsers: instance A is this JVM's
 * Spring application (as in {@link ClassroomIT}), instance B is the production jar ({@code mvn package} builds it
 * before the integration tests) started as a separate JVM process. The teacher creates a class on A and keeps A's
 * dashboard open; a student joins on B and plays; A's dashboard shows the student's row, then the final loss B's API
 * computes for that scenario. The teacher's pause and a new scenario sent on A reach the student's page on B. All of it
 * crosses instances only through the database (shared tables and LISTEN/NOTIFY). Runs only against PostgreSQL
 * ({@code -Dgdp.test.postgres=true}, set by the {@code postgres-tests} profile) and only when the jar exists.
 */
@Tag("database")
class ClassroomTwoInstancesIT extends BrowserSupport {

    private static final String SCENARIO = "fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=60";
    private static final String STUDENT = "Bea on B";
    private static final String LR = "0.3";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Path B_LOG = Paths.get("target", "two-instances-b.log");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConfigurableApplicationContext a;
    private Process b;

    @AfterEach
    void stopInstances() {
        if (a != null) {
            a.close();
            a = null;
        }
        if (b != null) {
            stop(b);
            b = null;
        }
    }

    @Test
    void aStudentWhoJoinsOnInstanceBAppearsOnTheDashboardOfInstanceA() throws Exception {
        assumeTrue(Boolean.getBoolean("gdp.test.postgres"), "needs PostgreSQL (-Dgdp.test.postgres=true)");
        Path jar = productionJar();
        assumeTrue(jar != null, "no production jar target/gradient-descent-playground-*.jar: run through "
                + "`./mvnw verify` (package builds it before the integration tests), not from an IDE");

        // B: the production jar in its own JVM; A: this JVM (started meanwhile)
        int portB = freePort();
        b = startJar(jar, portB);
        a = new SpringApplicationBuilder(Application.class).run("--server.port=0");
        port = Integer.parseInt(a.getEnvironment().getProperty("local.server.port"));
        ClassEvents eventsA = a.getBean(ClassEvents.class);
        assertThat(eventsA).isInstanceOf(PostgresClassEvents.class);
        awaitListening((PostgresClassEvents) eventsA);
        awaitHealthy(b, portB);
        String base = "http://127.0.0.1:" + portB;

        // the teacher creates the class on A and sends a scenario; A's dashboard stays open
        page.navigate(url("/class?lang=en"));
        page.locator("#create-class").click();
        page.waitForURL(Pattern.compile(".*/class/[A-Z0-9]{6}(\\?.*)?$"));
        String code = page.locator("#class-code").textContent().trim();
        // the key lives in this browser's HttpOnly cookie, never in the address
        String key = page.context().cookies().stream().filter(k -> k.name.equals("gdp-teacher-" + code))
                .findFirst().orElseThrow().value;
        page.locator("#class-scenario input").fill(url("/?" + SCENARIO));
        page.locator("#send-scenario").click();
        assertThat(page.locator("#class-scenario-note")).containsText("Sent");
        assertThat(page.locator("#students tbody tr")).hasCount(0);
        List<ClassEvents.Kind> seenOnA = new CopyOnWriteArrayList<>();
        ClassroomService classesA = a.getBean(ClassroomService.class);

        try (var sub = classesA.events().subscribe(code, seenOnA::add)) {
            // a student joins on B, in a browser context of their own
            BrowserContext studentContext = page.context().browser().newContext(new Browser.NewContextOptions()
                    .setViewportSize(1366, 900).setLocale("en-US"));
            studentContext.setDefaultTimeout(30_000);
            Page student = studentContext.newPage();
            student.navigate(base + "/join/" + code + "?lang=en");
            student.locator("#nickname input").fill(STUDENT);
            student.locator("#join").click();
            assertThat(student.locator("#class-badge")).hasText("Class " + code + " · " + STUDENT);
            assertThat(student.url()).startsWith(base);

            // A's dashboard shows them, told by B through PostgreSQL (no reload of A's page)
            Locator row = page.locator("#students tbody tr", new Page.LocatorOptions().setHasText(STUDENT));
            assertThat(page.locator("#students tbody tr")).hasCount(1);
            assertThat(row.locator("td.gdp-class-name")).hasText(STUDENT);

            // the student plays on B; A's dashboard shows the result, the final loss B's API gives for the scenario
            Locator lrField = student.locator("#lr input");
            lrField.fill(LR);
            lrField.press("Enter");
            student.waitForURL(Pattern.compile(".*lr=" + Pattern.quote(LR) + "(&.*|$)"));
            student.locator("#speed").click();
            student.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("As fast as possible"))
                    .click();
            student.locator("#play").click();
            assertThat(student.locator("#status")).hasAttribute("data-state",
                    Pattern.compile("max_steps|converged|diverged"));
            assertThat(row).hasAttribute("data-final", "true");
            assertThat(row).hasAttribute("data-status", Pattern.compile("max_steps|converged|diverged"));
            double expected = apiFinalLoss(student, base, SCENARIO.replace("lr=0.1", "lr=" + LR));
            assertThat(Double.parseDouble(row.getAttribute("data-loss"))).isEqualTo(expected);
            assertThat(Double.parseDouble(row.getAttribute("data-lr"))).isEqualTo(Double.parseDouble(LR));
            screenshot("two-instances-dashboard-on-a");

            // the same through A's service and events: B's join and reports arrived as LISTEN/NOTIFY events (the
            // dashboard also re-reads the database every few seconds, so its rows alone would not prove the events)
            assertThat(seenOnA).contains(ClassEvents.Kind.JOINED, ClassEvents.Kind.PROGRESS);
            var students = classesA.snapshot(classesA.teacher(code, key).orElseThrow()).students();
            assertThat(students).extracting(s -> s.nickname()).containsExactly(STUDENT);
            assertThat(students.get(0).latest().loss()).isEqualTo(expected);

            // the teacher pauses the class on A: the student's page on B says so, and B's server holds its Play
            page.locator("#pause-all").click();
            assertThat(page.locator("#pause-all")).hasAttribute("data-paused", "true");
            assertThat(student.locator("#class-notice")).isVisible();
            assertThat(student.locator("#class-notice")).containsText("paused");
            assertThat(row).hasAttribute("data-presence", "paused");
            lrField.fill("1.2");
            lrField.press("Enter");
            student.waitForURL(Pattern.compile(".*lr=1\\.2(&.*|$)"));
            student.locator("#play").click();
            student.waitForTimeout(1500);
            assertThat(row).hasAttribute("data-lr", Double.toString(Double.parseDouble(LR)));
            page.locator("#pause-all").click();
            assertThat(page.locator("#pause-all")).hasAttribute("data-paused", "false");
            assertThat(student.locator("#class-notice")).isHidden();

            // resumed, the run diverges on B and A flags the student as needing help
            student.locator("#play").click();
            assertThat(student.locator("#status")).hasAttribute("data-state", Pattern.compile("diverged|max_steps"));
            assertThat(row).hasAttribute("data-outcome", "diverging");
            assertThat(page.locator("#needs-help")).hasAttribute("data-count", "1");

            // a new scenario sent on A is offered on B
            page.locator("#class-scenario input").fill(url("/?" + SCENARIO.replace("steps=60", "steps=30")));
            page.locator("#send-scenario").click();
            assertThat(student.locator("#class-new-scenario")).isVisible();
            student.locator("#class-new-scenario").click();
            student.waitForURL(Pattern.compile(".*steps=30(&.*|$)"));
            assertThat(student.url()).startsWith(base);
            studentContext.close();
        }
    }

    private static double apiFinalLoss(Page p, String base, String query) {
        JsonNode records = JSON.readTree(p.request().get(base + "/api/v1/trajectory?" + query).text()).get("records");
        return records.get(records.size() - 1).get("loss").asDouble();
    }

    /** target/gradient-descent-playground-*.jar (the repackaged one, not *.jar.original), or null. */
    private static Path productionJar() throws IOException {
        Path target = Paths.get("target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("gradient-descent-playground-.*\\.jar"))
                    .findFirst().orElse(null);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts the jar on 127.0.0.1:port on the same database as this JVM; its output goes to target/. */
    private static Process startJar(Path jar, int port) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--server.address=127.0.0.1"));
        for (String p : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password")) {
            String v = System.getProperty(p);
            if (v != null) {
                cmd.add("--" + p + "=" + v);
            }
        }
        Files.createDirectories(B_LOG.getParent());
        return new ProcessBuilder(cmd).directory(Paths.get("target").toFile()).redirectErrorStream(true)
                .redirectOutput(B_LOG.toFile()).start();
    }

    private static void awaitHealthy(Process p, int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant until = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(until)) {
            if (!p.isAlive()) {
                fail("instance B (the jar) exited with " + p.exitValue() + "; log: " + B_LOG.toAbsolutePath()
                        + "\n" + tail());
            }
            try {
                HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("instance B (the jar) not healthy within " + START_TIMEOUT + "; log: " + B_LOG.toAbsolutePath()
                + "\n" + tail());
    }

    private static String tail() {
        try {
            List<String> lines = Files.readAllLines(B_LOG);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void awaitListening(PostgresClassEvents events) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        while (!events.listening() && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        assertThat(events.listening()).isTrue();
    }

    /** Stops the process and its descendants: politely first, then forcibly. */
    private static void stop(Process p) {
        List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
        all.add(p.toHandle());
        all.forEach(ProcessHandle::destroy);
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
