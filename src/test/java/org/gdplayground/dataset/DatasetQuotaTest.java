package org.gdplayground.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/** Upload quotas, the storage cap and retention, on a fresh in-memory database and a clock moved by hand. */
class DatasetQuotaTest {

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final JdbcClient jdbc;

    DatasetQuotaTest() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:datasets-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(ds);
    }

    DatasetService service(int filesPerHour, long bytesPerHour, long maxStored) {
        return new DatasetService(jdbc, new CsvDataParser(DataLimits.defaults()), new DatasetQuota(filesPerHour,
                DataSize.ofBytes(bytesPerHour), DataSize.ofBytes(maxStored), Duration.ofDays(7), Duration.ofHours(1),
                100), clock);
    }

    /** A small valid file; different {@code n} give different content. */
    static byte[] file(int n) {
        StringBuilder s = new StringBuilder("x,y\n");
        for (int i = 1; i <= 5; i++) {
            s.append(i).append(',').append(2 * i + (i == 3 ? n * 0.001 : 0)).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aClientsFilesOfTheHourAreCountedAndRefillWithTheClock() throws Exception {
        DatasetService s = service(2, 1_000_000, 1_000_000_000);
        assertThat(s.upload(file(1), "address:10.0.0.1").created()).isTrue();
        assertThat(s.upload(file(2), "address:10.0.0.1").created()).isTrue();
        // storing what is already there is free
        assertThat(s.upload(file(1), "address:10.0.0.1").created()).isFalse();
        assertThatThrownBy(() -> s.upload(file(3), "address:10.0.0.1"))
                .isInstanceOfSatisfying(UploadRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(UploadRefused.Reason.QUOTA);
                    assertThat(e.retryAfterSeconds()).isEqualTo(1800); // 2 per hour: one every 30 minutes
                });
        // another client (another student's browser session) has its own quota
        assertThat(s.upload(file(3), "session:abc").created()).isTrue();
        clock.advance(Duration.ofMinutes(30));
        assertThat(s.upload(file(4), "address:10.0.0.1").created()).isTrue();
    }

    @Test
    void aClientsBytesOfTheHourAreCounted() throws Exception {
        int size = new String(file(1), StandardCharsets.UTF_8).length();
        DatasetService s = service(100, size * 3L / 2, 1_000_000_000);
        s.upload(file(1), "address:10.0.0.2");
        assertThatThrownBy(() -> s.upload(file(2), "address:10.0.0.2"))
                .isInstanceOfSatisfying(UploadRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(UploadRefused.Reason.QUOTA));
    }

    @Test
    void fullStorageRefusesNewDataSetsButNotKnownOnes() throws Exception {
        int size = new String(file(1), StandardCharsets.UTF_8).length();
        DatasetService s = service(100, 1_000_000, size * 3L / 2);
        String id = s.upload(file(1), "address:10.0.0.3").info().id();
        assertThat(s.storedBytes()).isPositive().isLessThanOrEqualTo(size * 3L / 2);
        assertThatThrownBy(() -> s.upload(file(2), "address:10.0.0.4"))
                .isInstanceOfSatisfying(UploadRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(UploadRefused.Reason.FULL);
                    assertThat(e.retryAfterSeconds()).isEqualTo(Duration.ofDays(7).toSeconds());
                });
        assertThat(s.upload(file(1), "address:10.0.0.4").info().id()).isEqualTo(id);
    }

    @Test
    void expiredDataSetsAreDeletedForRealAndARepeatedUploadRenewsOne() throws Exception {
        DatasetService s = service(100, 1_000_000, 1_000_000_000);
        String old = s.upload(file(1), "address:10.0.0.5").info().id();
        long first = s.storedBytes();
        String renewed = s.upload(file(2), "address:10.0.0.5").info().id();
        long second = s.storedBytes() - first;
        assertThat(second).isPositive();
        clock.advance(Duration.ofDays(6));
        s.upload(file(2), "address:10.0.0.5");
        assertThat(s.deleteExpired()).isZero();
        clock.advance(Duration.ofDays(1).plusSeconds(1));

        assertThat(s.deleteExpired()).isEqualTo(1);
        assertThat(s.info(old)).isEmpty();
        assertThat(s.find(old)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM datasets WHERE id = :id").param("id", old).query(Integer.class)
                .single()).isZero();
        assertThat(s.info(renewed)).isPresent();
        assertThat(s.storedBytes()).isEqualTo(second);
    }
}
