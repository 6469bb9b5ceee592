package org.gdplayground.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.function.ExpressionException;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.ParamError.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every exception of an API request into problem details: bad input is a 4xx naming what was wrong, and only a
 * genuine server fault is a 500 — which says so, without a stack trace, and logs it under a reference the answer
 * gives. Applies to the API's controllers only (the page has its own error handling); {@link ApiFallbackController}
 * makes sure every {@code /api/**} request has one of them as its handler.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<byte[]> invalid(InvalidRequestException e, HttpServletRequest request) {
        return problems.invalid(request, e.errors());
    }

    /** 429 or 503 with Retry-After: the client's share is used up or the server's heavy-work queue is full. */
    @ExceptionHandler(ApiShedException.class)
    ResponseEntity<byte[]> shed(ApiShedException e, HttpServletRequest request) {
        return problems.retryLater(request, e.status(), e.type(), e.retryAfterSeconds());
    }

    /** The engine refused a value the parser let through: still the request's fault, reported the same way. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<byte[]> engineParameter(InvalidParameterException e, HttpServletRequest request) {
        log.warn("the engine refused a parameter the parser accepted: {}", e.getMessage());
        return problems.invalid(request,
                List.of(new ParamError(e.field(), e.value(), Kind.OUT_OF_RANGE, e.allowed(), List.of())));
    }

    @ExceptionHandler(ExpressionException.class)
    ResponseEntity<byte[]> expression(ExpressionException e, HttpServletRequest request) {
        log.warn("the engine refused an expression the parser accepted: {}", e.getMessage());
        String found = e.found();
        return problems.invalid(request, List.of(new ParamError("expr", "", Kind.EXPRESSION, e.expected(),
                List.of(Integer.toString(e.position() + 1), found == null ? "" : found, found == null ? "0" : "1"))));
    }

    /** Everything else: Spring's own 4xx (binding, type mismatch, …) and engine refusals stay 4xx; the rest is 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> other(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse er && er.getStatusCode().is4xxClientError()) {
            return clientError(er.getStatusCode(), e, request);
        }
        if (e instanceof TypeMismatchException || e instanceof IllegalArgumentException) {
            return clientError(HttpStatus.BAD_REQUEST, e, request);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("API request {} failed (reference {})", Problems.instance(request), reference, e);
        return problems.of(request, HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_ERROR, new HttpHeaders(),
                reference);
    }

    private ResponseEntity<byte[]> clientError(HttpStatusCode status, Exception e, HttpServletRequest request) {
        log.debug("API request {} refused: {}", Problems.instance(request), e.toString());
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return problems.of(request, HttpStatus.NOT_FOUND, Problems.NOT_FOUND, new HttpHeaders(),
                    Problems.instance(request));
        }
        if (status.value() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
            return ApiFallbackController.methodNotAllowed(problems, request);
        }
        HttpStatus resolved = HttpStatus.resolve(status.value());
        String reason = e instanceof ErrorResponse er && er.getBody().getDetail() != null
                ? er.getBody().getDetail() : String.valueOf(e.getMessage());
        return problems.of(request, resolved == null ? HttpStatus.BAD_REQUEST : resolved, Problems.BAD_REQUEST,
                new HttpHeaders(), reason);
    }
}
