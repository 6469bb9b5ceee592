package org.gdplayground.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ApiSlice
class CompareApiTest {

    @Autowired
    MockMvc mvc;

    ResultActions compare(String query) throws Exception {
        return mvc.perform(get(URI.create("/api/v1/compare?" + query)));
    }

    String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void runsShareTheScenarioAndKeepTheirOwnOptimizerBlocks() throws Exception {
        compare("fn=rosenbrock&init=-1.5,2&steps=200&points=5&opt.1=adam&lr.1=0.03&opt.2=momentum&lr.2=0.001"
                + "&momentum.2=0.8")
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.scenario.fn").value("rosenbrock"))
                .andExpect(jsonPath("$.scenario.steps").value(200))
                .andExpect(jsonPath("$.scenario.seed").value(42))
                .andExpect(jsonPath("$.scenario.opt").doesNotExist())
                .andExpect(jsonPath("$.scenario.lr").doesNotExist())
                .andExpect(jsonPath("$.runs", hasSize(2)))
                .andExpect(jsonPath("$.runs[0].index").value(1))
                .andExpect(jsonPath("$.runs[0].opt").value("adam"))
                .andExpect(jsonPath("$.runs[0].lr").value(0.03))
                .andExpect(jsonPath("$.runs[0].hyper.beta1").value(0.9))
                .andExpect(jsonPath("$.runs[1].index").value(2))
                .andExpect(jsonPath("$.runs[1].opt").value("momentum"))
                .andExpect(jsonPath("$.runs[1].hyper.momentum").value(0.8))
                .andExpect(jsonPath("$.runs[1].hyper.dampening").value(0.0))
                .andExpect(jsonPath("$.runs[0].init").doesNotExist())
                .andExpect(jsonPath("$.runs[0].records", hasSize(5)))
                .andExpect(jsonPath("$.runs[1].records[0].params[0]").value(-1.5))
                .andExpect(jsonPath("$.runs[0].status").value("max-steps"))
                .andExpect(jsonPath("$.runs[0].stopStep").value(200))
                .andExpect(jsonPath("$.runs[0].reasonCode").value("max-steps"))
                .andExpect(jsonPath("$.runs[0].reason").value("Took all 200 steps."))
                .andExpect(jsonPath("$.runs[0].stepsToTol").value(nullValue()))
                .andExpect(jsonPath("$.runs[0].engineNanos").isNumber());
    }

    @Test
    void summariesAgreeWithTheRecords() throws Exception {
        String json = body(compare("lr=0.1&steps=50&opt.1=sgd&opt.2=sgd&lr.2=1.1&opt.3=adam"));
        for (int i = 0; i < 3; i++) {
            String run = "$.runs[" + i + "]";
            double finalLoss = Json.number(json, run + ".finalLoss");
            assertThat(finalLoss).isEqualTo(Json.number(json, run + ".records[-1].loss"));
            List<Double> losses = Json.numbers(json, run + ".records[*].loss");
            double best = Json.number(json, run + ".bestLoss");
            assertThat(best).isLessThanOrEqualTo(losses.stream().min(Double::compare).orElseThrow());
            List<Double> theta = Json.numbers(json, run + ".records[-1].params");
            assertThat(Json.number(json, run + ".distanceToNearestMinimum"))
                    .isCloseTo(Math.hypot(theta.get(0), theta.get(1)), within(1e-12));
        }
        // sgd with lr 1.1 on x²+y² grows by 1.44 per step: its best loss is the start
        assertThat(Json.number(json, "$.runs[1].bestLoss")).isEqualTo(25.0);
        // a shared lr applies to every run that does not set its own
        assertThat(Json.number(json, "$.runs[0].lr")).isEqualTo(0.1);
        assertThat(Json.number(json, "$.runs[2].lr")).isEqualTo(0.1);
    }

    @Test
    void stepsToTolIsTheStepWhereTheGradientNormFellBelowTol() throws Exception {
        String json = body(compare("tol=1e-3&steps=5000&opt.1=sgd&lr.1=0.1&opt.2=sgd&lr.2=0.0001"));
        assertThat(JsonPath.<String>read(json, "$.runs[0].status")).isEqualTo("converged");
        assertThat(JsonPath.<String>read(json, "$.runs[0].reasonCode")).isEqualTo("gradient-norm-below-tol");
        int stop = JsonPath.read(json, "$.runs[0].stopStep");
        assertThat(JsonPath.<Integer>read(json, "$.runs[0].stepsToTol")).isEqualTo(stop);
        // ‖∇f‖ = 2‖θ_k‖ = 2·5·0.8^k < 1e-3 ⇔ 0.8^k < 1e-4 ⇔ k > 41.3: first at k = 42
        assertThat(stop).isEqualTo(42);
        assertThat(JsonPath.<Object>read(json, "$.runs[1].stepsToTol")).isNull();
        assertThat(JsonPath.<String>read(json, "$.runs[1].status")).isEqualTo("max-steps");
    }

    @Test
    void everyRunUsesTheSameSeedSoMiniBatchesComeInTheSameOrder() throws Exception {
        String json = body(compare("fn=quiz-scores&batch=1&steps=10&seed=3&opt.1=sgd&lr.1=1e-5&opt.2=adam"
                + "&lr.2=0.01&opt.3=sgd&lr.3=1e-5"));
        // step 1 starts from the same θ₀ in every run: the same batch gives the same batch loss
        double b1 = Json.number(json, "$.runs[0].records[1].batchLoss");
        assertThat(Json.number(json, "$.runs[1].records[1].batchLoss")).isEqualTo(b1);
        // identical optimizer blocks give identical runs, step for step
        assertThat(JsonPath.<Object>read(json, "$.runs[2].records"))
                .isEqualTo(JsonPath.read(json, "$.runs[0].records"));
        // and the order is the seed's: another seed, another first batch (over a few seeds at least one differs)
        boolean differs = false;
        for (int seed = 4; seed < 10 && !differs; seed++) {
            String other = body(compare("fn=quiz-scores&batch=1&steps=1&seed=" + seed + "&opt.1=sgd&lr.1=1e-5"));
            differs = Json.number(other, "$.runs[0].records[1].batchLoss") != b1;
        }
        assertThat(differs).isTrue();
    }

    @Test
    void aRunMayHaveItsOwnStart() throws Exception {
        compare("opt.1=sgd&init.1=1,1&opt.2=sgd&steps=1")
                .andExpect(jsonPath("$.runs[0].init[0]").value(1.0))
                .andExpect(jsonPath("$.runs[0].records[0].params[0]").value(1.0))
                .andExpect(jsonPath("$.runs[1].init").doesNotExist())
                .andExpect(jsonPath("$.runs[1].records[0].params[0]").value(-3.0));
    }

    @Test
    void noKnownMinimumMeansNoDistance() throws Exception {
        compare("fn=saddle&opt.1=sgd&steps=3").andExpect(jsonPath("$.runs[0].distanceToNearestMinimum")
                .value(nullValue()));
    }

    @Test
    void aDivergedRunSaysSoInKorean() throws Exception {
        compare("lang=ko&steps=5000&opt.1=sgd&lr.1=1.1&opt.2=sgd&lr.2=0.1")
                .andExpect(jsonPath("$.runs[0].status").value("diverged"))
                .andExpect(jsonPath("$.runs[0].stopStep").value(1938))
                .andExpect(jsonPath("$.runs[0].finalLoss").value("Infinity"))
                .andExpect(jsonPath("$.runs[0].reason").value("1938단계에서 발산했습니다: 손실이 유한한 값을 "
                        + "벗어났습니다(Infinity, 마지막 유한한 손실은 1.4E+308). 학습률을 줄여 보세요."))
                .andExpect(jsonPath("$.runs[1].status").value("max-steps"));
    }

    @Test
    void theQueryRoundTrips() throws Exception {
        String first = body(compare("fn=booth&steps=30&points=4&opt.1=adam&lr.1=0.5&opt.3=nadam&momentumDecay=0.01"
                + "&schedule=exp&gamma=0.9"));
        String query = JsonPath.read(first, "$.query");
        assertThat(query).contains("opt.1=adam").contains("opt.2=nadam").contains("momentumDecay.2=0.01");
        String second = body(compare(query));
        assertThat(JsonPath.<Map<String, Object>>read(second, "$.scenario"))
                .isEqualTo(JsonPath.read(first, "$.scenario"));
        assertThat(JsonPath.<Object>read(second, "$.runs[*].records"))
                .isEqualTo(JsonPath.read(first, "$.runs[*].records"));
    }
}
