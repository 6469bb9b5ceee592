package org.gdplayground.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    public DatasetService(JdbcClient jdbc, CsvDataParser parser) {
        this.jdbc = jdbc;
        this.parser = parser;
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

    /** Checks, fits and stores a file; the same content always gives the same id. */
    public Stored upload(byte[] bytes) throws CsvProblem {
        ParsedData data = parser.parse(bytes);
        Cached entry = entry(data);
        boolean created;
        String sha = CsvDataParser.sha256(data.canonical());
        if (exists(data.id())) {
            created = false;
        } else {
            try {
                jdbc.sql("INSERT INTO datasets (id, sha256, content, row_count, feature_count) "
                        + "VALUES (:id, :sha, :content, :rows, :features)")
                        .param("id", data.id())
                        .param("sha", sha)
                        .param("content", data.canonical())
                        .param("rows", data.rows())
                        .param("features", data.features())
                        .update();
                created = true;
            } catch (DuplicateKeyException raced) {
                created = false;
            }
        }
        remember(data.id(), entry);
        return new Stored(entry.info(), created);
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
