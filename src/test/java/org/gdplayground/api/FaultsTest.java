package org.gdplayground.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.function.ExpressionException;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** What happens when something below the parser fails: never an HTML page, never a stack trace. */
@ApiSlice
class FaultsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ScenarioFactory factory;

    @Test
    void anUnexpectedFaultIsA500ProblemWithAReferenceAndNoStackTrace() throws Exception {
        when(factory.scenarios(any(ScenarioSpec.class), anyInt())).thenThrow(new IllegalStateException("boom"));
        mvc.perform(get("/api/v1/trajectory"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/api/v1/problems/internal-error"))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.detail", matchesPattern(
                        "Something went wrong on the server; your request is not the cause\\. "
                                + "Please report reference [0-9a-f]{8}\\.")))
                .andExpect(content().string(not(containsString("boom"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("at org."))));
    }

    @Test
    void anErrorLikeOutOfMemoryIsStillProblemDetails() throws Exception {
        when(factory.scenarios(any(ScenarioSpec.class), anyInt())).thenThrow(new OutOfMemoryError("Java heap space"));
        mvc.perform(get("/api/v1/compare?opt.1=adam&lang=ko"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("서버 내부 오류"))
                .andExpect(content().string(not(containsString("heap"))));
    }

    @Test
    void anEngineRefusalIsA400NamingTheParameter() throws Exception {
        when(factory.scenarios(any(ScenarioSpec.class), anyInt()))
                .thenThrow(new InvalidParameterException("beta1", "1.2", "[0, 1)"));
        mvc.perform(get("/api/v1/trajectory"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/invalid-parameters"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].param").value("beta1"))
                .andExpect(jsonPath("$.errors[0].message").value("beta1 must be in [0, 1), got 1.2."));
    }

    @Test
    void anEngineExpressionRefusalIsA400OnExpr() throws Exception {
        when(factory.scenarios(any(ScenarioSpec.class), anyInt())).thenThrow(
                new ExpressionException(ExpressionException.Kind.UNEXPECTED_END, 3, null, "number"));
        mvc.perform(get("/api/v1/trajectory"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value("expr"))
                .andExpect(jsonPath("$.errors[0].message").value("expr: at character 4: expected number — \"\"."));
    }

    @Test
    void anotherIllegalArgumentFromTheEngineIsABadRequest() throws Exception {
        when(factory.scenarios(any(ScenarioSpec.class), anyInt()))
                .thenThrow(new IllegalArgumentException("dimension must be at least 1, got 0"));
        mvc.perform(get("/api/v1/trajectory"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/api/v1/problems/bad-request"))
                .andExpect(jsonPath("$.detail")
                        .value("The request cannot be used: dimension must be at least 1, got 0"));
    }
}
