package org.gdplayground.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gdplayground.api.Json.near;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.optimizer.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ApiSlice
class TrajectoryApiTest {

    @Autowired
    MockMvc mvc;

    ResultActions trajectory(String query) throws Exception {
        return mvc.perform(get(URI.create("/api/v1/trajectory" + (query.isEmpty() ? "" : "?" + query))));
    }

    String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    // ---- defaults ------------------------------------------------------------------------------------------

    @Test
    void noParametersMeansEveryDefaultResolvedAndShown() throws Exception {
        trajectory("")
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.scenario.fn").value("sphere"))
                .andExpect(jsonPath("$.scenario.opt").value("sgd"))
                .andExpect(jsonPath("$.scenario.lr").value(0.01))
                .andExpect(jsonPath("$.scenario.weightDecay").value(0.0))
                .andExpect(jsonPath("$.scenario.initMode").value("given"))
                .andExpect(jsonPath("$.scenario.init[0]").value(-3.0))
                .andExpect(jsonPath("$.scenario.init[1]").value(4.0))
                .andExpect(jsonPath("$.scenario.steps").value(100))
                .andExpect(jsonPath("$.scenario.batch").value("full"))
                .andExpect(jsonPath("$.scenario.shuffle").value(true))
                .andExpect(jsonPath("$.scenario.seed").value(42))
                .andExpect(jsonPath("$.scenario.grad").value("analytic"))
                .andExpect(jsonPath("$.scenario.h").value(1e-4))
                .andExpect(jsonPath("$.scenario.schedule").value("constant"))
                .andExpect(jsonPath("$.scenario.warmup").value(0))
                .andExpect(jsonPath("$.scenario.tol").value(nullValue()))
                .andExpect(jsonPath("$.scenario.lossTol").value(nullValue()))
                .andExpect(jsonPath("$.scenario.points").value(20001))
                .andExpect(jsonPath("$.scenario.expr").doesNotExist())
                .andExpect(jsonPath("$.query").value("fn=sphere&opt=sgd&lr=0.01&init=-3,4&steps=100"))
                .andExpect(jsonPath("$.status").value("max-steps"))
                .andExpect(jsonPath("$.stopStep").value(100))
                .andExpect(jsonPath("$.reasonCode").value("max-steps"))
                .andExpect(jsonPath("$.reason").value("Took all 100 steps."))
                .andExpect(jsonPath("$.engineNanos").isNumber())
                .andExpect(jsonPath("$.records", hasSize(101)));
    }

    static Stream<String> optimizers() {
        return Optimizers.keys().stream();
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void absentHyperParametersTakeTheTorchDefaults(String opt) throws Exception {
        ResultActions r = trajectory("opt=" + opt + "&steps=1").andExpect(status().isOk());
        for (ParamSpec s : Optimizers.specs(opt)) {
            r.andExpect(jsonPath("$.scenario." + s.name()).value(s.def()));
        }
        Map<String, Object> scenario = JsonPath.read(body(r), "$.scenario");
        assertThat(scenario.keySet()).containsAll(Optimizers.specs(opt).stream().map(ParamSpec::name).toList());
    }

    @Test
    void aStepRecordHasEveryField() throws Exception {
        trajectory("opt=adam&lr=0.1&steps=1")
                .andExpect(jsonPath("$.records[1].k").value(1))
                .andExpect(jsonPath("$.records[1].epoch").value(1))
                .andExpect(jsonPath("$.records[1].params", hasSize(2)))
                .andExpect(jsonPath("$.records[1].loss").isNumber())
                .andExpect(jsonPath("$.records[1].batchLoss").value(nullValue()))
                .andExpect(jsonPath("$.records[1].grad[0]").value(-6.0))
                .andExpect(jsonPath("$.records[1].grad[1]").value(8.0))
                .andExpect(jsonPath("$.records[1].update[0]", near(0.1, 1e-6)))
                .andExpect(jsonPath("$.records[1].update[1]", near(-0.1, 1e-6)))
                .andExpect(jsonPath("$.records[1].lr").value(0.1))
                .andExpect(jsonPath("$.records[1].state.m", hasSize(2)))
                .andExpect(jsonPath("$.records[1].state.v", hasSize(2)))
                .andExpect(jsonPath("$.records[1].state.mHat[0]", near(-6.0, 1e-9)))
                .andExpect(jsonPath("$.records[1].state.vHat[1]", near(64.0, 1e-9)));
    }

    // ---- every parameter -----------------------------------------------------------------------------------

    static Stream<Arguments> everyParameter() {
        return Stream.of(
                Arguments.of("fn=rosenbrock", "$.scenario.fn", "rosenbrock"),
                Arguments.of("fn=custom&expr=x%5E2%2B2*y%5E2", "$.scenario.expr", "x^2+2*y^2"),
                Arguments.of("opt=nesterov", "$.scenario.opt", "nesterov"),
                Arguments.of("lr=0.03", "$.scenario.lr", 0.03),
                Arguments.of("opt=momentum&momentum=0.8", "$.scenario.momentum", 0.8),
                Arguments.of("opt=momentum&dampening=0.25", "$.scenario.dampening", 0.25),
                Arguments.of("opt=adam&beta1=0.8", "$.scenario.beta1", 0.8),
                Arguments.of("opt=adamax&beta2=0.99", "$.scenario.beta2", 0.99),
                Arguments.of("opt=amsgrad&eps=1e-6", "$.scenario.eps", 1e-6),
                Arguments.of("opt=rmsprop&alpha=0.9", "$.scenario.alpha", 0.9),
                Arguments.of("opt=adadelta&rho=0.95", "$.scenario.rho", 0.95),
                Arguments.of("opt=adamw&weightDecay=0.1", "$.scenario.weightDecay", 0.1),
                Arguments.of("opt=nadam&momentumDecay=0.01", "$.scenario.momentumDecay", 0.01),
                Arguments.of("opt=adagrad&initialAccumulator=0.1", "$.scenario.initialAccumulator", 0.1),
                Arguments.of("init=1.5,-2", "$.records[0].params[0]", 1.5),
                Arguments.of("initMode=zeros", "$.records[0].params[1]", 0.0),
                Arguments.of("steps=7", "$.stopStep", 7),
                Arguments.of("fn=study-hours-wb&batch=2", "$.scenario.batch", 2),
                Arguments.of("fn=study-hours-wb&batch=1&shuffle=false", "$.scenario.shuffle", false),
                Arguments.of("seed=-7", "$.scenario.seed", -7),
                Arguments.of("grad=central", "$.scenario.grad", "central"),
                Arguments.of("grad=forward&h=0.001", "$.scenario.h", 0.001),
                Arguments.of("schedule=step&stepSize=2&gamma=0.5&lr=0.1&steps=5", "$.records[3].lr", 0.05),
                Arguments.of("schedule=exp&gamma=0.5&lr=0.1&steps=3", "$.records[3].lr", 0.025),
                Arguments.of("schedule=cosine&tMax=4&etaMin=0.01&lr=0.1&steps=5", "$.records[5].lr", 0.01),
                Arguments.of("warmup=4&lr=0.1&steps=2", "$.records[1].lr", 0.025),
                Arguments.of("opt=sgd&lr=0.1&tol=0.001&steps=1000", "$.reasonCode", "gradient-norm-below-tol"),
                Arguments.of("opt=sgd&lr=0.1&lossTol=1e-6&steps=1000", "$.reasonCode", "loss-change-below-tol"),
                Arguments.of("points=5&steps=8", "$.records[2].k", 4),
                Arguments.of("lang=ko", "$.reason", "100단계를 모두 진행했습니다."),
                Arguments.of("format=json", "$.status", "max-steps"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyParameter")
    void everyParameterIsHonoured(String query, String path, Object expected) throws Exception {
        ResultActions r = trajectory(query).andExpect(status().isOk());
        if (expected instanceof Double d) {
            r.andExpect(jsonPath(path, near(d, Math.abs(d) * 1e-12)));
        } else {
            r.andExpect(jsonPath(path).value(expected));
        }
    }

    @Test
    void givenInitStartsThereAndZerosStartAtTheOrigin() throws Exception {
        trajectory("init=1.5,-2&steps=1").andExpect(jsonPath("$.records[0].params[1]").value(-2.0))
                .andExpect(jsonPath("$.scenario.initMode").value("given"));
        trajectory("initMode=zeros&steps=1").andExpect(jsonPath("$.records[0].params[0]").value(0.0))
                .andExpect(jsonPath("$.scenario.init").doesNotExist());
    }

    @Test
    void uniformInitIsInsideTheBoundsAndFollowsTheSeed() throws Exception {
        String a = body(trajectory("initMode=uniform&seed=1&steps=1"));
        String b = body(trajectory("initMode=uniform&seed=1&steps=1"));
        String c = body(trajectory("initMode=uniform&seed=2&steps=1"));
        List<Double> p = Json.numbers(a, "$.records[0].params");
        assertThat(p).allSatisfy(x -> assertThat(x).isBetween(-5.0, 5.0));
        assertThat(Json.numbers(b, "$.records[0].params")).isEqualTo(p);
        assertThat(Json.numbers(c, "$.records[0].params")).isNotEqualTo(p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lecun", "xavier", "he"})
    void fanBasedInitOnADataProblemDrawsWeightsAndZeroBias(String mode) throws Exception {
        String json = body(trajectory("fn=quiz-scores&initMode=" + mode + "&steps=1").andExpect(status().isOk()));
        List<Double> theta = Json.numbers(json, "$.records[0].params");
        assertThat(theta).hasSize(4);
        assertThat(theta.get(3)).isZero();
        assertThat(theta.subList(0, 3)).anySatisfy(w -> assertThat(w).isNotZero());
    }

    @Test
    void miniBatchesReportTheBatchLossAndEpochs() throws Exception {
        trajectory("fn=study-hours-wb&batch=1&shuffle=false&steps=4&lr=0.01")
                .andExpect(jsonPath("$.records[0].batchLoss").value(nullValue()))
                .andExpect(jsonPath("$.records[1].batchLoss").value(4.0)) // row 0: (0·1 + 0 − 2)²
                .andExpect(jsonPath("$.records[1].epoch").value(1))
                .andExpect(jsonPath("$.records[3].epoch").value(1))
                .andExpect(jsonPath("$.records[4].epoch").value(2));
    }

    @Test
    void pointsThinEvenlyKeepingFirstAndLast() throws Exception {
        String json = body(trajectory("steps=1000&points=11"));
        assertThat(JsonPath.<List<Integer>>read(json, "$.records[*].k"))
                .containsExactly(0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000);
        json = body(trajectory("steps=10&points=4"));
        assertThat(JsonPath.<List<Integer>>read(json, "$.records[*].k")).containsExactly(0, 3, 7, 10);
    }

    @Test
    void aRunThatStopsEarlyIsStillThinnedEvenlyOverItsOwnSteps() throws Exception {
        // converges long before 100000 steps: the records spread over [0, stopStep], not over [0, 100000]
        String json = body(trajectory("lr=0.1&tol=1e-6&steps=100000&points=5"));
        int stop = JsonPath.read(json, "$.stopStep");
        assertThat(stop).isBetween(10, 1000);
        List<Integer> ks = JsonPath.read(json, "$.records[*].k");
        assertThat(ks).hasSize(5).startsWith(0).endsWith(stop);
        for (int i = 0; i < 5; i++) {
            assertThat(ks.get(i)).isEqualTo((i * stop + 2) / 4); // round(i·n/4), halves up
        }
    }

    @Test
    void theQueryItPrintsGivesTheSameScenarioBack() throws Exception {
        String first = body(trajectory("fn=custom&expr=sin(x)%2By%5E2&opt=adam&lr=0.03&beta1=0.8&init=1,2&steps=20"
                + "&grad=forward&h=0.01&schedule=cosine&tMax=10&warmup=3&tol=1e-9&points=7&seed=9"));
        String query = JsonPath.read(first, "$.query");
        String second = body(trajectory(query));
        assertThat(JsonPath.<Object>read(second, "$.scenario")).isEqualTo(JsonPath.read(first, "$.scenario"));
        assertThat(JsonPath.<Object>read(second, "$.records")).isEqualTo(JsonPath.read(first, "$.records"));
    }

    // ---- goldens (docs/conventions.md#checked-numbers, seed 002) -------------------------------------------------------

    @Test
    void goldenCentralGradientDescentOnTheSphereEndsNearTheOrigin() throws Exception {
        String json = body(trajectory("fn=sphere&opt=sgd&lr=0.1&init=-3,4&steps=100&grad=central")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("max-steps"))
                .andExpect(jsonPath("$.stopStep").value(100)));
        List<Double> last = Json.numbers(json, "$.records[-1].params");
        assertThat(last.get(0)).isCloseTo(-6.1e-10, within(0.1e-10));
        assertThat(last.get(1)).isCloseTo(8.1e-10, within(0.1e-10));
        // exactly (1 − 2·0.1)^100 · θ₀ up to rounding
        assertThat(last.get(0)).isCloseTo(-3 * Math.pow(0.8, 100), within(1e-15));
        assertThat(last.get(1)).isCloseTo(4 * Math.pow(0.8, 100), within(1e-15));
    }

    @Test
    void goldenSgdWithLr1point1DivergesAtStep1938() throws Exception {
        trajectory("fn=sphere&opt=sgd&lr=1.1&steps=5000")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("diverged"))
                .andExpect(jsonPath("$.stopStep").value(1938))
                .andExpect(jsonPath("$.reasonCode").value("non-finite-loss"))
                .andExpect(jsonPath("$.reason").value(
                        "Diverged at step 1938: the loss became Infinity (the last finite loss was 1.4E+308). "
                                + "Try a smaller learning rate."))
                .andExpect(jsonPath("$.records[-1].k").value(1938))
                .andExpect(jsonPath("$.records[-1].loss").value("Infinity"))
                .andExpect(jsonPath("$.records", hasSize(1939)));
    }

    // ---- non-finite numbers are strings --------------------------------------------------------------------

    @Test
    void nanAtTheStartIsTheStringNaN() throws Exception {
        trajectory("fn=custom&expr=sqrt(x)&init=-1,1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("diverged"))
                .andExpect(jsonPath("$.stopStep").value(0))
                .andExpect(jsonPath("$.records[0].loss").value("NaN"))
                .andExpect(jsonPath("$.reason").value("Cannot start: the loss or the gradient at the start point is "
                        + "NaN. Try another start point."));
    }

    @Test
    void minusInfinityIsTheStringMinusInfinity() throws Exception {
        trajectory("fn=custom&expr=log(x%5E2)&init=0,1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("diverged"))
                .andExpect(jsonPath("$.reasonCode").value("non-finite-gradient"))
                .andExpect(jsonPath("$.records[0].loss").value("-Infinity"))
                .andExpect(jsonPath("$.records[0].grad[0]").value("NaN"));
    }

    @Test
    void koreanReasonForADivergedRun() throws Exception {
        trajectory("lr=1.1&steps=5000&lang=ko")
                .andExpect(header().string("Content-Language", "ko"))
                .andExpect(jsonPath("$.reason").value("1938단계에서 발산했습니다: 손실이 유한한 값을 벗어났습니다"
                        + "(Infinity, 마지막 유한한 손실은 1.4E+308). 학습률을 줄여 보세요."));
    }

    // ---- CSV -----------------------------------------------------------------------------------------------

    @Test
    void csvByFormatParameterHasAHeaderAndOneRowPerRecord() throws Exception {
        ResultActions r = trajectory("opt=adam&lr=0.1&steps=3&format=csv")
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("X-Run-Status", "max-steps"))
                .andExpect(header().string("X-Run-Stop-Step", "3"));
        String[] lines = body(r).split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("k,epoch,theta_0,theta_1,loss,batchLoss,grad_0,grad_1,update_0,update_1,lr,"
                + "m_0,m_1,v_0,v_1,mHat_0,mHat_1,vHat_0,vHat_1");
        assertThat(lines[1]).startsWith("0,0,-3.0,4.0,25.0,,-6.0,8.0,0.0,0.0,0.1,0.0,0.0,");
        assertThat(lines[3].split(",", -1)).hasSize(19);

        // the same numbers as the JSON answer
        String json = body(trajectory("opt=adam&lr=0.1&steps=3"));
        String[] row = lines[4].split(",", -1);
        assertThat(Double.parseDouble(row[2])).isEqualTo(Json.number(json, "$.records[3].params[0]"));
        assertThat(Double.parseDouble(row[4])).isEqualTo(Json.number(json, "$.records[3].loss"));
        assertThat(Double.parseDouble(row[18])).isEqualTo(Json.number(json, "$.records[3].state.vHat[1]"));
    }

    @Test
    void csvByAcceptHeader() throws Exception {
        mvc.perform(get("/api/v1/trajectory?steps=2").accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"));
        mvc.perform(get("/api/v1/trajectory?steps=2").header("Accept", "application/json;q=0.5, text/csv"))
                .andExpect(content().contentType("text/csv;charset=UTF-8"));
        mvc.perform(get("/api/v1/trajectory?steps=2").header("Accept", "text/csv;q=0.5, application/json"))
                .andExpect(content().contentType(MediaType.APPLICATION_JSON));
        mvc.perform(get("/api/v1/trajectory?steps=2").header("Accept", "*/*"))
                .andExpect(content().contentType(MediaType.APPLICATION_JSON));
        mvc.perform(get("/api/v1/trajectory?steps=2&format=json").accept("text/csv"))
                .andExpect(content().contentType(MediaType.APPLICATION_JSON));
    }

    @Test
    void csvOfMiniBatchesAndNadamState() throws Exception {
        String[] lines = body(trajectory("fn=study-hours-wb&opt=nadam&batch=1&shuffle=false&steps=2&format=csv"))
                .split("\r\n");
        assertThat(lines[0]).endsWith(",lr,m_0,m_1,v_0,v_1,mu_0,muProduct_0,vHat_0,vHat_1");
        assertThat(lines[1].split(",", -1)[5]).isEmpty(); // no batch loss at k = 0
        assertThat(lines[2].split(",", -1)[5]).isEqualTo("4.0"); // row 0 at θ₀ = 0
    }

    @Test
    void csvWritesNonFiniteNumbersAsJavaSpellsThem() throws Exception {
        String[] lines = body(trajectory("lr=1.1&steps=5000&points=2&format=csv")).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).startsWith("1938,1938,").contains(",Infinity,");
        assertThat(lines[2].split(",", -1)[4]).isEqualTo("Infinity");
    }
}
