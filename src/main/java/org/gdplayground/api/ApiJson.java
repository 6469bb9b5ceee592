package org.gdplayground.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON writer of API answers, kept apart from the application's shared mapper so that its settings apply to
 * these answers only: a non-finite number (a diverged run's loss, an unbounded range) is written as the string
 * {@code "NaN"}, {@code "Infinity"} or {@code "-Infinity"} (plain JSON has no such numbers), and properties keep the
 * order their records declare.
 */
final class ApiJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private ApiJson() {
    }

    static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /**
     * Answers 200 with {@code body} as JSON, written straight to the response (a comparison may be tens of MB, so
     * it is not built in memory first). Call it only once everything is computed: a failure after the first byte
     * can no longer become problem details.
     */
    static void answer(HttpServletResponse response, Object body, Locale locale) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.VARY, "Accept, Accept-Language");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        MAPPER.writeValue(response.getOutputStream(), body);
    }
}
