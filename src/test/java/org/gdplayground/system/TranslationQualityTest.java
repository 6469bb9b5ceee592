package org.gdplayground.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Korean as a person writes it: every bundle pair has the same keys, no Korean text is a copy of the English one or a
 * particle template ("(으)로", "이(가)", …), no particle whose form depends on a placeholder's value follows that
 * placeholder, no label is a raw camelCase identifier, and no English word is left in a Korean text except names
 * (API names, optimizers, people, units and the functions of the expression language).
 */
class TranslationQualityTest {

    /** Particle templates: a choice left to the reader. */
    private static final Pattern TEMPLATE = Pattern.compile("\\(으\\)로|이\\(가\\)|가\\(이\\)|은\\(는\\)|는\\(은\\)"
            + "|을\\(를\\)|를\\(을\\)|와\\(과\\)|과\\(와\\)|\\(이\\)라|\\(이\\)");
    /**
     * A particle whose form depends on the last sound of what a placeholder stands for (은/는, 이/가, 을/를, 와/과,
     * 으로/로, 이라/라), right after the placeholder (or its closing quote) and not part of a longer word.
     */
    private static final Pattern PARTICLE_AFTER_PLACEHOLDER =
            Pattern.compile("\\{\\d+(,[^}]*)?}[\"']?(으로|로|은|는|이|가|을|를|와|과|이라|라)(?![가-힣])");
    /** A value that is just a camelCase identifier, e.g. {@code weightDecay}. */
    private static final Pattern CAMEL = Pattern.compile("[a-z]+([A-Z][a-z0-9]*)+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^}]*)?}");

    /**
     * English words allowed in Korean text: optimizer and library names, people's names, API and parameter names of
     * the link language, the expression language's functions, key names, file formats.
     */
    private static final Set<String> NAMES = Set.of(
            // optimizers and methods
            "Adagrad", "AdaDelta", "Adadelta", "Adam", "AdamW", "Adamax", "NAdam", "AMSGrad", "RAdam", "Rprop",
            "RMSProp", "ASGD", "LBFGS", "Lion", "Nesterov", "simpleNet", "softmax", "d2l", "Distill", "PhET", "Desmos",
            // libraries, people and initialisations
            "PyTorch", "torch", "optim", "lr_scheduler", "Linear", "Keras", "Sutskever", "Goodfellow", "LeCun",
            "Xavier", "Glorot", "Kaiming", "Beale", "Booth", "Wolfe", "BFGS", "toleranceGrad", "toleranceChange", "lambd", "etaMinus", "etaPlus", "stepMin", "stepMax",
            "historySize", "strongWolfe", "HTTP", "Tomcat", "server", "NumPy", "numpy", "python3", "install",
            // API, link-language and format names
            "trajectory", "compare", "catalog", "HEAD", "full", "lossTol", "custom", "initMode", "given",
            "true", "false", "Esc",
            // the expression language
            "sqrt", "tanh");
    /** Short names a Korean text may share with the English one. */
    private static final Set<String> SHORT_NAMES = Set.of("SGD", "NAG", "CSV", "PNG", "SVG", "GET", "POST", "API");

    /** Keys whose Korean value is rightly the English one: a language's own name in the language switch. */
    private static final Set<String> SAME_ON_PURPOSE = Set.of("lang.en");

    private static final List<String> BUNDLES = List.of("i18n/messages", "i18n/compare", "i18n/api",
            "i18n/lessons", "i18n/simplenet", "i18n/insight", "i18n/classroom", "i18n/seeing", "i18n/optimizers", "i18n/diagnosis", "i18n/a11y", "i18n/load", "i18n/learning", "i18n/eigen", "i18n/exploring");

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        for (String b : BUNDLES) {
            Properties en = load(b + ".properties");
            Properties ko = load(b + "_ko.properties");
            assertThat(ko.stringPropertyNames()).as("%s: keys only in English", b)
                    .containsAll(en.stringPropertyNames());
            assertThat(en.stringPropertyNames()).as("%s: keys only in Korean", b)
                    .containsAll(ko.stringPropertyNames());
        }
    }

    @Test
    void koreanIsNotACopyOfTheEnglish() throws IOException {
        List<String> copies = new ArrayList<>();
        for (String b : BUNDLES) {
            Properties en = load(b + ".properties");
            Map<String, String> ko = sorted(load(b + "_ko.properties"));
            ko.forEach((k, v) -> {
                if (v.equals(en.getProperty(k)) && !onlyNamesAndSymbols(v) && !SAME_ON_PURPOSE.contains(k)) {
                    copies.add(k + "=" + v);
                }
            });
        }
        assertThat(copies).as("Korean values equal to the English ones").isEmpty();
    }

    @Test
    void noParticleTemplatesAndNoVariableParticleAfterAPlaceholder() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String b : BUNDLES) {
            sorted(load(b + "_ko.properties")).forEach((k, v) -> {
                if (TEMPLATE.matcher(v).find() || PARTICLE_AFTER_PLACEHOLDER.matcher(v).find()) {
                    bad.add(k + "=" + v);
                }
            });
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void labelsAreNotRawIdentifiers() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String b : BUNDLES) {
            for (String file : List.of(b + ".properties", b + "_ko.properties")) {
                sorted(load(file)).forEach((k, v) -> {
                    if (k.endsWith(".label") && CAMEL.matcher(v.trim()).matches()) {
                        bad.add(file + ": " + k + "=" + v);
                    }
                });
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void noEnglishWordsLeftInKorean() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String b : BUNDLES) {
            sorted(load(b + "_ko.properties")).forEach((k, v) -> {
                if (!SAME_ON_PURPOSE.contains(k)) {
                    englishWords(v).forEach(w -> bad.add(k + ": " + w));
                }
            });
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void theChecksCatchWhatTheyAreFor() {
        assertThat(TEMPLATE.matcher("손실이 {0}에서 {1}(으)로 커졌습니다").find()).isTrue();
        assertThat(TEMPLATE.matcher("{2}이(가) 와야 합니다").find()).isTrue();
        assertThat(PARTICLE_AFTER_PLACEHOLDER.matcher("손실이 {1}로 커졌습니다").find()).isTrue();
        assertThat(PARTICLE_AFTER_PLACEHOLDER.matcher("\"{4}\"가 있음").find()).isTrue();
        assertThat(PARTICLE_AFTER_PLACEHOLDER.matcher("{0}단계에서 수렴").find()).isFalse();
        assertThat(PARTICLE_AFTER_PLACEHOLDER.matcher("{0}개 중 {1}개").find()).isFalse();
        assertThat(PARTICLE_AFTER_PLACEHOLDER.matcher("같은 시드({0})를 씁니다").find()).isFalse();
        assertThat(CAMEL.matcher("weightDecay").matches()).isTrue();
        assertThat(CAMEL.matcher("Weight decay λ").matches()).isFalse();
        assertThat(englishWords("x, y, pi, e or a function (…)이 와야 합니다")).contains("function");
        assertThat(englishWords("β₁: 1차 모멘트 감쇠, PyTorch Adam, sqrt(x)")).isEmpty();
        assertThat(englishWords("POST /api/v1/datasets로 올린 뒤")).isEmpty();
        assertThat(englishWords("/datasets에 올린 뒤")).contains("datasets");
        assertThat(onlyNamesAndSymbols("{0} · {1} · lr {2}")).isTrue();
        assertThat(onlyNamesAndSymbols("Learning rate")).isFalse();
        assertThat(onlyNamesAndSymbols("Run {0}")).isFalse();
    }

    /** Words of four or more Latin letters that are not allowed names (placeholders are skipped). */
    static List<String> englishWords(String value) {
        return englishWords(value, 4);
    }

    static List<String> englishWords(String value, int minLength) {
        // Configuration property names (server.max-http-request-header-size) are names, not English words.
        // Neither are URL paths (/api/v1/datasets).
        String text = PLACEHOLDER.matcher(value).replaceAll(" ").replaceAll("\\b[a-z]+(\\.[a-z][a-z-]*)+\\b", " ")
                .replaceAll("(/[a-z0-9-]+){2,}", " ");
        List<String> found = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (w.length() >= minLength && !NAMES.contains(w) && !SHORT_NAMES.contains(w)) {
                found.add(w);
            }
        }
        return found;
    }

    /** True when a text is only symbols, numbers and names (no English word of three or more letters). */
    static boolean onlyNamesAndSymbols(String value) {
        return englishWords(value, 3).isEmpty();
    }

    private static Map<String, String> sorted(Properties p) {
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationQualityTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
