package org.gdplayground.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.gdplayground.dataset.CsvProblem;
import org.gdplayground.dataset.DatasetQuota;
import org.gdplayground.dataset.DatasetService;
import org.gdplayground.dataset.UploadRefused;
import org.gdplayground.system.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Your own data: {@code POST /api/v1/datasets} with a CSV body ({@code text/csv}) checks, fits and stores it and
 * answers {@code {id, rows, features, leastSquares, columns, link}} — 201 the first time, 200 when the same content
 * was stored before; {@code GET /api/v1/datasets/{id}} describes a stored one. A bad file is a 400 problem
 * ({@code invalid-data}) whose {@code errors} name the row and column. Past the uploading address's hourly quota
 * the answer is 429 ({@code upload-quota}), when stored data sets are full 507 ({@code storage-full}), both with
 * {@code Retry-After} ({@link DatasetQuota}).
 */
@RestController
@RequestMapping("/api/v1")
class DatasetController {

    static final String INVALID_DATA = "invalid-data";

    /** The answer for a data set. */
    record DatasetView(String id, int rows, int features, List<Double> leastSquares, List<String> columns,
            String link) {
    }

    /** One problem of a file: where (row = line number, header = 1; 0 for the whole file) and what. */
    record DataErrorView(int row, @Nullable String column, int columnNumber, String value, String code,
            String message) {
    }

    record DataProblemView(String type, String title, int status, String detail, String instance,
            List<DataErrorView> errors) {
    }

    private final ObjectProvider<DatasetService> datasets;
    private final Messages messages;
    private final Problems problems;

    DatasetController(ObjectProvider<DatasetService> datasets, Messages messages, Problems problems) {
        this.datasets = datasets;
        this.messages = messages;
        this.problems = problems;
    }

    /** Body types taken as CSV text (the bytes must be UTF-8 whatever charset the header names). */
    static final List<String> CSV_TYPES = List.of("text/csv", "application/csv", "text/plain");

    @PostMapping("/datasets")
    ResponseEntity<byte[]> upload(HttpServletRequest request) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType();
        String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!CSV_TYPES.contains(bare)) {
            Locale locale = ApiLanguage.of(request);
            return problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    messages.getTranslation("data.api.mediaType.title", locale),
                    messages.getTranslation("data.api.mediaType", locale, type.isEmpty() ? "-" : type), List.of());
        }
        DatasetService service = datasets.getObject();
        try {
            byte[] body = service.readLimited(request.getInputStream());
            DatasetService.Stored stored = service.upload(body, "address:" + ClientId.of(request));
            DatasetView view = view(stored.info());
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.LOCATION, "/api/v1/datasets/" + view.id());
            return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK)
                    .headers(headers)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(ApiJson.write(view));
        } catch (CsvProblem e) {
            return invalid(request, e);
        } catch (UploadRefused e) {
            DatasetQuota q = service.quota();
            if (e.reason() == UploadRefused.Reason.FULL) {
                return problems.retryLater(request, HttpStatus.INSUFFICIENT_STORAGE, Problems.STORAGE_FULL,
                        e.retryAfterSeconds(), q.maxStored().toMegabytes());
            }
            return problems.retryLater(request, HttpStatus.TOO_MANY_REQUESTS, Problems.UPLOAD_QUOTA,
                    e.retryAfterSeconds(), q.uploadsPerHour(), q.uploadBytesPerHour().toMegabytes());
        }
    }

    @GetMapping("/datasets/{id}")
    ResponseEntity<byte[]> get(@PathVariable String id, HttpServletRequest request) {
        return datasets.getObject().info(id)
                .map(info -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .body(ApiJson.write(view(info))))
                .orElseGet(() -> problems.of(request, HttpStatus.NOT_FOUND, Problems.NOT_FOUND, new HttpHeaders(),
                        Problems.instance(request)));
    }

    private static DatasetView view(DatasetService.Info info) {
        return new DatasetView(info.id(), info.rows(), info.features(), info.leastSquares(), info.columns(),
                "/?fn=data&data=" + info.id());
    }

    private ResponseEntity<byte[]> invalid(HttpServletRequest request, CsvProblem e) {
        Locale locale = ApiLanguage.of(request);
        String message = e.message(messages, locale);
        DataErrorView error = new DataErrorView(e.row(), e.column(), e.columnNumber(), e.value(), e.code().key(),
                message);
        return problem(request, HttpStatus.BAD_REQUEST, INVALID_DATA, messages.getTranslation("data.api.title", locale),
                message, List.of(error));
    }

    private static ResponseEntity<byte[]> problem(HttpServletRequest request, HttpStatus status, String type,
            String title, String detail, List<DataErrorView> errors) {
        Locale locale = ApiLanguage.of(request);
        DataProblemView body = new DataProblemView(Problems.TYPE_BASE + type, title, status.value(), detail,
                Problems.instance(request), errors);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .body(ApiJson.write(body));
    }
}
