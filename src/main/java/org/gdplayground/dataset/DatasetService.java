package org.gdplayground.dataset;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.gdplayground.engine.function.RegressionProblem;
import org.gdplayground.engine.function.UploadedData;
import org.gdplayground.scenario.DataLookup;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Uploaded data sets: checks a file ({@link CsvDataParser}), fits it ({@link LeastSquaresFit}), keeps it in the
 * database by content hash, and finds it again as an engine data problem for {@code fn=data&data=<id>}. Data sets
 * never change once stored, so a few recently used ones are kept in memory.
 *
 * <p>Storage is bounded ({@link DatasetQuota}): each client may store so many new data sets and bytes per hour
 * (Bucket4j token buckets on the application's clock), all data sets together so many bytes, and a data set is
 * deleted {@code retention} after its last upload ({@link #deleteExpired}, called on a schedule by
 * {@link DatasetRetention}).
 */
@Service
public class DatasetService implements DataLookup {

    /**
     * What the page and the API show of a data set.
     *
     * @param startLr  the learning rate a run on it starts with: 0.9 × 2/L rounded down (engine
     *                 {@code StableStart}), L the largest eigenvalue of its least-squares Hessian; NaN when none
     * @param twoOverL 2/L itself
     */
    public record Info(String id, int rows, int features, List<String> columns, List<Double> leastSquares,
            double startLr, double twoOverL) {
        public Info {
            columns = List.copyOf(columns);
            leastSquares = List.copyOf(leastSquares);
        }
    }

    /** An upload's outcome: the data set and whether this upload stored it (false: it was there already). */
    public record Stored(Info info, boolean created) {
    }

    private record Cached(Info info, RegressionProblem problem) {
    }

    /** One client's hourly quota: new data sets and their bytes. */
    private record Quota(Bucket files, Bucket bytes) {
    }

    private static final Logger log = LoggerFactory.getLogger(DatasetService.class);
    private static final int CACHE = 32;

    private final JdbcClient jdbc;
    private final CsvDataParser parser;
    /** Reads stored (canonical, already checked) content: limits lowered later do not lock old links out. */
    private final CsvDataParser storedParser = new CsvDataParser(new DataLimits(Integer.MAX_VALUE / 2,
            Integer.MAX_VALUE / 2, 1_000));
    private final Map<String, Cached> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHE;
        }
    };

    private final DatasetQuota quota;
    private final Clock clock;
    private final TimeMeter time;
    private final Map<String, Quota> quotas;
    /** Characters of all stored content (≈ bytes: canonical content is mostly ASCII); -1 until counted. */
    private final AtomicLong storedBytes = new AtomicLong(-1);

    public DatasetService(JdbcClient jdbc, CsvDataParser parser, DatasetQuota quota, Clock clock) {
        this.jdbc = jdbc;
        this.parser = parser;
        this.quota = quota;
        this.clock = clock;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        int max = quota.maxClients();
        this.quotas = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Quota> eldest) {
                return size() > max;
            }
        };
    }

    public DatasetQuota quota() {
        return quota;
    }

    public DataLimits limits() {
        return parser.limits();
    }

    /**
     * Reads at most the size limit plus one byte, so a too-large body is refused without being held whole.
     *
     * @throws CsvProblem when the stream is longer than the limit
     */
    public byte[] readLimited(InputStream in) throws IOException, CsvProblem {
        byte[] bytes = in.readNBytes(limits().maxBytes() + 1);
        if (bytes.length > limits().maxBytes()) {
            long total = bytes.length + in.transferTo(java.io.OutputStream.nullOutputStream());
            throw CsvProblem.file(CsvProblem.Code.TOO_LARGE, Integer.toString(limits().maxBytes()),
                    Long.toString(total));
        }
        return bytes;
    }

    /**
     * Checks, fits and stores a file for {@code client} (e.g. {@code "session:…"} for a page, {@code "address:…"}
     * for the API); the same content always gives the same id. Storing content that is already there costs no quota
     * and starts its retention again.
     *
     * @throws UploadRefused when the client has stored its quota of the hour or the stored data sets are full
     */
    public Stored upload(byte[] bytes, String client) throws CsvProblem, UploadRefused {
        ParsedData data = parser.parse(bytes);
        Cached entry = entry(data);
        boolean created;
        String sha = CsvDataParser.sha256(data.canonical());
        Timestamp now = Timestamp.from(clock.instant());
        if (exists(data.id())) {
            touch(data.id(), now);
            created = false;
        } else {
            long size = data.canonical().length();
            if (storedBytes() + size > quota.maxStored().toBytes()) {
                throw new UploadRefused(UploadRefused.Reason.FULL, secondsUntilOldestExpires());
            }
            spend(client, size);
            try {
                jdbc.sql("INSERT INTO datasets (id, sha256, content, row_count, feature_count, created_at) "
                        + "VALUES (:id, :sha, :content, :rows, :features, :created)")
                        .param("id", data.id())
                        .param("sha", sha)
                        .param("content", data.canonical())
                        .param("rows", data.rows())
                        .param("features", data.features())
                        .param("created", now)
                        .update();
                storedBytes.getAndUpdate(b -> b < 0 ? b : b + size);
                created = true;
            } catch (DuplicateKeyException raced) {
                created = false;
            }
        }
        remember(data.id(), entry);
        return new Stored(entry.info(), created);
    }

    /**
     * Deletes every data set last uploaded more than {@code retention} ago (rows and the memory cache); a link to
     * one then answers "unknown data set".
     *
     * @return how many were deleted
     */
    public int deleteExpired() {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(quota.retention()));
        List<String> ids = jdbc.sql("SELECT id FROM datasets WHERE created_at < :cutoff").param("cutoff", cutoff)
                .query(String.class).list();
        if (ids.isEmpty()) {
            return 0;
        }
        int deleted = jdbc.sql("DELETE FROM datasets WHERE created_at < :cutoff").param("cutoff", cutoff).update();
        synchronized (cache) {
            ids.forEach(cache::remove);
        }
        storedBytes.set(-1);
        log.info("deleted {} data sets uploaded before {}", deleted, cutoff.toInstant());
        return deleted;
    }

    /** Characters of all stored data sets (counted once, then kept up to date). */
    public long storedBytes() {
        long b = storedBytes.get();
        if (b < 0) {
            Long sum = jdbc.sql("SELECT COALESCE(SUM(LENGTH(content)), 0) FROM datasets").query(Long.class).single();
            b = sum == null ? 0 : sum;
            storedBytes.compareAndSet(-1, b);
        }
        return b;
    }

    private void touch(String id, Timestamp now) {
        try {
            jdbc.sql("UPDATE datasets SET created_at = :now WHERE id = :id").param("now", now).param("id", id)
                    .update();
        } catch (DataAccessException e) {
            log.warn("could not renew data set {}: {}", id, e.toString());
        }
    }

    /** Spends one file and {@code size} bytes of the client's hour, or neither. */
    private void spend(String client, long size) throws UploadRefused {
        Quota q;
        synchronized (quotas) {
            q = quotas.computeIfAbsent(client, k -> new Quota(
                    bucket(quota.uploadsPerHour()), bucket(quota.uploadBytesPerHour().toBytes())));
        }
        synchronized (q) {
            EstimationProbe files = q.files().estimateAbilityToConsume(1);
            EstimationProbe bytes = q.bytes().estimateAbilityToConsume(size);
            if (!files.canBeConsumed() || !bytes.canBeConsumed()) {
                long wait = Math.max(files.canBeConsumed() ? 0 : files.getNanosToWaitForRefill(),
                        bytes.canBeConsumed() ? 0 : bytes.getNanosToWaitForRefill());
                long seconds = wait >= Long.MAX_VALUE / 2 ? 3600 : (wait + 999_999_999L) / 1_000_000_000L;
                throw new UploadRefused(UploadRefused.Reason.QUOTA, Math.min(3600, seconds));
            }
            q.files().tryConsume(1);
            q.bytes().tryConsume(size);
        }
    }

    private Bucket bucket(long perHour) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                .withCustomTimePrecision(time)
                .build();
    }

    /** When the oldest data set expires (at least a minute from now): a fair Retry-After for a full store. */
    private long secondsUntilOldestExpires() {
        Timestamp oldest = jdbc.sql("SELECT MIN(created_at) FROM datasets").query(Timestamp.class).optional()
                .orElse(null);
        if (oldest == null) {
            return 60;
        }
        Instant expires = oldest.toInstant().plus(quota.retention());
        long seconds = Duration.between(clock.instant(), expires).toSeconds();
        return Math.max(60, seconds);
    }

    /** The data set's description, or empty for an unknown id. */
    public Optional<Info> info(String id) {
        return load(id).map(Cached::info);
    }

    @Override
    public Optional<RegressionProblem> find(String id) {
        return load(id).map(Cached::problem);
    }

    private boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM datasets WHERE id = :id").param("id", id).query(Integer.class)
                .single() > 0;
    }

    private Optional<Cached> load(String id) {
        if (!CsvDataParser.isId(id)) {
            return Optional.empty();
        }
        Cached cached;
        synchronized (cache) {
            cached = cache.get(id);
        }
        if (cached != null) {
            return Optional.of(cached);
        }
        @Nullable String content;
        try {
            content = jdbc.sql("SELECT content FROM datasets WHERE id = :id").param("id", id)
                    .query(String.class).optional().orElse(null);
        } catch (DataAccessException e) {
            log.warn("could not read data set {}: {}", id, e.toString());
            return Optional.empty();
        }
        if (content == null) {
            return Optional.empty();
        }
        try {
            ParsedData data = storedParser.parse(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Cached entry = entry(data);
            remember(id, entry);
            return Optional.of(entry);
        } catch (CsvProblem e) {
            // stored content was checked on upload
            log.warn("stored data set {} is no longer accepted: {}", id, e.getMessage());
            return Optional.empty();
        }
    }

    private static Cached entry(ParsedData data) throws CsvProblem {
        double[] ls = LeastSquaresFit.fit(data);
        RegressionProblem problem;
        try {
            problem = UploadedData.problem(data.x(), data.y());
        } catch (RuntimeException singular) {
            throw new CsvProblem(CsvProblem.Code.COLLINEAR, 0, data.names().get(0), 1, "");
        }
        var start = org.gdplayground.engine.analysis.StableStart.of(problem, problem.defaultStart());
        Info info = new Info(data.id(), data.rows(), data.features(), data.names(),
                Arrays.stream(ls).boxed().toList(), start.lr(), start.twoOverL());
        return new Cached(info, problem);
    }

    private void remember(String id, Cached entry) {
        synchronized (cache) {
            cache.put(id, entry);
        }
    }
}
