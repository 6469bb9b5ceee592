package org.gdplayground.system;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The app's single source of user-visible text: Korean and English bundles under {@code i18n/messages*.properties},
 * used by Vaadin views (as the {@link I18NProvider}) and by the REST API for problem details alike.
 *
 * <p>English is the fallback for any other browser language. Bundles are read without falling back to the JVM's
 * default locale, so an English request on a Korean server still gets English.
 */
@Component
public class Messages implements I18NProvider {

    public static final Locale KOREAN = Locale.KOREAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(ENGLISH, KOREAN);
    /** Bundles by feature, searched in order: {@code i18n/messages} (app, page), {@code i18n/api} (REST API). */
    static final List<String> BUNDLES = List.of("i18n.messages", "i18n.api", "i18n.compare",
            "i18n.lessons", "i18n.simplenet", "i18n.insight", "i18n.classroom", "i18n.seeing", "i18n.optimizers", "i18n.diagnosis", "i18n.a11y", "i18n.load", "i18n.learning", "i18n.eigen", "i18n.exploring");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private final ConcurrentHashMap<String, MessageFormat> formats = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        Locale l = supported(locale);
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, l);
            if (bundle != null && bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : format(l, key, pattern, params);
            }
        }
        log.warn("missing message key '{}' for {}", key, locale);
        return "!" + key;
    }

    /**
     * Formats with a parsed pattern kept per language and key: the status line is formatted on every frame of every
     * page, and parsing the same pattern again each time was a measurable share of a frame's cost. A
     * {@link MessageFormat} is not thread-safe, so each is used under its own lock (held for microseconds).
     */
    private String format(Locale l, String key, String pattern, Object[] params) {
        MessageFormat f = formats.computeIfAbsent(l.getLanguage() + ':' + key, k -> new MessageFormat(pattern, l));
        synchronized (f) {
            return f.format(params);
        }
    }

    /** True when the key exists (in English, which has every key). */
    public boolean has(String key) {
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, ENGLISH);
            if (bundle != null && bundle.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** The supported locale for a language tag or {@code null}: {@code ko…} → Korean, anything else → English. */
    public static Locale supported(@Nullable Locale locale) {
        return locale != null && KOREAN.getLanguage().equals(locale.getLanguage()) ? KOREAN : ENGLISH;
    }

    /** Parses a {@code lang} value ({@code ko} or {@code en}); null when it is neither. */
    public static @Nullable Locale parseLang(@Nullable String lang) {
        if (lang == null) {
            return null;
        }
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "ko" -> KOREAN;
            case "en" -> ENGLISH;
            default -> null;
        };
    }

    private static @Nullable ResourceBundle bundle(String name, Locale locale) {
        try {
            return ResourceBundle.getBundle(name, locale, Messages.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
