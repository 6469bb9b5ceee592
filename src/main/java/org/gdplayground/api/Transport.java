package org.gdplayground.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.ParamError.Kind;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * The parameters around the scenario language: {@code lang} (ko, en) and {@code format} (json, csv where offered),
 * checked like any other parameter, and the choice between JSON and CSV.
 */
final class Transport {

    static final List<String> LANGS = List.of("ko", "en");

    private Transport() {
    }

    /** Problems with {@code lang} and {@code format} ({@code formats}: the ones this endpoint offers). */
    static List<ParamError> check(Map<String, List<String>> params, List<String> formats) {
        List<ParamError> errors = new ArrayList<>();
        oneOf(params, "lang", LANGS, errors);
        oneOf(params, "format", formats, errors);
        return errors;
    }

    /** Problems with an endpoint that takes no parameters besides {@code lang} and {@code format}. */
    static List<ParamError> onlyTransport(Map<String, List<String>> params, List<String> formats) {
        List<ParamError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (!e.getKey().equals("lang") && !e.getKey().equals("format")) {
                errors.add(new ParamError(shorten(e.getKey()), shorten(String.join(", ", e.getValue())),
                        Kind.UNKNOWN, "lang, format", List.of()));
            }
        }
        errors.addAll(check(params, formats));
        return errors;
    }

    private static void oneOf(Map<String, List<String>> params, String name, List<String> allowed,
            List<ParamError> errors) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return;
        }
        if (values.size() > 1) {
            errors.add(new ParamError(name, shorten(String.join(", ", values)), Kind.DUPLICATE, "1",
                    List.of(Integer.toString(values.size()))));
        } else if (!allowed.contains(values.getFirst())) {
            errors.add(new ParamError(name, shorten(values.getFirst()), Kind.NOT_ONE_OF, String.join(", ", allowed),
                    List.of()));
        }
    }

    /**
     * CSV when {@code format=csv}, or when there is no {@code format} and {@code Accept} prefers {@code text/csv}
     * to JSON (a wildcard counts for JSON). JSON otherwise.
     */
    static boolean wantsCsv(Map<String, List<String>> params, @Nullable String accept) {
        List<String> format = params.get("format");
        if (format != null && !format.isEmpty()) {
            return format.getFirst().equals("csv");
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double csv = -1;
        double json = -1;
        try {
            for (MediaType t : MediaType.parseMediaTypes(accept)) {
                double q = t.getQualityValue();
                if (q <= 0) {
                    continue;
                }
                if (t.getType().equals("text") && t.getSubtype().equals("csv")) {
                    csv = Math.max(csv, q);
                } else if (t.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                    json = Math.max(json, q);
                }
            }
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
        return csv > 0 && csv >= json;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
