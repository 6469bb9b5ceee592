package org.gdplayground.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Init;
import org.gdplayground.engine.run.Schedules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ApiSlice
class CatalogApiTest {

    @Autowired
    MockMvc mvc;

    String catalog() throws Exception {
        return mvc.perform(get("/api/v1/catalog")).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void listsEverySurfaceWithNamesInBothLanguages() throws Exception {
        String json = catalog();
        List<String> ids = JsonPath.read(json, "$.surfaces[*].id");
        assertThat(ids).hasSize(Objectives.builtinIds().size() + 1).containsAll(Objectives.builtinIds())
                .endsWith("custom");
        List<String> names = JsonPath.read(json, "$.surfaces[*].names.*");
        assertThat(names).hasSize(2 * ids.size()).allSatisfy(n -> assertThat(n).doesNotStartWith("!"));
        mvc.perform(get("/api/v1/catalog"))
                .andExpect(jsonPath("$.surfaces[0].id").value("sphere"))
                .andExpect(jsonPath("$.surfaces[0].names.en").value("Bowl x² + y² (blog example)"))
                .andExpect(jsonPath("$.surfaces[0].names.ko").value("그릇 x² + y² (블로그 예제)"))
                .andExpect(jsonPath("$.surfaces[0].formula").value("x² + y²"))
                .andExpect(jsonPath("$.surfaces[0].parameters").value(2))
                .andExpect(jsonPath("$.surfaces[0].bounds.xMin").value(-5.0))
                .andExpect(jsonPath("$.surfaces[0].minima[0].point[0]").value(0.0))
                .andExpect(jsonPath("$.surfaces[0].minima[0].global").value(true))
                .andExpect(jsonPath("$.surfaces[0].defaultStart[1]").value(4.0))
                .andExpect(jsonPath("$.surfaces[0].isData").value(false))
                .andExpect(jsonPath("$.surfaces[0].rows").doesNotExist())
                .andExpect(jsonPath("$.surfaces[?(@.id=='quiz-scores')].isData").value(true))
                .andExpect(jsonPath("$.surfaces[?(@.id=='quiz-scores')].rows").value(5))
                .andExpect(jsonPath("$.surfaces[?(@.id=='quiz-scores')].parameters").value(4))
                .andExpect(jsonPath("$.surfaces[?(@.id=='saddle')].minima[*]", hasSize(0)))
                .andExpect(jsonPath("$.surfaces[-1].formula").value(nullValue()));
    }

    @Test
    void listsOptimizersWithDefaultsAndRangesFromTheEngine() throws Exception {
        String json = catalog();
        assertThat(JsonPath.<List<String>>read(json, "$.optimizers[*].key")).isEqualTo(Optimizers.keys());
        mvc.perform(get("/api/v1/catalog"))
                .andExpect(jsonPath("$.optimizers[?(@.key=='adam')].names.en").value("Adam"))
                .andExpect(jsonPath("$.optimizers[?(@.key=='adam')].hyper[0].name").value("lr"))
                .andExpect(jsonPath("$.optimizers[?(@.key=='adam')].hyper[0].default").value(0.001))
                .andExpect(jsonPath("$.optimizers[?(@.key=='adam')].hyper[0].max").value("Infinity"))
                .andExpect(jsonPath("$.optimizers[?(@.key=='adam')].hyper[0].minClosed").value(false))
                .andExpect(jsonPath("$.optimizers[?(@.key=='adam')].hyper[1].name").value("beta1"))
                .andExpect(jsonPath("$.optimizers[?(@.key=='adam')].hyper[1].default").value(0.9))
                .andExpect(jsonPath("$.optimizers[?(@.key=='adam')].hyper[1].min").value(0.0))
                .andExpect(jsonPath("$.optimizers[?(@.key=='adam')].hyper[1].max").value(1.0))
                .andExpect(jsonPath("$.optimizers[?(@.key=='adam')].hyper[1].maxClosed").value(false))
                .andExpect(jsonPath("$.optimizers[?(@.key=='adam')].hyper[1].allowed").value("[0, 1)"))
                .andExpect(jsonPath("$.optimizers[?(@.key=='adagrad')].hyper[*].name")
                        .value(org.hamcrest.Matchers.hasItem("initialAccumulator")))
                .andExpect(jsonPath("$.optimizers[?(@.key=='momentum')].names.ko").value("모멘텀"));
    }

    @Test
    void listsSchedulesModesParametersDefaultsAndLimits() throws Exception {
        String json = catalog();
        assertThat(JsonPath.<List<String>>read(json, "$.schedules[*].key")).isEqualTo(Schedules.keys());
        assertThat(JsonPath.<List<String>>read(json, "$.initModes[*].key")).isEqualTo(Init.keys());
        assertThat(JsonPath.<List<String>>read(json, "$.gradientModes[*].key"))
                .containsExactly("analytic", "central", "forward");
        assertThat(JsonPath.<List<String>>read(json, "$..names.*"))
                .allSatisfy(n -> assertThat(n).isNotBlank().doesNotStartWith("!"));
        mvc.perform(get("/api/v1/catalog"))
                .andExpect(jsonPath("$.schedules[?(@.key=='step')].params[*].name")
                        .value(org.hamcrest.Matchers.contains("stepSize", "gamma")))
                .andExpect(jsonPath("$.schedules[?(@.key=='step')].params[0].integer").value(true))
                .andExpect(jsonPath("$.initModes[?(@.key=='he')].dataOnly").value(true))
                .andExpect(jsonPath("$.initModes[?(@.key=='zeros')].dataOnly").value(false))
                .andExpect(jsonPath("$.gradientModes[?(@.key=='central')].usesH").value(true))
                .andExpect(jsonPath("$.parameters[?(@.name=='steps')].max").value(1_000_000.0))
                .andExpect(jsonPath("$.parameters[?(@.name=='points')].default").value(20_001.0))
                .andExpect(jsonPath("$.parameters[?(@.name=='tol')].default").value(org.hamcrest.Matchers.contains(
                        nullValue())))
                .andExpect(jsonPath("$.defaults.fn").value("sphere"))
                .andExpect(jsonPath("$.defaults.opt").value("sgd"))
                .andExpect(jsonPath("$.defaults.steps").value(100))
                .andExpect(jsonPath("$.defaults.batch").value("full"))
                .andExpect(jsonPath("$.defaults.lr").doesNotExist())
                .andExpect(jsonPath("$.limits.maxSteps").value(1_000_000))
                .andExpect(jsonPath("$.limits.maxPoints").value(20_001))
                .andExpect(jsonPath("$.limits.maxExpressionLength").value(200))
                .andExpect(jsonPath("$.limits.maxExpressionDepth").value(32))
                .andExpect(jsonPath("$.limits.maxCompareRuns").value(8));
    }
}
