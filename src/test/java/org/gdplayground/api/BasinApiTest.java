package org.gdplayground.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ApiSlice
class BasinApiTest {

    @Autowired
    MockMvc mvc;

    ResultActions basins(String query) throws Exception {
        return mvc.perform(get(URI.create("/api/v1/basins?" + query)));
    }

    @Test
    void himmelblauHasFourBasinsAndTheLabelsPointIntoMinima() throws Exception {
        ResultActions r = basins("fn=himmelblau&opt=sgd&lr=0.01&steps=1000&grid=21")
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.grid").value(21))
                .andExpect(jsonPath("$.steps").value(1000))
                .andExpect(jsonPath("$.xs", hasSize(21)))
                .andExpect(jsonPath("$.ys", hasSize(21)))
                .andExpect(jsonPath("$.xs[0]").value(-5.0))
                .andExpect(jsonPath("$.xs[20]").value(5.0))
                .andExpect(jsonPath("$.labels", hasSize(21)))
                .andExpect(jsonPath("$.labels[0]", hasSize(21)))
                .andExpect(jsonPath("$.minima", hasSize(4)))
                .andExpect(jsonPath("$.minima[0].x").value(3.0))
                .andExpect(jsonPath("$.minima[0].y").value(2.0))
                .andExpect(jsonPath("$.query", containsString("grid=21")));
        String body = r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<List<Integer>> labels = JsonPath.read(body, "$.labels");
        // (xs[16], ys[14]) = (3, 2): a start on the minimum listed first stays there
        assertThat(labels.get(14).get(16)).isEqualTo(0);
        assertThat(labels.stream().flatMap(List::stream).distinct().sorted().toList()).containsExactly(0, 1, 2, 3);
        Integer sum = JsonPath.read(body, "$.counts.0");
        assertThat(sum).isPositive();
    }

    @Test
    void twoMinimaSplitAtTheSaddleAndHugeLrDiverges() throws Exception {
        String body = basins("fn=two-minima&opt=sgd&lr=0.01&steps=1000&grid=11").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Integer> row = JsonPath.read(body, "$.labels[5]"); // y = 0; xs = −2, −1.6, …, 2
        assertThat(row).containsExactly(0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
        basins("fn=himmelblau&opt=sgd&lr=1&steps=100&grid=11").andExpect(status().isOk())
                // every start flies off except (3, 2) itself, a grid point where ∇f = 0
                .andExpect(jsonPath("$.counts.diverged").value(120))
                .andExpect(jsonPath("$.counts.0").value(1))
                .andExpect(jsonPath("$.labels[7][8]").value(0));
    }

    @Test
    void badGridStepsAndSurfacesAreNamedWithWhatIsAllowed() throws Exception {
        basins("fn=himmelblau&grid=500").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].param").value("grid"))
                .andExpect(jsonPath("$.errors[0].allowed").value("whole number in [11, 201]"))
                .andExpect(jsonPath("$.errors[0].message", containsString("[11, 201]")));
        basins("fn=himmelblau&grid=abc").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value("grid"))
                .andExpect(jsonPath("$.errors[0].code").value("notNumber"));
        basins("fn=himmelblau&grid=201&steps=5000").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value("steps"))
                .andExpect(jsonPath("$.errors[0].allowed").value("whole number in [1, 1237]"));
        basins("fn=study-hours-w&grid=11").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value("fn"))
                .andExpect(jsonPath("$.errors[0].allowed", containsString("himmelblau")));
        basins("fn=himmelblau&grid=11&grid=21").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value("grid"));
        basins("fn=himmelblau&lr=-1&grid=11").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value("lr"));
        basins("fn=himmelblau&grid=11&lang=ko&grid=x").andExpect(status().isBadRequest());
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCache() throws Exception {
        String q = "fn=booth&opt=adam&lr=0.1&steps=300&grid=31";
        String a = basins(q).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String b = basins(q + "&init=1,1&seed=7").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((Object) JsonPath.read(b, "$.labels")).isEqualTo(JsonPath.read(a, "$.labels"));
        // the same map object: its engine time is the first computation's
        assertThat((Object) JsonPath.read(b, "$.engineNanos")).isEqualTo(JsonPath.read(a, "$.engineNanos"));
    }
}
