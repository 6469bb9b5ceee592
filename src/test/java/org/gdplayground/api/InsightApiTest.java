package org.gdplayground.api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** {@code /api/v1/gradient-check} and {@code /api/v1/insight}: hand-worked answers and problem details. */
@ApiSlice
class InsightApiTest {

    @Autowired
    MockMvc mvc;

    ResultActions get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(URI.create(path)));
    }

    @Test
    void seedCentralGradientAtThreeFour() throws Exception {
        get("/api/v1/gradient-check?fn=sphere&at=3,4")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.h").value(1e-4))
                .andExpect(jsonPath("$.analytic[0]").value(6.0))
                .andExpect(jsonPath("$.analytic[1]").value(8.0))
                .andExpect(jsonPath("$.central[0]", closeTo(6.0, 1e-9), Double.class))
                .andExpect(jsonPath("$.central[1]", closeTo(8.0, 1e-9), Double.class))
                .andExpect(jsonPath("$.forward[0]", closeTo(6.0001, 1e-9), Double.class))
                .andExpect(jsonPath("$.forwardError", closeTo(1e-4, 1e-9), Double.class))
                .andExpect(jsonPath("$.sweep", hasSize(12)))
                .andExpect(jsonPath("$.sweep[0].h").value(0.1))
                .andExpect(jsonPath("$.sweep[11].h").value(1e-12))
                .andExpect(jsonPath("$.sweep[0].forwardError", closeTo(0.1, 1e-9), Double.class));
    }

    @Test
    void customExpressionWithItsOwnH() throws Exception {
        get("/api/v1/gradient-check?fn=custom&expr=x%5E2%2B10*y%5E2&at=1,1&h=0.01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expr").value("x^2+10*y^2"))
                .andExpect(jsonPath("$.h").value(0.01))
                .andExpect(jsonPath("$.analytic[1]").value(20.0))
                .andExpect(jsonPath("$.forward[1]", closeTo(20.1, 1e-9), Double.class));
    }

    @Test
    void insightOfTheNarrowBowlAndRosenbrock() throws Exception {
        get("/api/v1/insight?fn=ellipse&at=1,2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hessian[0][0]").value(2.0))
                .andExpect(jsonPath("$.hessian[1][1]").value(20.0))
                .andExpect(jsonPath("$.eigenvalues[0]").value(2.0))
                .andExpect(jsonPath("$.eigenvalues[1]").value(20.0))
                .andExpect(jsonPath("$.conditionNumber").value(10.0))
                .andExpect(jsonPath("$.curvature").value(20.0))
                .andExpect(jsonPath("$.criticalLr").value(0.1))
                .andExpect(jsonPath("$.kind").value("minimum"));
        get("/api/v1/insight?fn=rosenbrock&at=1,1")
                .andExpect(jsonPath("$.hessian[0][0]").value(802.0))
                .andExpect(jsonPath("$.hessian[0][1]").value(-400.0))
                .andExpect(jsonPath("$.hessian[1][1]").value(200.0));
    }

    @Test
    void insightOfTheSaddleAndAPlaneAndStudyHours() throws Exception {
        get("/api/v1/insight?fn=saddle&at=0,0")
                .andExpect(jsonPath("$.kind").value("saddle"))
                .andExpect(jsonPath("$.criticalLr").value(1.0));
        get("/api/v1/insight?fn=custom&expr=x%2By&at=0,0")
                .andExpect(jsonPath("$.kind").value("flat"))
                .andExpect(jsonPath("$.conditionNumber").value(nullValue()))
                .andExpect(jsonPath("$.criticalLr").value(nullValue()));
        get("/api/v1/insight?fn=study-hours-w&at=0")
                .andExpect(jsonPath("$.hessian[0][0]", closeTo(28.0 / 3, 1e-12), Double.class))
                .andExpect(jsonPath("$.criticalLr", closeTo(3.0 / 14, 1e-12), Double.class));
    }

    @Test
    void missingPointIsA400NamingIt() throws Exception {
        get("/api/v1/insight?fn=ellipse")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].param").value("at"))
                .andExpect(jsonPath("$.errors[0].code").value("arity"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("2 comma-separated numbers")));
    }

    @Test
    void badPointStepAndSurfaceAreAllReported() throws Exception {
        get("/api/v1/gradient-check?fn=sphere&at=1,x&h=0")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[?(@.param == 'h')].code").value("range"))
                .andExpect(jsonPath("$.errors[?(@.param == 'h')].allowed").value("(0, 1]"))
                .andExpect(jsonPath("$.errors[?(@.param == 'h')].message").value("h must be in (0, 1], got 0."))
                .andExpect(jsonPath("$.errors[?(@.param == 'at')].code").value("notNumber"));
        get("/api/v1/gradient-check?fn=nope&at=1,2")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value("fn"))
                .andExpect(jsonPath("$.errors[0].code").value("oneOf"));
        get("/api/v1/gradient-check?fn=sphere&at=1,2,3")
                .andExpect(jsonPath("$.errors[0].param").value("at"))
                .andExpect(jsonPath("$.errors[0].code").value("arity"));
        get("/api/v1/gradient-check?fn=sphere&at=1,2&h=2&lang=ko")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("(0, 1]")));
    }

    @Test
    void insightTakesNoStepAndUnknownNamesAreRefused() throws Exception {
        get("/api/v1/insight?fn=sphere&at=1,2&h=0.1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value("h"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));
        get("/api/v1/gradient-check?fn=sphere&at=1,2&lr=0.1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value("lr"));
    }

    @Test
    void eachOptimizerAnswersItsOwnCriticalLr() throws Exception {
        // ellipse at (1, 2): L = 20
        get("/api/v1/insight?fn=ellipse&at=1,2")
                .andExpect(jsonPath("$.opt").value("sgd"))
                .andExpect(jsonPath("$.criticalLr").value(0.1))
                .andExpect(jsonPath("$.plainGdCriticalLr").value(0.1))
                .andExpect(jsonPath("$.criticalLrNote").value(containsString("2/L = 0.1")));
        get("/api/v1/insight?fn=ellipse&at=1,2&opt=momentum")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opt").value("momentum"))
                .andExpect(jsonPath("$.hyper.momentum").value(0.9))
                .andExpect(jsonPath("$.criticalLr", closeTo(2 * 1.9 / 20, 1e-15), Double.class))
                .andExpect(jsonPath("$.plainGdCriticalLr").value(0.1))
                .andExpect(jsonPath("$.criticalLrNote").value(containsString("2(1 + μ)/L = 0.19")));
        get("/api/v1/insight?fn=ellipse&at=1,2&opt=momentum&momentum=0.5&lr=0.01")
                .andExpect(jsonPath("$.criticalLr", closeTo(2 * 1.5 / 20, 1e-15), Double.class));
        get("/api/v1/insight?fn=ellipse&at=1,2&opt=nesterov")
                .andExpect(jsonPath("$.criticalLr", closeTo(2 * 1.9 / (2.8 * 20), 1e-15), Double.class));
        get("/api/v1/insight?fn=ellipse&at=1,2&opt=adam&lang=ko")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.criticalLr").value(nullValue()))
                .andExpect(jsonPath("$.plainGdCriticalLr").value(0.1))
                .andExpect(jsonPath("$.criticalLrNote").value(containsString("임계 학습률이 없습니다")));
        get("/api/v1/insight?fn=ellipse&at=1,2&opt=newton")
                .andExpect(jsonPath("$.criticalLr").value(2.0));
    }

    @Test
    void optimizerParametersAreCheckedAsForARun() throws Exception {
        get("/api/v1/insight?fn=ellipse&at=1,2&opt=nope")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value("opt"));
        get("/api/v1/insight?fn=ellipse&at=1,2&opt=momentum&momentum=1.5")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value("momentum"));
    }
}
