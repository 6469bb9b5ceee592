package org.gdplayground.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The {@code diagnosis} of trajectory and compare answers, and the CSV's {@code X-Run-Diagnosis}. */
@ApiSlice
class DiagnosisApiTest {

    @Autowired
    MockMvc mvc;

    ResultActions get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(URI.create(path)));
    }

    @Test
    void sphereWithLr11IsDivergingFromStep1AndSaysWhy() throws Exception {
        get("/api/v1/trajectory?fn=sphere&lr=1.1&init=-3,4&steps=100&points=3")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("max-steps"))
                .andExpect(jsonPath("$.diagnosis.code").value("diverging"))
                .andExpect(jsonPath("$.diagnosis.sinceStep").value(1))
                .andExpect(jsonPath("$.diagnosis.message").value(
                        "Diverging since step 1: loss ×12.8 in 7 steps — the learning rate 1.1 is above 2/L = 1. Checked by the"
                                + " engine: the same run with learning rate 0.5 does not diverge."))
                .andExpect(jsonPath("$.diagnosis.suggestedLr").value(0.5));
    }

    @Test
    void theSentenceFollowsTheRequestLanguage() throws Exception {
        get("/api/v1/trajectory?fn=sphere&lr=1.1&init=-3,4&steps=100&points=3&lang=ko")
                .andExpect(jsonPath("$.diagnosis.code").value("diverging"))
                .andExpect(jsonPath("$.diagnosis.message").value(
                        "1단계부터 발산하고 있습니다: 7단계 만에 손실이 12.8배가 되었습니다. 학습률(1.1)이 2/L = 1보다 큽니다."
                                + " 엔진이 확인했습니다: 학습률 0.5에서는 같은 실행이 발산하지 않습니다."));
    }

    @Test
    void tooSlowAndUnboundedAreNamedWithTheirCodes() throws Exception {
        get("/api/v1/trajectory?fn=sphere&lr=1e-10&points=2")
                .andExpect(jsonPath("$.diagnosis.code").value("too-slow"))
                .andExpect(jsonPath("$.diagnosis.suggestedLr").value(0.1));
        get("/api/v1/trajectory?fn=saddle&lr=0.1&init=-3,0.001&points=2")
                .andExpect(jsonPath("$.diagnosis.code").value("unbounded"))
                .andExpect(jsonPath("$.diagnosis.suggestedLr").value(nullValue()));
    }

    @Test
    void csvCarriesTheCodeInAHeader() throws Exception {
        get("/api/v1/trajectory?fn=sphere&lr=1.1&steps=20&format=csv")
                .andExpect(status().isOk())
                .andExpect(header().string("X-Run-Diagnosis", "diverging"));
        get("/api/v1/trajectory?fn=sphere&lr=0.95&steps=100&format=csv")
                .andExpect(header().string("X-Run-Diagnosis", "global-minimum"));
    }

    @Test
    void aRunStillOnItsWayHasNoSinceStep() throws Exception {
        get("/api/v1/trajectory?steps=10&points=2")
                .andExpect(jsonPath("$.diagnosis.code").value("none"))
                .andExpect(jsonPath("$.diagnosis.sinceStep").value(nullValue()))
                .andExpect(jsonPath("$.diagnosis.message").value(containsString("Nothing to flag")));
    }

    @Test
    void compareNamesTheLocalMinimumAndTheGlobalOneOnTwoMinima() throws Exception {
        get("/api/v1/compare?fn=two-minima&steps=200&points=2&opt.1=sgd&lr.1=0.05&init.1=1.8,1"
                + "&opt.2=sgd&lr.2=0.05&init.2=-1.8,1&opt.3=sgd&lr.3=1.1&init.3=1.8,1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runs[0].diagnosis.code").value("local-minimum"))
                .andExpect(jsonPath("$.runs[0].diagnosis.message").value(
                        "Stopped in the local minimum (0.96, 0) with loss 0.294; the global minimum is at (−1.04, 0)"
                                + " with loss −0.305."))
                .andExpect(jsonPath("$.runs[1].diagnosis.code").value("global-minimum"))
                .andExpect(jsonPath("$.runs[1].diagnosis.message").value(
                        "Stopped in the global minimum (−1.04, 0), where the loss is −0.305."))
                .andExpect(jsonPath("$.runs[2].diagnosis.code").value("diverging"));
    }

    @Test
    void compareSentencesAreKoreanOnRequest() throws Exception {
        get("/api/v1/compare?fn=two-minima&steps=200&points=2&opt.1=sgd&lr.1=0.05&init.1=1.8,1&lang=ko")
                .andExpect(jsonPath("$.runs[0].diagnosis.message").value(
                        "국소 최솟값 (0.96, 0)에서 멈췄습니다(손실 0.294). 전역 최솟값은 (−1.04, 0)에 있습니다(손실 −0.305)."));
    }
}
