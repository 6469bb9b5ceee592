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
import java.util.stream.Stream;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered optimizer has every text it asks for, in English and Korean: its name, its short name (compare's
 * legend, rows and summary), its explanation keys, its stability note, and a tooltip per hyper-parameter. The keys
 * come from the optimizer itself ({@link Optimizer#messageKeys()}), so a new optimizer without its bundle lines fails
 * here, not on the page as {@code !cmp.short.…}.
 */
class OptimizerMessagesTest {

    static Stream<Optimizer> optimizers() {
        // every registered optimizer with its defaults, plus settings that change what it says (momentum's dampening)
        return Stream.concat(Optimizers.all().stream().map(Optimizers.Descriptor::defaults),
                Stream.of(Optimizers.create("momentum", Map.of("dampening", 1.0))));
    }

    private static Properties all(String suffix) throws IOException {
        Properties p = new Properties();
        for (String bundle : Messages.BUNDLES) {
            String path = bundle.replace('.', '/') + suffix + ".properties";
            try (InputStream in = OptimizerMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
                if (in != null) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void everyOptimizerHasEveryTextInBothLanguages(Optimizer o) throws IOException {
        List<String> needed = new ArrayList<>(o.messageKeys());
        for (ParamSpec p : o.specs()) {
            if (!p.name().equals("lr")) {
                needed.add("pg.hp.tip." + p.name());
            }
        }
        assertThat(needed).contains(o.labelKey(), o.shortLabelKey(), "explain." + o.key() + ".rule",
                o.stability().noteKey());
        Properties en = all("");
        Properties ko = all("_ko");
        for (String key : needed) {
            assertThat(en.getProperty(key)).as("English " + key + " (" + o.key() + ")").isNotBlank();
            assertThat(ko.getProperty(key)).as("Korean " + key + " (" + o.key() + ")").isNotBlank();
        }
    }

    @Test
    void theShortLabelsAreTheOnesCompareShows() {
        Messages messages = new Messages();
        for (Optimizers.Descriptor d : Optimizers.all()) {
            Optimizer o = d.defaults();
            assertThat(o.shortLabelKey()).isEqualTo("cmp.short." + d.key());
            for (var lang : List.of(Messages.ENGLISH, Messages.KOREAN)) {
                assertThat(messages.getTranslation(o.shortLabelKey(), lang)).as(d.key()).doesNotStartWith("!");
                assertThat(messages.getTranslation(o.labelKey(), lang)).as(d.key()).doesNotStartWith("!");
            }
        }
    }
}
