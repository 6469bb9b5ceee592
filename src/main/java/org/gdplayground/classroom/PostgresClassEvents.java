package org.gdplayground.classroom;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events through PostgreSQL's LISTEN/NOTIFY, so they reach the pages of every app instance sharing the database: a
 * publish is {@code pg_notify('gdp_class', 'CODE KIND')}; one listener thread per instance holds its own connection,
 * LISTENs, and hands what arrives to this instance's subscribers (its own notifications included). A lost connection
 * is reopened after a second.
 */
public class PostgresClassEvents extends LocalClassEvents implements AutoCloseable {

    static final String CHANNEL = "gdp_class";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresClassEvents.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Thread listener;
    private volatile boolean running = true;
    private volatile boolean listening;

    public PostgresClassEvents(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.listener = Thread.ofPlatform().daemon().name("gdp-class-events").start(this::listen);
    }

    @Override
    public void publish(String code, Kind kind) {
        jdbc.queryForList("SELECT pg_notify(?, ?)", CHANNEL, code + " " + kind.name());
    }

    /** Whether the listener connection is open and LISTENing (tests wait for it). */
    public boolean listening() {
        return listening;
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                listening = true;
                while (running) {
                    PGNotification[] got = pg.getNotifications(500);
                    if (got == null) {
                        continue;
                    }
                    for (PGNotification n : got) {
                        deliver(n.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    LOG.warn("class events: listener connection lost, reopening in 1 s ({})", e.toString());
                    sleep();
                }
            }
        }
        listening = false;
    }

    private void deliver(String payload) {
        int space = payload.indexOf(' ');
        if (space <= 0) {
            return;
        }
        try {
            dispatch(payload.substring(0, space), Kind.valueOf(payload.substring(space + 1).toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException ignored) {
            // not ours
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        listener.interrupt();
        try {
            listener.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
