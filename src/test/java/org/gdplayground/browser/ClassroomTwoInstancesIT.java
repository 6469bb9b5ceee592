package org.gdplayground.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gdplayground.Application;
import org.gdplayground.classroom.ClassEvents;
import org.gdplayground.classroom.ClassroomService;
import org.gdplayground.classroom.Model.Created;
import org.gdplayground.classroom.Model;
import org.gdplayground.classroom.Model.Joined;
import org.gdplayground.classroom.PostgresClassEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app instances (two Spring contexts with their web servers on random ports) on one PostgreSQL, as behind a
 * sticky-session proxy: a student who joins on one, and their result, reach the other's dashboard events and data
 * through LISTEN/NOTIFY and the shared tables; the teacher's pause reaches the other instance's students. Runs only against PostgreSQL
 * ({@code -Dgdp.test.postgres=true}, set by the {@code postgres-tests} profile).
 */
@Tag("database")
class ClassroomTwoInstancesIT {

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

        // the other way and with results: a result reported on B reaches A; the teacher's pause on A reaches B
        List<ClassEvents.Kind> seenOnB = new CopyOnWriteArrayList<>();
        seenOnA.clear();
        try (var subA = onA.events().subscribe(c.code(), seenOnA::add);
                var subB = onB.events().subscribe(c.code(), seenOnB::add)) {
            Joined cid = (Joined) onB.join(c.code(), "Cid", "198.51.100.8");
            assertThat(onB.report(cid.ticket(), new Model.Report(1, "max_steps", 40, 40, 0.125, 0.1, "sgd", "",
                    true, "[[-3,4],[0,0]]"))).isTrue();
            assertThat(onA.setPaused(c.code(), c.key(), true)).isTrue();
            Instant until = Instant.now().plus(Duration.ofSeconds(10));
            while ((!seenOnA.contains(ClassEvents.Kind.PROGRESS) || !seenOnB.contains(ClassEvents.Kind.PAUSE))
                    && Instant.now().isBefore(until)) {
                Thread.sleep(20);
            }
            assertThat(seenOnA).contains(ClassEvents.Kind.JOINED, ClassEvents.Kind.PROGRESS);
            assertThat(seenOnB).contains(ClassEvents.Kind.PAUSE);
            var students = onA.snapshot(onA.teacher(c.code(), c.key()).orElseThrow()).students();
            assertThat(students).extracting(s -> s.nickname()).containsExactly("Bea on B", "Cid");
            assertThat(students.get(1).latest().loss()).isEqualTo(0.125);
            assertThat(onB.current(cid.ticket()).orElseThrow().paused()).isTrue();
        }
    }
}
