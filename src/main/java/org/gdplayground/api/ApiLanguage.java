package org.gdplayground.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.gdplayground.system.Messages;
import org.jspecify.annotations.Nullable;

/**
 * The language of an API answer: a valid {@code lang} parameter ({@code ko} or {@code en}), else the best of Korean
 * and English in {@code Accept-Language}, else English. Read from the header itself (not
 * {@link HttpServletRequest#getLocale()}, which answers the server's default locale when the header is absent).
 */
final class ApiLanguage {

    private static final List<Locale> SUPPORTED = List.of(Messages.ENGLISH, Messages.KOREAN);

    private ApiLanguage() {
    }

    static Locale of(HttpServletRequest request) {
        List<String> lang = ApiQuery.of(request).parameters().get("lang");
        if (lang != null && lang.size() == 1) {
            Locale l = Messages.parseLang(lang.getFirst());
            if (l != null) {
                return l;
            }
        }
        return fromHeader(request.getHeader("Accept-Language"));
    }

    /** The supported language the header prefers most; English when none is acceptable or the header is malformed. */
    static Locale fromHeader(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return Messages.ENGLISH;
        }
        try {
            // parse() orders the ranges by weight, highest first
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() == 0) {
                    continue;
                }
                String primary = range.getRange().split("-", 2)[0];
                for (Locale l : SUPPORTED) {
                    if (primary.equals(l.getLanguage())) {
                        return l;
                    }
                }
                if (primary.equals("*")) {
                    return Messages.ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Messages.ENGLISH;
        }
        return Messages.ENGLISH;
    }
}
