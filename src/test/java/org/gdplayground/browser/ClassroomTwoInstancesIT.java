package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.gdplayground.Application;
import org.gdplayground.classroom.ClassEvents;
import org.gdplayground.classroom.ClassroomService;
import org.gdplayground.classroom.Model.Created;
import org.gdplayground.classroom.Model.Joined;
import org.gdplayground.classroom.PostgresClassEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app instances on one PostgreSQL (as behind a sticky-session proxy): a student who joins on one appears live on
 * the teacher's dashboard served by the other, through LISTEN/NOTIFY. Runs only against PostgreSQL
 * ({@code -Dgdp.test.postgres=true}, set by the {@code postgres-tests} profile).
 */
@Tag("database")
class ClassroomTwoInstancesIT extends BrowserSupport {

    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;

    @AfterEach
    void stop() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {a, b}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0");
    }

    private static int port(ConfigurableApplicationContext c) {
        return Integer.parseInt(c.getEnvironment().getProperty("local.server.port"));
    }

    private static void awaitListening(ConfigurableApplicationContext c) throws InterruptedException {
        ClassEvents events = c.getBean(ClassEvents.class);
        assertThat(events).isInstanceOf(PostgresClassEvents.class);
        Instant until = Instant.now().plusSeconds(20);
        while (!((PostgresClassEvents) events).listening() && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        assertThat(((PostgresClassEvents) events).listening()).isTrue();
    }

    @Test
    void aStudentWhoJoinsOnOneInstanceAppearsOnTheOthersDashboard() throws Exception {
        assumeTrue(Boolean.getBoolean("gdp.test.postgres"), "needs PostgreSQL (-Dgdp.test.postgres=true)");
        a = start();
        b = start();
        awaitListening(a);
        awaitListening(b);

        // the service and event layer: B's join is told to A's subscribers
        ClassroomService onA = a.getBean(ClassroomService.class);
        ClassroomService onB = b.getBean(ClassroomService.class);
        Created c = onA.create("/?fn=sphere&opt=sgd&lr=0.1&steps=40");
        List<ClassEvents.Kind> seenOnA = new CopyOnWriteArrayList<>();
        try (var sub = onA.events().subscribe(c.code(), seenOnA::add)) {
            Joined j = (Joined) onB.join(c.code(), "Bea on B", "198.51.100.7");
            Instant until = Instant.now().plus(Duration.ofSeconds(10));
            while (seenOnA.isEmpty() && Instant.now().isBefore(until)) {
                Thread.sleep(20);
            }
            assertThat(seenOnA).contains(ClassEvents.Kind.JOINED);
            assertThat(onA.snapshot(onA.teacher(c.code(), c.key()).orElseThrow()).students())
                    .extracting(s -> s.nickname()).containsExactly("Bea on B");
            assertThat(j.ticket().code()).isEqualTo(c.code());
        }

        // the real pages: the dashboard on A, a student joining through B's page
        port = port(a);
        page.navigate(url("/class/" + c.code() + "?key=" + c.key() + "&lang=en"));
        assertThat(page.locator("#students tbody tr")).hasCount(1);
        Page student = page.context().browser().newContext().newPage();
        student.navigate("http://localhost:" + port(b) + "/join/" + c.code() + "?lang=en");
        student.locator("#nickname input").fill("Cid via B");
        student.locator("#join").click();
        assertThat(student.locator("#class-badge")).containsText("Cid via B");
        assertThat(page.locator("#students tbody tr")).hasCount(2);
        assertThat(page.locator("#students tbody tr").nth(1).locator("td").first()).hasText("Cid via B");
        // and its result, played on B, reaches A's dashboard
        student.locator("#play").click();
        assertThat(page.locator("#students tbody tr").nth(1)).hasAttribute("data-final", "true");
        assertThat(page.locator("#students tbody tr").nth(1)).hasAttribute("data-status",
                Pattern.compile("max_steps|converged"));
        student.context().close();
    }
}
