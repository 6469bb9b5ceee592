package org.gdplayground.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.engine.run.Run;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.system.DiagnosisText;
import org.gdplayground.system.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API and the page say the same about the same run: the page's model (the link parsed and built by the same
 * parser and factory, run by the engine) gives the code, the sentence and the checked suggestion the API answers,
 * in both languages — for the cases.
 */
@ApiSlice
class ApiPageAgreementTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ScenarioParser parser;
    @Autowired
    ScenarioFactory factory;
    @Autowired
    Messages messages;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void apiAndPageModelAgree() throws Exception {
        List<String> links = List.of("fn=two-minima&opt=sgd&lr=0.3&init=1.8,1", "fn=rosenbrock&opt=sgd&lr=0.01",
                "fn=sphere&lr=1e-10", "fn=saddle&lr=0.1&init=-3,0.001", "fn=plateau", "fn=sphere&lr=1.1",
                "fn=himmelblau&opt=adam&lr=0.1", "fn=rosenbrock&opt=newton");
        for (String link : links) {
            Diagnosis page = pageModel(link);
            for (Locale l : List.of(Locale.ENGLISH, Locale.KOREAN)) {
                String body = mvc.perform(MockMvcRequestBuilders.get(URI.create("/api/v1/trajectory?" + link
                        + "&points=2&lang=" + l.getLanguage()))).andReturn().getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                JsonNode d = json.readTree(body).get("diagnosis");
                assertThat(d.get("code").asString()).as(link).isEqualTo(page.code().id());
                assertThat(d.get("message").asString()).as(link).isEqualTo(DiagnosisText.of(page, messages, l));
                if (page.hasSuggestion()) {
                    assertThat(d.get("suggestedLr").asDouble()).as(link).isEqualTo(page.suggestedLr());
                } else {
                    assertThat(d.get("suggestedLr").isNull()).as(link).isTrue();
                }
            }
        }
    }

    private Diagnosis pageModel(String link) {
        java.util.Map<String, List<String>> q = new java.util.LinkedHashMap<>();
        for (String pair : link.split("&")) {
            String[] kv = pair.split("=", 2);
            q.computeIfAbsent(kv[0], k -> new java.util.ArrayList<>()).add(kv[1]);
        }
        var spec = parser.parse(q, ScenarioParser.Mode.SINGLE).spec();
        Run run = factory.scenario(spec, 0, 1000).start();
        run.runToEnd(() -> false);
        return run.diagnosis();
    }
}
