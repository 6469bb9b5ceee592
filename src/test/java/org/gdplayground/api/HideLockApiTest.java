package org.gdplayground.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gdplayground.scenario.Control;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** hide= and lock= through the API: listed in the catalog, accepted and echoed, unknown ids refused. */
@ApiSlice
class HideLockApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theCatalogListsEveryControlIdWithNames() throws Exception {
        String json = mvc.perform(get("/api/v1/catalog")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> ids = JsonPath.read(json, "$.controls[*].id");
        assertThat(ids).isEqualTo(Control.ids()).contains("fn", "opt", "lr", "init", "steps", "batch", "grad",
                "schedule", "speed");
        List<String> names = JsonPath.read(json, "$.controls[*].names.*");
        assertThat(names).hasSize(2 * ids.size()).allSatisfy(n -> assertThat(n).doesNotStartWith("!"));
        assertThat(JsonPath.<List<String>>read(json, "$.controls[?(@.id=='lr')].names.ko")).containsExactly("학습률");
        assertThat(JsonPath.<List<Boolean>>read(json, "$.controls[?(@.id=='speed')].scenario"))
                .containsExactly(false);
        assertThat(JsonPath.<List<Object>>read(json, "$.defaults.hide")).isEmpty();
    }

    @Test
    void aRunAcceptsHideAndLockAndEchoesThem() throws Exception {
        mvc.perform(get("/api/v1/trajectory?fn=sphere&lr=0.1&steps=3&hide=opt&lock=lr,speed"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scenario.hide", contains("opt")))
                .andExpect(jsonPath("$.scenario.lock", contains("lr", "speed")));
    }

    @Test
    void anUnknownControlIdIsAProblemNamingTheAllowedIds() throws Exception {
        mvc.perform(get("/api/v1/trajectory?fn=sphere&hide=opt,learningRate"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/api/v1/problems/invalid-parameters"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].param").value("hide"))
                .andExpect(jsonPath("$.errors[0].value").value("learningRate"))
                .andExpect(jsonPath("$.errors[0].allowed").value(String.join(", ", Control.ids())))
                .andExpect(jsonPath("$.errors[0].message").value("hide must be one of "
                        + String.join(", ", Control.ids()) + ", got \"learningRate\"."));
        mvc.perform(get("/api/v1/compare?opt.1=adam&opt.2=sgd&lock=lr,lr&lang=ko"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value("lock"))
                .andExpect(jsonPath("$.errors[0].code").value("repeatedItem"));
    }
}
