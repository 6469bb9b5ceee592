package org.gdplayground.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gdplayground.engine.function.RegressionProblem;
import org.gdplayground.engine.function.UploadedData;
import org.gdplayground.engine.run.Run;
import org.gdplayground.scenario.ParamError.Kind;
import org.gdplayground.scenario.ScenarioParser.Mode;
import org.gdplayground.scenario.ScenarioParser.Result;
import org.gdplayground.system.Limits;
import org.gdplayground.system.Messages;
import org.junit.jupiter.api.Test;

/** {@code fn=data&data=<id>}: an uploaded data set runs through the same parser, factory and engine. */
class DataScenarioTest {

    private static final String ID = "0123456789abcdef";
    /** y = 2x + 1 exactly. */
    private static final RegressionProblem LINE = UploadedData.problem(
            new double[][] {{0}, {1}, {2}, {3}}, new double[] {1, 3, 5, 7});

    private final ScenarioParser parser = new ScenarioParser(Limits.defaults(), Set.of("lang"),
            id -> id.equals(ID) ? Optional.of(LINE) : Optional.empty());
    private final ScenarioFactory factory = new ScenarioFactory(parser);
    private final Messages messages = new Messages();

    private Result parse(String query) {
        return parser.parse(ScenarioQuery.parseQueryString(query), Mode.SINGLE);
    }

    @Test
    void aDataLinkOpensTheDataProblemAndPrintsBack() {
        Result r = parse("fn=data&data=" + ID + "&opt=adam&lr=0.1&steps=20&batch=2");
        assertThat(r.errors()).isEmpty();
        ScenarioSpec s = r.spec();
        assertThat(s.fn()).isEqualTo("data");
        assertThat(s.expr()).isEqualTo(ID);
        assertThat(s.isDataProblem()).isTrue();
        assertThat(s.batch()).isEqualTo(2);
        assertThat(factory.objective(s)).isSameAs(LINE);
        String printed = ScenarioQuery.toQueryString(s, Limits.defaults().maxPoints());
        assertThat(printed).startsWith("fn=data&data=" + ID + "&").doesNotContain("expr=");
        assertThat(parse(printed).spec()).isEqualTo(s);
    }

    @Test
    void gradientDescentOnUploadedDataReachesLeastSquares() {
        ScenarioSpec s = parse("fn=data&data=" + ID + "&opt=sgd&lr=0.1&steps=2000").spec();
        Run run = new Run(factory.scenario(s, 0, 10));
        run.runToEnd(() -> false);
        double[] theta = run.latest().theta();
        assertThat(theta[0]).isCloseTo(2, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(theta[1]).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void missingUnknownAndMisplacedIdsAreNamed() {
        Result missing = parse("fn=data");
        assertThat(missing.errors()).extracting(ParamError::param, ParamError::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("data", Kind.MISSING));
        assertThat(missing.spec().fn()).isEqualTo(ScenarioParser.DEFAULT_FN);
        // "Your data" chosen before any upload: say what to do, not "data is required when fn=data"
        assertThat(missing.errors().getFirst().apiMessage(messages, Messages.ENGLISH))
                .contains("“Your data” needs a data set: upload a CSV file first").doesNotContain("fn=data");
        assertThat(missing.errors().getFirst().apiMessage(messages, Messages.KOREAN))
                .contains("먼저 CSV 파일을 올려야 합니다");

        Result unknown = parse("fn=data&data=ffffffffffffffff");
        assertThat(unknown.errors()).extracting(ParamError::param, ParamError::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("data", Kind.NO_DATA));
        assertThat(unknown.errors().getFirst().apiMessage(messages, Messages.ENGLISH))
                .isEqualTo("data: there is no uploaded data set with the id \"ffffffffffffffff\". Upload the file again.");

        Result misplaced = parse("fn=sphere&data=" + ID);
        assertThat(misplaced.errors()).extracting(ParamError::param, ParamError::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("data", Kind.NOT_APPLICABLE));
    }

    @Test
    void withoutALookupThereIsNoUploadedData() {
        ScenarioParser plain = new ScenarioParser(Limits.defaults(), Set.of());
        Result r = plain.parse(Map.of("fn", List.of("data"), "data", List.of(ID)), Mode.SINGLE);
        assertThat(r.errors()).extracting(ParamError::kind).containsExactly(Kind.NO_DATA);
    }
}
