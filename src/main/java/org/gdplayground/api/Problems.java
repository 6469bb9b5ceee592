package org.gdplayground.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.system.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details ({@code application/problem+json}) in the request's language: {@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance}, and an {@code errors} array naming every bad
 * parameter with its value, what is allowed, a code and a sentence. Written by the API's own JSON writer, so the
 * shape does not depend on which message converters the application registers.
 */
@Component
class Problems {

    /** Problem types, relative to the API: {@code /api/v1/problems/<name>} (documented in docs/api.md#errors). */
    static final String INVALID_PARAMETERS = "invalid-parameters";
    static final String BAD_REQUEST = "bad-request";
    static final String NOT_FOUND = "not-found";
    static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    static final String INTERNAL_ERROR = "internal-error";
    static final String REQUEST_TOO_LARGE = "request-too-large";
    /** 429: this client has used its share for now (docs/operations.md#fair-under-load). */
    static final String TOO_MANY_REQUESTS = "too-many-requests";
    /** 503: the server's heavy-work queue is full. */
    static final String SERVER_BUSY = "server-busy";
    /** 429: this client has uploaded its files or bytes of the hour. */
    static final String UPLOAD_QUOTA = "upload-quota";
    /** 507: stored data sets fill their space. */
    static final String STORAGE_FULL = "storage-full";
    static final String TYPE_BASE = "/api/v1/problems/";

    /** One bad parameter. */
    record ErrorView(String param, String value, String allowed, String code, String message) {
    }

    /** The problem document. */
    record ProblemView(String type, String title, int status, String detail, String instance,
            List<ErrorView> errors) {
    }

    private final Messages messages;

    Problems(Messages messages) {
        this.messages = messages;
    }

    /** 400 naming every bad parameter. */
    ResponseEntity<byte[]> invalid(HttpServletRequest request, List<ParamError> errors) {
        Locale locale = ApiLanguage.of(request);
        List<ErrorView> views = errors.stream().map(e -> new ErrorView(e.param(), e.value(), e.allowed(),
                e.kind().key(), e.apiMessage(messages, locale))).toList();
        List<String> names = errors.stream().map(ParamError::param).distinct()
                .map(n -> n.isEmpty() ? "\"\"" : n).toList();
        String detail = messages.getTranslation("api.problem." + INVALID_PARAMETERS + ".detail", locale,
                names.size(), String.join(", ", names));
        return problem(request, HttpStatus.BAD_REQUEST, INVALID_PARAMETERS, detail, views, new HttpHeaders());
    }

    /** A problem of the given type; {@code detailArgs} fill the type's detail message. */
    ResponseEntity<byte[]> of(HttpServletRequest request, HttpStatus status, String type, HttpHeaders headers,
            Object... detailArgs) {
        Locale locale = ApiLanguage.of(request);
        String detail = messages.getTranslation("api.problem." + type + ".detail", locale, detailArgs);
        return problem(request, status, type, detail, List.of(), headers);
    }

    /** A refusal that says when to come back: {@code Retry-After} in seconds, also given to the detail as {0}. */
    ResponseEntity<byte[]> retryLater(HttpServletRequest request, HttpStatusCode status, String type,
            long retryAfterSeconds, Object... detailArgs) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        Object[] args = new Object[detailArgs.length + 1];
        args[0] = retryAfterSeconds;
        System.arraycopy(detailArgs, 0, args, 1, detailArgs.length);
        HttpStatus resolved = HttpStatus.resolve(status.value());
        return of(request, resolved == null ? HttpStatus.SERVICE_UNAVAILABLE : resolved, type, headers, args);
    }

    private ResponseEntity<byte[]> problem(HttpServletRequest request, HttpStatus status, String type,
            String detail, List<ErrorView> errors, HttpHeaders headers) {
        Locale locale = ApiLanguage.of(request);
        String title = messages.getTranslation("api.problem." + type + ".title", locale);
        ProblemView body = new ProblemView(TYPE_BASE + type, title, status.value(), detail, instance(request),
                errors);
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .body(ApiJson.write(body));
    }

    /** The request's path (not its query, which may be long or hold whatever was typed). */
    static String instance(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri == null ? "" : uri;
    }
}
