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

    // ---- hide= and lock= ------------------------------------------------------------------------------------

    @Test
    void hideAndLockTakeControlIds() {
        Result r = parse(Mode.SINGLE, "fn", "rosenbrock", "lr", "0.1", "hide", "opt,speed", "lock", " lr , init");
        assertThat(r.errors()).isEmpty();
        assertThat(r.spec().hide()).containsExactly(Control.OPT, Control.SPEED);
        assertThat(r.spec().lock()).containsExactly(Control.LR, Control.INIT);
        assertThat(r.spec().fixed()).containsExactlyInAnyOrder(Control.OPT, Control.SPEED, Control.LR,
                Control.INIT);
        assertThat(ScenarioQuery.toQueryString(r.spec(), Limits.defaults().maxPoints()))
                .endsWith("&hide=opt,speed&lock=lr,init");
    }

    @Test
    void everyCatalogIdIsAccepted() {
        String all = String.join(",", Control.ids());
        Result r = parse(Mode.COMPARE, "lock", all);
        assertThat(r.errors()).isEmpty();
        assertThat(r.spec().lock()).containsExactly(Control.values());
        assertThat(Control.ids()).contains("fn", "opt", "lr", "init", "steps", "batch", "grad", "schedule", "speed");
    }

    @Test
    void anUnknownIdIsAnErrorNamingTheFieldAndTheAllowedIds() {
        Result r = parse(Mode.SINGLE, "lr", "0.1", "hide", "opt,optimiser");
        assertThat(r.errors()).hasSize(1);
        ParamError e = r.errors().getFirst();
        assertThat(e.param()).isEqualTo("hide");
        assertThat(e.value()).isEqualTo("optimiser");
        assertThat(e.kind()).isEqualTo(Kind.NOT_ONE_OF);
        assertThat(e.allowed()).isEqualTo(String.join(", ", Control.ids()));
        // the valid part is kept, the rest of the link too
        assertThat(r.spec().hide()).containsExactly(Control.OPT);
        assertThat(r.spec().run().lr()).isEqualTo(0.1);
        assertThat(e.message(messages, Locale.ENGLISH)).startsWith("Hidden controls must be one of fn, opt, lr")
                .endsWith("got \"optimiser\".");
        assertThat(e.message(messages, Locale.KOREAN)).startsWith("숨긴 컨트롤:").contains("optimiser");
    }

    @Test
    void anIdNamedTwiceIsAnError() {
        Result r = parse(Mode.SINGLE, "lock", "lr,opt,lr");
        assertThat(r.errors()).extracting(ParamError::kind).containsExactly(Kind.REPEATED_ITEM);
        assertThat(r.errors().getFirst().param()).isEqualTo("lock");
        assertThat(r.errors().getFirst().message(messages, Locale.ENGLISH))
                .isEqualTo("Locked controls names \"lr\" more than once (\"lr,opt,lr\"); name each control once.");
        assertThat(r.spec().lock()).containsExactly(Control.OPT, Control.LR);
        // the parameter itself given twice is the usual duplicate
        assertThat(parse(Mode.SINGLE, "hide", "opt", "hide", "lr").errors()).extracting(ParamError::kind)
                .containsExactly(Kind.DUPLICATE);
    }

    @Test
    void anEmptyListHidesNothingButAnEmptyItemIsAnError() {
        Result none = parse(Mode.SINGLE, "hide", "", "lock", " ");
        assertThat(none.errors()).isEmpty();
        assertThat(none.spec().hide()).isEmpty();
        assertThat(none.spec().lock()).isEmpty();
        assertThat(ScenarioQuery.toQueryString(none.spec(), 20_001)).doesNotContain("hide").doesNotContain("lock");
        Result gap = parse(Mode.SINGLE, "hide", "opt,,lr");
        assertThat(gap.errors()).extracting(ParamError::kind).containsExactly(Kind.NOT_ONE_OF);
        assertThat(gap.spec().hide()).containsExactly(Control.OPT, Control.LR);
    }

    @Test
    void aHiddenControlIsNotAlsoLocked() {
        Result r = parse(Mode.SINGLE, "hide", "opt", "lock", "opt,lr");
        assertThat(r.errors()).isEmpty();
        assertThat(r.spec().hide()).containsExactly(Control.OPT);
        assertThat(r.spec().lock()).containsExactly(Control.LR);
    }
}
