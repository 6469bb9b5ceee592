package org.gdplayground.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One Korean term per concept, and particles that agree with their word, in every Korean text a learner reads: every
 * {@code *_ko.properties} bundle and every lesson's {@code ko:} text. The terms and their forbidden variants are read
 * from {@code docs/glossary.md} (the table is the rule); the particle rules are the ones that file states.
 */
class KoreanGlossaryTest {

    private static final Path GLOSSARY = Path.of("docs", "glossary.md");
    private static final Path BUNDLES = Path.of("src", "main", "resources", "i18n");
    private static final Path LESSONS = Path.of("src", "main", "resources", "lessons");

    /** A table row: | English | Korean | `variant`, `variant` |. */
    private static final Pattern ROW = Pattern.compile("^\\|([^|]+)\\|([^|]+)\\|([^|]*)\\|\\s*$");
    private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
    /** Bold, italic, code, quotes and closing HTML tags between a word and its particle. */
    private static final Pattern AFTER_MARKUP = Pattern.compile(
            "(\\p{IsHangul})((?:\\*\\*|\\*|__|_|`|\"|'|”|’|」|』|</[a-z]+>)+)(으로|로|을|를|이|가|은|는|과|와)");
    /** A particle whose form depends on a placeholder's value, right after it ({0} in a bundle, {opt} in a lesson). */
    private static final Pattern PARTICLE_AFTER_PLACEHOLDER = Pattern.compile(
            "\\{(\\d+(,[^}]*)?|[a-zA-Z]+)}[\"']?(으로|로|은|는|이|가|을|를|와|과|이라|라)(?!\\p{IsHangul})");
    /**
     * γ as a noun in a sentence (γ가, γ에, γ만큼 …), except right after the name it is the symbol of ("학습률 γ가",
     * or a schedule's or RMSProp's "감소 비율 γ를"): in a sentence the learning rate is 학습률.
     */
    private static final Pattern GAMMA_IN_PROSE = Pattern.compile("(?<!학습률 )(?<!비율 )γ(?=\\p{IsHangul})");

    record Text(String where, String text) {
    }

    record Term(String english, String korean, List<String> forbidden) {
    }

    @Test
    void everyKoreanTextUsesTheGlossaryTerm() throws IOException {
        List<Term> terms = glossary();
        List<String> hits = new ArrayList<>();
        for (Text t : koreanTexts()) {
            for (Term term : terms) {
                for (String variant : term.forbidden()) {
                    if (variant(variant).matcher(t.text()).find()) {
                        hits.add(t.where() + ": \"" + variant + "\" → " + term.korean());
                    }
                }
            }
            Matcher g = GAMMA_IN_PROSE.matcher(t.text());
            if (g.find()) {
                hits.add(t.where() + ": γ in a sentence → 학습률 (" + context(t.text(), g.start()) + ")");
            }
        }
        assertThat(hits).as("forbidden variants (docs/glossary.md)").isEmpty();
    }

    @Test
    void everyParticleAgreesWithTheWordBeforeIt() throws IOException {
        List<String> terms = glossary().stream().map(Term::korean).toList();
        List<String> hits = new ArrayList<>();
        for (Text t : koreanTexts()) {
            particleErrors(t.text(), terms).forEach(e -> hits.add(t.where() + ": " + e));
        }
        assertThat(hits).as("particles that disagree with their word").isEmpty();
    }

    @Test
    void noVariableParticleAfterALessonPlaceholder() throws IOException {
        List<String> hits = new ArrayList<>();
        for (Text t : koreanTexts()) {
            Matcher m = PARTICLE_AFTER_PLACEHOLDER.matcher(t.text());
            if (m.find()) {
                hits.add(t.where() + ": " + context(t.text(), m.start()));
            }
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void theChecksCatchWhatTheyAreFor() throws IOException {
        List<String> terms = glossary().stream().map(Term::korean).toList();
        assertThat(particleErrors("**이 단계 풀어보기**을 열어 보세요", terms)).hasSize(1);
        assertThat(particleErrors("**이 단계 풀어보기**를 열어 보세요", terms)).isEmpty();
        assertThat(particleErrors("*재생*를 누르세요", terms)).hasSize(1);
        assertThat(particleErrors("`lr`을 바꾸세요", terms)).isEmpty();
        assertThat(particleErrors("학습률를 줄이세요", terms)).hasSize(1);
        assertThat(particleErrors("학습률을 줄이세요. 손실로 봅니다", terms)).isEmpty();
        assertThat(particleErrors("손실으로 봅니다", terms)).hasSize(1);
        assertThat(particleErrors("경사 하강법로 풉니다", terms)).hasSize(1);
        assertThat(particleErrors("모멘텀가 있으면", terms)).hasSize(1);
        assertThat(particleErrors("기울기이다", terms)).as("the copula is not a particle").isEmpty();
        assertThat(particleErrors("기울기가 0이면 기울기로는", terms)).isEmpty();
        assertThat(variant("lr").matcher("학습률(lr = 0.1)").find()).isTrue();
        assertThat(variant("lr").matcher("/?lr=0.1, lr_scheduler, 학습률 {lr}").find()).isFalse();
        assertThat(variant("경사하강법").matcher("기본 경사하강법은").find()).isTrue();
        assertThat(GAMMA_IN_PROSE.matcher("γ에 (n+1)/w를 곱해").find()).isTrue();
        assertThat(GAMMA_IN_PROSE.matcher("(γ를 크게), 단계마다 γ에").find()).isTrue();
        assertThat(GAMMA_IN_PROSE.matcher("감소 비율 γ를 크게").find()).isFalse();
        assertThat(GAMMA_IN_PROSE.matcher("학습률 γ가 어떻게 바뀌는지, θ ← θ − γ·g").find()).isFalse();
        assertThat(PARTICLE_AFTER_PLACEHOLDER.matcher("{opt}는 빠릅니다").find()).isTrue();
        assertThat(PARTICLE_AFTER_PLACEHOLDER.matcher("{lr}에서 {step}단계").find()).isFalse();
        assertThat(glossary()).extracting(Term::korean).contains("경사 하강법", "학습률", "고원", "중앙 차분");
    }

    /**
     * Particles that disagree with the syllable before them: after bold, italic, code or a quote, and after every term
     * of the glossary. A particle counts only where it ends the word (으로/로 may go on: 으로는, 로도, 로써).
     */
    static List<String> particleErrors(String text, List<String> terms) {
        List<String> errors = new ArrayList<>();
        Matcher m = AFTER_MARKUP.matcher(text);
        while (m.find()) {
            check(text, m.group(1).charAt(0), m.group(3), m.end(3), m.start(), errors);
        }
        for (String term : terms) {
            char last = term.charAt(term.length() - 1);
            if (!hangul(last)) {
                continue;
            }
            Matcher t = Pattern.compile(Pattern.quote(term) + "(으로|로|을|를|이|가|은|는|과|와)").matcher(text);
            while (t.find()) {
                check(text, last, t.group(1), t.end(1), t.start(), errors);
            }
        }
        return errors;
    }

    private static void check(String text, char last, String particle, int end, int at, List<String> errors) {
        String rest = text.substring(end);
        boolean endsWord = rest.isEmpty() || !hangul(rest.charAt(0))
                || (particle.endsWith("로") && rest.matches("(?s)(는|도|서|써|부터|의)(?!\\p{IsHangul}).*"));
        if (!endsWord) {
            return;
        }
        int fin = (last - 0xAC00) % 28;
        boolean consonant = fin != 0;
        boolean ok = switch (particle) {
            case "을", "이", "은", "과" -> consonant;
            case "를", "가", "는", "와" -> !consonant;
            case "으로" -> consonant && fin != 8;
            case "로" -> !consonant || fin == 8;
            default -> true;
        };
        if (!ok) {
            errors.add("\"" + particle + "\" after \"" + last + "\": " + context(text, at));
        }
    }

    private static boolean hangul(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    /** A forbidden variant: Latin ones as whole words that are not a link parameter or an identifier part. */
    static Pattern variant(String v) {
        if (v.matches("[A-Za-z]+")) {
            return Pattern.compile("(?<![A-Za-z0-9_{])" + v + "(?![A-Za-z0-9_=}])");
        }
        return Pattern.compile(Pattern.quote(v));
    }

    private static String context(String text, int at) {
        int from = Math.max(0, at - 20);
        int to = Math.min(text.length(), at + 30);
        return "…" + text.substring(from, to).replace('\n', ' ') + "…";
    }

    static List<Term> glossary() throws IOException {
        List<Term> terms = new ArrayList<>();
        for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (!m.matches() || m.group(1).isBlank() || m.group(1).contains("---")
                    || m.group(1).trim().equals("English")) {
                continue;
            }
            List<String> forbidden = new ArrayList<>();
            Matcher v = TICKED.matcher(m.group(3));
            while (v.find()) {
                forbidden.add(v.group(1));
            }
            terms.add(new Term(m.group(1).trim(), m.group(2).trim(), List.copyOf(forbidden)));
        }
        return terms;
    }

    /** Every Korean text: each value of each Korean bundle, each {@code ko:} string of each lesson file. */
    static List<Text> koreanTexts() throws IOException {
        List<Text> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("_ko.properties")).sorted().toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                Map<String, String> sorted = new TreeMap<>();
                p.stringPropertyNames().forEach(k -> sorted.put(k, p.getProperty(k)));
                sorted.forEach((k, v) -> out.add(new Text(f.getFileName() + " " + k, v)));
            }
        }
        assertThat(out).as("Korean bundles").hasSizeGreaterThan(100);
        int before = out.size();
        try (Stream<Path> files = Files.list(LESSONS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Object doc;
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
                }
                collect(doc, f.getFileName().toString(), out);
            }
        }
        assertThat(out.size() - before).as("Korean lesson texts").isGreaterThan(50);
        return out;
    }

    private static void collect(Object node, String where, List<Text> out) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> m = new LinkedHashMap<>(map);
            m.forEach((k, v) -> {
                if ("ko".equals(k) && v instanceof String s) {
                    out.add(new Text(where, s));
                } else {
                    collect(v, where + "." + k, out);
                }
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), where + "[" + i + "]", out);
            }
        }
    }
}
