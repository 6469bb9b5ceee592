package org.gdplayground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.engine.function.Saddle;
import org.gdplayground.engine.function.Sphere;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Explain this step" for every registered optimizer, and the messages every registered optimizer needs in both
 * bundles: its name, a tooltip per hyper-parameter (lr has its own field) and the keys its explanation uses.
 */
class ExplainerTest {

    static List<String> keys() {
        return Optimizers.keys();
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExplainerTest.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static StatusText.Translator english() throws IOException {
        Properties en = bundle("messages.properties");
        return (key, args) -> {
            String pattern = en.getProperty(key);
            assertThat(pattern).as("English message " + key).isNotNull();
            return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
        };
    }

    private static List<StepRecord> run(Optimizer o, int steps) {
        Run run = Scenario.of(new Rosenbrock(), o).withStart(-1.5, 2).withSteps(steps).start();
        List<StepRecord> out = new ArrayList<>();
        out.add(run.latest());
        for (int i = 0; i < steps; i++) {
            out.add(run.step());
        }
        return out;
    }

    /**
     * The Explainer's switch has no silent default: a registered optimizer without a case throws there, and fails
     * here (Optimizer is sealed, so the registry is the only way a key reaches it).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void everyOptimizerExplainsItsSteps(String key) throws IOException {
        Optimizer o = Optimizers.create(key, Map.of("lr", 1e-3));
        List<StepRecord> recs = run(o, 3);
        for (int k = 1; k <= 3; k++) {
            List<String> lines = Explainer.explain(o, recs.get(k), recs.get(k - 1), List.of("x", "y"), english());
            assertThat(lines).as(key + " step " + k).hasSizeGreaterThan(1);
            assertThat(lines.getFirst()).isEqualTo(bundle("messages.properties").getProperty("explain." + key
                    + ".rule"));
            assertThat(String.join("\n", lines)).as(key).contains("x ← ").doesNotContain("NaN");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void everyOptimizerHasItsMessagesInBothLanguages(String key) throws IOException {
        List<String> needed = new ArrayList<>(List.of("opt." + key + ".name"));
        for (ParamSpec p : Optimizers.specs(key)) {
            if (!p.name().equals("lr")) {
                needed.add("pg.hp.tip." + p.name());
            }
        }
        needed.addAll(Explainer.messageKeys(key));
        for (String bundle : List.of("messages.properties", "messages_ko.properties")) {
            Properties props = bundle(bundle);
            for (String k : needed) {
                assertThat(props.getProperty(k)).as(bundle + ": " + k).isNotBlank();
            }
        }
    }

    @Test
    void radamSaysWhetherItRectified() throws IOException {
        Optimizer o = Optimizers.create("radam", Map.of("lr", 0.1, "beta2", 0.9));
        Run run = Scenario.of(new Sphere(), o).withStart(-3, 4).withSteps(6).start();
        StepRecord prev = null;
        StepRecord rec = null;
        for (int i = 0; i < 6; i++) {
            prev = rec;
            rec = run.step();
        }
        String five = String.join("\n", Explainer.explain(o, prev, null, List.of("x", "y"), english()));
        assertThat(five).contains("ρ_t = 4.580572 ≤ 5").contains("no rectification");
        String six = String.join("\n", Explainer.explain(o, rec, prev, List.of("x", "y"), english()));
        assertThat(six).contains("ρ_t = 5.389565 > 5").contains("r = 0.2551768");
    }

    @Test
    void rpropShowsEachStepSizeGrowingOrShrinking() throws IOException {
        Optimizer o = Optimizers.create("rprop", Map.of("lr", 1.0));
        List<StepRecord> recs = new ArrayList<>();
        Run run = Scenario.of(new Sphere(), o).withStart(-3, 4).withSteps(4).start();
        recs.add(run.latest());
        for (int i = 0; i < 4; i++) {
            recs.add(run.step());
        }
        String four = String.join("\n", Explainer.explain(o, recs.get(4), recs.get(3), List.of("x", "y"), english()));
        assertThat(four).contains("η_x: 1.44 → 0.72  (the sign flipped").contains("η_y: 1.44 → 1.728  (same sign");
    }

    @Test
    void lbfgsShowsMemoryDirectionAndStepLength() throws IOException {
        Optimizer o = Optimizers.create("lbfgs", Map.of("strongWolfe", 1.0, "lr", 20.0));
        Run run = Scenario.of(new Sphere(), o).withStart(-3, 4).withSteps(1).start();
        StepRecord start = run.latest();
        StepRecord one = run.step();
        String text = String.join("\n", Explainer.explain(o, one, start, List.of("x", "y"), english()));
        assertThat(text).contains("Memory: 0 of 100 (s, y) pairs; direction d = (6, −8); step length t = 0.5")
                .contains("2 evaluations of f and ∇f chose t = 0.5").contains("First iteration");
    }

    @Test
    void newtonShowsHAndTheSaddleLesson() throws IOException {
        Optimizer o = Optimizers.defaults("newton");
        Run run = Scenario.of(new Saddle(), o).withStart(-2, 0.001).withSteps(1).start();
        StepRecord start = run.latest();
        StepRecord one = run.step();
        String text = String.join("\n", Explainer.explain(o, one, start, List.of("x", "y"), english()));
        assertThat(text).contains("H = [(2, 0); (0, −2)],  det H = (−4)").contains("H⁻¹g = (−2, 0.001)")
                .contains("saddle");
    }
}
