package org.gdplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The lessons write the learning rate γ, as the optimizer texts, the fields and docs/glossary.md do; η (d2l's and many
 * books' symbol for it) must not come back when a lesson is adapted from such a source. Every η a learner reads in a
 * lesson (the {@code en:} and {@code ko:} texts of {@code lessons/*.yaml}, and the lessons' message bundles) is a
 * learning rate unless it is one of:
 * <ul>
 * <li>Rprop's factors η₊ and η₋ (also typed η+, η−, η_), a different quantity;</li>
 * <li>in a lesson step whose runs use Rprop or ASGD: those optimizers' own per-step size η (their decayed or adapted
 * step, which the optimizer texts also write η);</li>
 * <li>a note on notation that names η as another text's symbol: "d2l writes it η", "also written α or η",
 * "d2l은 학습률을 η로 씁니다", "α나 η로도 씁니다".</li>
 * </ul>
 */
class LearningRateSymbolTest {

    private static final Path LESSONS = Path.of("src", "main", "resources", "lessons");
    private static final Path BUNDLES = Path.of("src", "main", "resources", "i18n");

    /** η as another quantity's symbol: Rprop's growth and shrink factors (η₊, η₋, η+, η−, η_). */
    private static final Pattern OTHER_ETA = Pattern.compile("η(?=[₊₋+−_])");
    /** A note naming η as a notation: English "writes (it) … η" / "written … η", Korean "η로(도) … 씁니다/쓰지만". */
    private static final Pattern NOTATION_NOTE = Pattern.compile(
            "\\b(?:writes?|written)\\b[^.;:()]{0,40}η|η로도?[^.。;:()]{0,20}(?:씁니다|쓰지만|쓰고|씀)");
    /** A step whose runs use an optimizer with its own step size η (Rprop, ASGD). */
    private static final Pattern OWN_ETA_OPTIMIZER = Pattern.compile("[?&]opt(?:\\.\\d+)?=(?:rprop|asgd)(?![a-z])");

    record Text(String where, String text, boolean ownEta) {
    }

    @Test
    void noLessonWritesTheLearningRateEta() throws IOException {
        List<Text> texts = texts();
        assertThat(texts).as("lesson texts").hasSizeGreaterThan(200);
        List<String> hits = new ArrayList<>();
        for (Text t : texts) {
            if (!t.ownEta()) {
                learningRateEtas(t.text()).forEach(at -> hits.add(t.where() + ": " + context(t.text(), at)));
            }
        }
        assertThat(hits).as("η for the learning rate (write γ, or 학습률 in a Korean sentence)").isEmpty();
    }

    @Test
    void theCheckCatchesWhatItIsForAndSparesTheRest() {
        assertThat(learningRateEtas("With η = 0.2 each step keeps 60 %")).hasSize(1);
        assertThat(learningRateEtas("x ← x − η·f′(x) = (1 − 2η)·x")).hasSize(2);
        assertThat(learningRateEtas("η를 0.05로 두고 10단계를 모두 밟아 보세요.")).hasSize(1);
        assertThat(learningRateEtas("0.1처럼 더 작은 η로 50단계를 모두 돌려 보세요.")).hasSize(1);
        assertThat(learningRateEtas("Adagrad with η {lr}; the written summary. Keep η at 2")).hasSize(2);
        assertThat(learningRateEtas("learning rate γ (d2l writes it η), θ ← θ − γ·g")).isEmpty();
        assertThat(learningRateEtas("The learning rate *γ* (also written α or η) is the size")).isEmpty();
        assertThat(learningRateEtas("학습률 *γ*(α나 η로도 씁니다)는")).isEmpty();
        assertThat(learningRateEtas("d2l은 학습률을 η로 씁니다. d2l의 감쇠 비율 γ를")).isEmpty();
        assertThat(learningRateEtas("η로 50단계를 모두 돌려 보세요. 그리고 씁니다")).hasSize(1);
        assertThat(learningRateEtas("Rprop: η ← η·η₊ while the sign holds, η₋ when it flips; η− and η+"))
                .as("Rprop's factors are spared, its bare η is not (outside an Rprop step)").hasSize(2);
        assertThat(OWN_ETA_OPTIMIZER.matcher("/compare?fn=sphere&opt.1=sgd&opt.2=rprop").find()).isTrue();
        assertThat(OWN_ETA_OPTIMIZER.matcher("/?fn=sphere&opt=asgd&lr=0.1").find()).isTrue();
        assertThat(OWN_ETA_OPTIMIZER.matcher("/?fn=sphere&opt=sgd&lr=0.1").find()).isFalse();
    }

    /** Where in {@code text} an η stands for the learning rate (see the class comment for what is spared). */
    static List<Integer> learningRateEtas(String text) {
        boolean[] spared = new boolean[text.length()];
        Matcher n = NOTATION_NOTE.matcher(text);
        while (n.find()) {
            for (int i = n.start(); i < n.end(); i++) {
                spared[i] = true;
            }
        }
        Matcher o = OTHER_ETA.matcher(text);
        while (o.find()) {
            spared[o.start()] = true;
        }
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf('η'); i >= 0; i = text.indexOf('η', i + 1)) {
            if (!spared[i]) {
                at.add(i);
            }
        }
        return at;
    }

    private static List<Text> texts() throws IOException {
        List<Text> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(LESSONS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Object doc;
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
                }
                collect(doc, f.getFileName().toString(), false, out);
            }
        }
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("lessons(_[a-z]+)?\\.properties"))
                    .sorted().toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                p.stringPropertyNames().stream().sorted()
                        .forEach(k -> out.add(new Text(f.getFileName() + " " + k, p.getProperty(k), false)));
            }
        }
        return out;
    }

    /** The en/ko strings under {@code node}; a step (a map with a scenario or solution link) decides ownEta. */
    private static void collect(Object node, String where, boolean ownEta, List<Text> out) {
        if (node instanceof Map<?, ?> map) {
            boolean own = ownEta;
            for (String link : List.of("scenario", "solution")) {
                if (map.get(link) instanceof String s && OWN_ETA_OPTIMIZER.matcher(s).find()) {
                    own = true;
                }
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (("en".equals(e.getKey()) || "ko".equals(e.getKey())) && e.getValue() instanceof String s) {
                    out.add(new Text(where + "." + e.getKey(), s, own));
                } else {
                    collect(e.getValue(), where + "." + e.getKey(), own, out);
                }
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), where + "[" + i + "]", ownEta, out);
            }
        }
    }

    private static String context(String text, int at) {
        int from = Math.max(0, at - 25);
        int to = Math.min(text.length(), at + 30);
        return "…" + text.substring(from, to).replace('\n', ' ') + "…";
    }
}
