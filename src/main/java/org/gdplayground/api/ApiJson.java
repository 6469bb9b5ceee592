package org.gdplayground.api;

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
}
