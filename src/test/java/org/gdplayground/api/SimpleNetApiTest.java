package org.gdplayground.api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
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

/** {@code GET /api/v1/simplenet}: seed 002's simpleNet at a W, and its problem details. */
@ApiSlice
class SimpleNetApiTest {

    static final String BOOK = "/api/v1/simplenet?w=0.47355232,0.9977393,0.84668094,0.85557411,0.03563661,0.69422093"
            + "&x=0.6,0.9&t=0,0,1";

    @Autowired
    MockMvc mvc;

    ResultActions get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(URI.create(path)));
    }

    @Test
    void theBooksWGivesTheBooksNumbers() throws Exception {
        get(BOOK)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.z", hasSize(3)))
                .andExpect(jsonPath("$.z[0]").value(closeTo(1.05414809, 1e-8), Double.class))
                .andExpect(jsonPath("$.z[2]").value(closeTo(1.1328074, 1e-7), Double.class))
                .andExpect(jsonPath("$.y[2]").value(closeTo(0.39531651, 1e-8), Double.class))
                .andExpect(jsonPath("$.loss").value(closeTo(0.9280682857864075, 1e-12), Double.class))
                .andExpect(jsonPath("$.predicted").value(2))
                .andExpect(jsonPath("$.h").value(1e-4))
                .andExpect(jsonPath("$.dWAnalytic", hasSize(2)))
                .andExpect(jsonPath("$.dWAnalytic[0]", hasSize(3)))
                .andExpect(jsonPath("$.dWAnalytic[0][0]").value(closeTo(0.21924763, 1e-8), Double.class))
                .andExpect(jsonPath("$.dWAnalytic[1][2]").value(closeTo(-0.54421514, 1e-8), Double.class))
                .andExpect(jsonPath("$.dWNumerical[0][0]").value(closeTo(0.21924757, 1e-8), Double.class))
                .andExpect(jsonPath("$.dWNumerical[1][2]").value(closeTo(-0.544215, 1e-8), Double.class))
                .andExpect(jsonPath("$.maxDifference").value(closeTo(0, 1e-6), Double.class))
                .andExpect(jsonPath("$.w[1][1]").value(0.03563661));
    }

    @Test
    void defaultsAreTheSeedsInputAndTheBooksW() throws Exception {
        get("/api/v1/simplenet")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.x[0]").value(0.6))
                .andExpect(jsonPath("$.t[2]").value(1.0))
                .andExpect(jsonPath("$.loss").value(closeTo(0.9280682857864075, 1e-12), Double.class));
    }

    @Test
    void anotherLabelMovesTheGradientsSign() throws Exception {
        get("/api/v1/simplenet?w=0,0,0,0,0,0&x=1,2&t=1,0,0")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.y[0]").value(closeTo(1 / 3.0, 1e-15), Double.class))
                .andExpect(jsonPath("$.loss").value(closeTo(-Math.log(1 / 3.0 + 1e-7), 1e-15), Double.class))
                .andExpect(jsonPath("$.dWAnalytic[0][0]").value(closeTo(-2 / 3.0, 1e-15), Double.class))
                .andExpect(jsonPath("$.dWAnalytic[1][1]").value(closeTo(2 / 3.0, 1e-15), Double.class));
    }

    @Test
    void badInputIsA400NamingEveryFieldAndWhatIsAllowed() throws Exception {
        get("/api/v1/simplenet?w=1,2&x=0.6,abc&t=0,1,1&foo=1")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/api/v1/problems/invalid-parameters"))
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[0].param").value("foo"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"))
                .andExpect(jsonPath("$.errors[0].allowed").value("w, x, t, lang"))
                .andExpect(jsonPath("$.errors[1].param").value("w"))
                .andExpect(jsonPath("$.errors[1].code").value("arity"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("must have 6 comma-separated")))
                .andExpect(jsonPath("$.errors[2].param").value("x"))
                .andExpect(jsonPath("$.errors[2].message").value("x must be in [-100, 100], got \"abc\"."))
                .andExpect(jsonPath("$.errors[3].param").value("t"))
                .andExpect(jsonPath("$.errors[3].allowed").value("1,0,0 | 0,1,0 | 0,0,1"));
    }

    @Test
    void outOfRangeAndKorean() throws Exception {
        get("/api/v1/simplenet?w=1,2,3,4,5,500&lang=ko")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value("w"))
                .andExpect(jsonPath("$.errors[0].code").value("range"))
                .andExpect(jsonPath("$.errors[0].value").value("500"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("[-100, 100] 범위의 수만")));
    }
}
