package org.gdplayground.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every {@code /api/**} request no endpoint takes: 404 problem details for an unknown path, 405 (with {@code Allow})
 * for a known one asked with another method, and {@code OPTIONS} answered with the methods the endpoint really
 * takes — instead of the page's HTML "route not found". Being the handler also puts these requests under
 * {@link ApiExceptionHandler}. Specific mappings always win over this pattern.
 */
@RestController
class ApiFallbackController {

    static final Set<String> ENDPOINTS = Set.of("/api/v1/trajectory", "/api/v1/compare", "/api/v1/catalog",
            "/api/v1/gradient-check", "/api/v1/insight");
    static final String ALLOW = "GET, HEAD, OPTIONS";

    private final Problems problems;

    ApiFallbackController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping(path = {"/api", "/api/**"}, method = {RequestMethod.GET, RequestMethod.HEAD, RequestMethod.POST,
            RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE, RequestMethod.OPTIONS})
    ResponseEntity<byte[]> fallback(HttpServletRequest request) {
        String path = path(request);
        if (ENDPOINTS.contains(path)) {
            if (RequestMethod.OPTIONS.name().equals(request.getMethod())) {
                return ResponseEntity.ok().header(HttpHeaders.ALLOW, ALLOW).build();
            }
            return methodNotAllowed(problems, request);
        }
        return problems.of(request, HttpStatus.NOT_FOUND, Problems.NOT_FOUND, new HttpHeaders(), path);
    }

    static ResponseEntity<byte[]> methodNotAllowed(Problems problems, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ALLOW, ALLOW);
        return problems.of(request, HttpStatus.METHOD_NOT_ALLOWED, Problems.METHOD_NOT_ALLOWED, headers,
                request.getMethod(), path(request));
    }

    private static String path(HttpServletRequest request) {
        String uri = Problems.instance(request);
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
