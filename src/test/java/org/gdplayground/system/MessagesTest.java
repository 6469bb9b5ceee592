package org.gdplayground.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    void koreanAndEnglishBundlesHaveExactlyTheSameKeys() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            String base = bundle.replace('.', '/');
            if (MessagesTest.class.getClassLoader().getResource(base + ".properties") == null) {
                continue;
            }
            Properties en = load(base + ".properties");
            Properties ko = load(base + "_ko.properties");
            assertThat(ko.stringPropertyNames()).as(bundle)
                    .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
            assertThat(en).as(bundle).isNotEmpty();
        }
    }

    @Test
    void translatesPerLanguageAndFallsBackToEnglish() {
        assertThat(messages.getTranslation("app.title", Locale.KOREAN)).isEqualTo("경사 하강법 놀이터");
        assertThat(messages.getTranslation("app.title", Locale.ENGLISH)).isEqualTo("Gradient Descent Playground");
        assertThat(messages.getTranslation("app.title", Locale.GERMAN)).isEqualTo("Gradient Descent Playground");
        assertThat(messages.getTranslation("app.title", Locale.forLanguageTag("ko-KR"))).isEqualTo("경사 하강법 놀이터");
    }

    @Test
    void englishIsNotShadowedByTheJvmDefaultLocale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREAN);
            assertThat(messages.getTranslation("app.title", Locale.ENGLISH)).isEqualTo("Gradient Descent Playground");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void missingKeyIsVisibleNotFatal() {
        assertThat(messages.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    @Test
    void parsesLangParameter() {
        assertThat(Messages.parseLang("ko")).isEqualTo(Locale.KOREAN);
        assertThat(Messages.parseLang("EN")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.parseLang("fr")).isNull();
        assertThat(Messages.parseLang(null)).isNull();
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
