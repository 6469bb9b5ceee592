package org.gdplayground.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gdplayground.scenario.ParamError.Kind;
import org.gdplayground.scenario.ScenarioParser.Mode;
import org.gdplayground.scenario.ScenarioParser.Result;
import org.gdplayground.system.Limits;
import org.gdplayground.system.Messages;
import org.junit.jupiter.api.Test;

class ScenarioParserTest {

    private final ScenarioParser parser = new ScenarioParser(Limits.defaults(), Set.of("lang", "format"));
    private final Messages messages = new Messages();

    private Result parse(Mode mode, String... pairs) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            q.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return parser.parse(q, mode);
    }

    @Test
    void negativeZeroIsZeroSoPrintingIsStable() {
        Result r = parse(Mode.SINGLE, "opt", "sgd", "weightDecay", "-0", "init", "-0,4");
        assertThat(r.ok()).isTrue();
        ScenarioSpec again = parse(Mode.SINGLE, flatten(ScenarioQuery.toParameters(r.spec(), 20_001))).spec();
        assertThat(again).isEqualTo(r.spec());
    }

    @Test
    void sameIndexWrittenTwoWaysIsADuplicate() {
        Result r = parse(Mode.COMPARE, "lr.1", "0.1", "lr.01", "0.2");
        assertThat(r.badParams()).isNotEmpty();
        assertThat(r.errors()).extracting(ParamError::kind).contains(Kind.DUPLICATE);
    }

    @Test
    void sharedValueInCompareIsReportedOnceUnderTheNameGiven() {
        Result r = parse(Mode.COMPARE, "opt.1", "adam", "opt.2", "momentum", "lr", "abc");
        assertThat(r.errors()).hasSize(1);
        assertThat(r.errors().getFirst().param()).isEqualTo("lr");
    }

    @Test
    void sharedHyperParameterAppliesWhereItCanInCompare() {
        Result r = parse(Mode.COMPARE, "opt.1", "adam", "opt.2", "momentum", "beta1", "0.8");
        assertThat(r.errors()).isEmpty();
        assertThat(r.spec().runs().get(0).hyper()).containsEntry("beta1", 0.8);
        assertThat(r.spec().runs().get(1).hyper()).doesNotContainKey("beta1");
    }

    @Test
    void sharedHyperParameterThatAppliesToNoRunIsAnError() {
        Result r = parse(Mode.COMPARE, "opt.1", "adam", "opt.2", "sgd", "momentum", "0.8");
        assertThat(r.badParams()).containsExactly("momentum");
    }

    @Test
    void echoedValuesAreNotRegroupedAsNumbers() {
        Result r = parse(Mode.SINGLE, "steps", "1000000000000");
        assertThat(r.errors()).hasSize(1);
        assertThat(r.errors().getFirst().message(messages, Locale.ENGLISH)).contains("1000000000000")
                .doesNotContain("1,000,000,000,000");
    }

    @Test
    void batchThatIsNotANumberIsSaidSo() {
        Result r = parse(Mode.SINGLE, "fn", "study-hours-wb", "batch", "abc");
        assertThat(r.errors()).extracting(ParamError::kind).containsExactly(Kind.NOT_A_NUMBER);
    }

    @Test
    void longValuesAreAbbreviatedInErrors() {
        Result r = parse(Mode.SINGLE, "lr", "9".repeat(10_000) + "x");
        assertThat(r.errors().getFirst().value().length()).isLessThan(100);
    }

    static String[] flatten(Map<String, String> p) {
        String[] out = new String[p.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : p.entrySet()) {
            out[i++] = e.getKey();
            out[i++] = e.getValue();
        }
        return out;
    }
}
