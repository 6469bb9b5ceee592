package org.gdplayground.api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.gdplayground.engine.analysis.RateMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** {@code /api/v1/code} and {@code /api/v1/rate-map}: answers and problem details. */
@ApiSlice
class CodeAndRateMapApiTest {

    @Autowired
    MockMvc mvc;

    ResultActions get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(URI.create(path)));
    }

    @Test
    void codeIsAPythonScriptOfTheRun() throws Exception {
        get("/api/v1/code?fn=ellipse&opt=momentum&lr=0.02&init=-4,2&steps=100&lang=numpy")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/x-python")))
                .andExpect(content().string(containsString("import numpy as np")))
                .andExpect(content().string(containsString("b = g if t == 1 else MOMENTUM * b")))
                .andExpect(content().string(containsString("App link: /?fn=ellipse")))
                .andExpect(content().string(containsString("The app's answer after step 100: theta [")));
        get("/api/v1/code?fn=rosenbrock&opt=adam&lr=0.03&init=-1.5,2&steps=500&schedule=step&stepSize=100")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("torch.optim.Adam([theta], lr=LR, betas=(BETA1, BETA2)")))
                .andExpect(content().string(containsString("torch.optim.lr_scheduler.StepLR(opt, step_size=100")));
    }

    @Test
    void codeProblemsAreProblemDetails() throws Exception {
        get("/api/v1/code?fn=rosenbrock&opt=lbfgs&lang=numpy")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].param").value("lang"))
                .andExpect(jsonPath("$.errors[0].code").value("notApplicable"));
        get("/api/v1/code?fn=sphere&lang=julia&lr=-1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].param").value("lang"))
                .andExpect(jsonPath("$.errors[1].param").value("lr"));
    }

    @Test
    void rateMapOnTheNarrowBowlIsExact() throws Exception {
        get("/api/v1/rate-map?fn=ellipse&opt=momentum&lrMin=0.001&lrMax=1&betaMin=0&betaMax=0.9&grid=4")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("exact"))
                .andExpect(jsonPath("$.lrs", hasSize(4)))
                .andExpect(jsonPath("$.lrs[0]").value(0.001))
                .andExpect(jsonPath("$.lrs[1]", closeTo(0.01, 1e-15), Double.class))
                .andExpect(jsonPath("$.lrs[3]").value(1.0))
                .andExpect(jsonPath("$.betas[3]").value(0.9))
                .andExpect(jsonPath("$.eigenvalues[1]").value(20.0))
                // β = 0, lr = 0.01: plain GD, rate max(|1 − 0.01·2|, |1 − 0.01·20|) = 0.98
                .andExpect(jsonPath("$.rates[0][1]", closeTo(0.98, 1e-12), Double.class))
                .andExpect(jsonPath("$.rates[2][2]", closeTo(RateMap.radius(20, false, 0, 0.1, 0.6), 1e-12),
                        Double.class));
    }

    @Test
    void rateMapElsewhereIsMeasuredAndChecksItsParameters() throws Exception {
        get("/api/v1/rate-map?fn=rosenbrock&opt=nesterov&init=-1.5,2&steps=200&lrMin=0.0001&lrMax=0.001&grid=3")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("measured"))
                .andExpect(jsonPath("$.opt").value("nesterov"))
                .andExpect(jsonPath("$.rates", hasSize(3)));
        get("/api/v1/rate-map?fn=sphere&opt=adam&lrMin=2&lrMax=1&grid=500")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].param", org.hamcrest.Matchers.containsInAnyOrder("lrMax", "grid",
                        "opt")));
    }

    /** Found by trying bad values by hand: every answer names the field, its allowed range and the value as sent. */
    @Test
    void rateMapProblemsNameOnlyTheBadFieldWithItsRangeAndTheValueAsSent() throws Exception {
        // an unreadable minimum is one error: the maximum is not judged against "(NaN, ∞)"
        get("/api/v1/rate-map?fn=ellipse&lrMin=abc&lrMax=1")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].param").value("lrMin"));
        get("/api/v1/rate-map?fn=ellipse&betaMin=x&betaMax=0.5")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].param").value("betaMin"));
        get("/api/v1/rate-map?fn=ellipse&lrMin=0.5&lrMax=0.1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].allowed").value("(0.5, ∞)"))
                .andExpect(jsonPath("$.errors[0].value").value("0.1"));
        get("/api/v1/rate-map?fn=ellipse&betaMax=1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("betaMax must be in [0, 1), got 1."));
        // the measured map's work limit quotes the steps asked for (it said "got {3}")
        get("/api/v1/rate-map?fn=rosenbrock&grid=101&steps=100000")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value("steps"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "steps must be at most 490 (this server's limit), got 100000."));
    }

    @Test
    void aTypedQuadraticIsRefusedWithTheSurfacesThatGetAMapInTheAnswersLanguage() throws Exception {
        // x² + 10y² is quadratic, but a typed formula is never checked for that: the refusal must not claim that
        // "a quadratic one" would do, and must name the surfaces the compare page names (rate.na)
        String typed = "/api/v1/rate-map?fn=custom&expr=x%5E2%2B10*y%5E2";
        get(typed + "&lang=en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value("fn"))
                .andExpect(jsonPath("$.errors[0].code").value("notApplicable"))
                .andExpect(jsonPath("$.errors[0].allowed", containsString("a typed f(x, y) gets no map, even a "
                        + "quadratic one")))
                .andExpect(jsonPath("$.errors[0].message", containsString("a built-in quadratic surface or a "
                        + "linear-regression data problem with full batches (an exact map)")));
        get(typed + "&lang=ko")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("직접 입력한 f(x, y)는 2차 함수라도 지도를 "
                        + "그리지 않습니다")));
    }
}
