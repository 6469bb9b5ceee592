package org.gdplayground.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Every bad request is a 4xx problem-details answer naming each bad parameter, in the request's language. */
@ApiSlice
class ProblemDetailsTest {

    private static final String T = "/api/v1/trajectory?";
    private static final String C = "/api/v1/compare?";
    private static final String X10K = "x".repeat(10_000);
    private static final String DEEP_1000 = "%28".repeat(1000) + "x" + "%29".repeat(1000);
    private static final String DEEP_40 = "%28".repeat(40) + "x" + "%29".repeat(40);

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad(T + "lr=abc", "lr"),
                bad(T + "lr=NaN", "lr"),
                bad(T + "lr=Infinity", "lr"),
                bad(T + "lr=-Infinity", "lr"),
                bad(T + "lr=1e999", "lr"),
                bad(T + "lr=0x10", "lr"),
                bad(T + "lr=", "lr"),
                bad(T + "lr=-0.1", "lr"),
                bad(T + "lr=0", "lr"),
                bad(T + "steps=0", "steps"),
                bad(T + "steps=1000000000000", "steps"),
                bad(T + "steps=1000001", "steps"),
                bad(T + "steps=1.5", "steps"),
                bad(T + "steps=ten", "steps"),
                bad(T + "fn=nope", "fn"),
                bad(T + "opt=nope", "opt"),
                bad(T + "init=1,2,3", "init"),
                bad(T + "init=1", "init"),
                bad(T + "init=a,b", "init"),
                bad(T + "init=NaN,1", "init"),
                bad(T + "fn=quiz-scores&init=1,2", "init"),
                bad(T + "fn=custom&expr=" + X10K, "expr"),
                bad(T + "fn=custom&expr=" + DEEP_1000, "expr"),
                bad(T + "fn=custom&expr=" + DEEP_40, "expr"),
                bad(T + "fn=custom&expr=%28x%2By", "expr"),
                bad(T + "fn=custom&expr=x%2By%29", "expr"),
                bad(T + "fn=custom&expr=x%23y", "expr"),
                bad(T + "fn=custom&expr=foo(x)", "expr"),
                bad(T + "foo=1", "foo"),
                bad(T + "Lr=0.1", "Lr"),
                bad(T + "lr=0.1&lr=0.2", "lr"),
                bad(T + "opt=adam&beta1=1", "beta1"),
                bad(T + "opt=adam&beta2=-0.1", "beta2"),
                bad(T + "opt=adam&eps=0", "eps"),
                bad(T + "opt=adam&weightDecay=-1", "weightDecay"),
                bad(T + "opt=momentum&momentum=1", "momentum"),
                bad(T + "opt=momentum&dampening=2", "dampening"),
                bad(T + "opt=rmsprop&alpha=1", "alpha"),
                bad(T + "opt=adadelta&rho=1.1", "rho"),
                bad(T + "opt=nadam&momentumDecay=-0.1", "momentumDecay"),
                bad(T + "opt=adagrad&initialAccumulator=-1", "initialAccumulator"),
                bad(T + "opt=sgd&beta1=0.9", "beta1"),
                bad(T + "batch=2", "batch"),
                bad(T + "fn=study-hours-wb&batch=0", "batch"),
                bad(T + "fn=study-hours-wb&batch=4", "batch"),
                bad(T + "fn=study-hours-wb&batch=all", "batch"),
                bad(T + "shuffle=maybe", "shuffle"),
                bad(T + "seed=abc", "seed"),
                bad(T + "seed=1.5", "seed"),
                bad(T + "seed=99999999999999999999", "seed"),
                bad(T + "grad=exact", "grad"),
                bad(T + "grad=central&h=0", "h"),
                bad(T + "h=2", "h"),
                bad(T + "schedule=foo", "schedule"),
                bad(T + "gamma=0.5", "gamma"),
                bad(T + "schedule=cosine&tMax=0", "tMax"),
                bad(T + "schedule=cosine&etaMin=-1", "etaMin"),
                bad(T + "schedule=step&stepSize=0.5", "stepSize"),
                bad(T + "schedule=exp&gamma=1.5", "gamma"),
                bad(T + "warmup=-1", "warmup"),
                bad(T + "tol=0", "tol"),
                bad(T + "lossTol=-1", "lossTol"),
                bad(T + "points=1", "points"),
                bad(T + "points=20002", "points"),
                bad(T + "initMode=he", "initMode"),
                bad(T + "initMode=random", "initMode"),
                bad(T + "init=1,2&initMode=zeros", "init"),
                bad(T + "expr=x%5E2", "expr"),
                bad(T + "fn=custom", "expr"),
                bad(T + "opt.1=adam", "opt.1"),
                bad(T + "lang=fr", "lang"),
                bad(T + "format=xml", "format"),
                bad(T + "lr=-1&steps=0&fn=nope&shuffle=maybe", "lr", "steps", "fn", "shuffle"),
                bad(C + "opt.9=adam", "opt.9"),
                bad(C + "opt.0=adam", "opt.0"),
                bad(C + "opt.1=adam&lr.1=0.1&lr.01=0.2", "lr.1"),
                bad(C + "opt.1=adam&init.1=1", "init.1"),
                bad(C + "opt.1=adam&opt.2=nope", "opt.2"),
                bad(C + "opt.1=adam&opt.2=sgd&beta1.2=0.5", "beta1.2"),
                bad(C + "opt.1=sgd&opt.2=sgd&momentum=0.5", "momentum"),
                bad(C + "opt.1=adam&format=csv", "format"),
                bad("/api/v1/catalog?foo=1", "foo"),
                bad("/api/v1/catalog?lang=de", "lang"));
    }

    private static Arguments bad(String url, String... params) {
        return Arguments.of(url.length() > 90 ? url.substring(0, 87) + "…" : url, url, List.of(params));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void everyBadParameterIsNamedInProblemDetails(String name, String url, List<String> params) throws Exception {
        String[] expected = params.toArray(String[]::new);
        mvc.perform(get(URI.create(url)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/api/v1/problems/invalid-parameters"))
                .andExpect(jsonPath("$.title").value("Invalid parameters"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail", containsString(params.getFirst())))
                .andExpect(jsonPath("$.instance").value(URI.create(url).getPath()))
                .andExpect(jsonPath("$.errors[*].param", hasItems(expected)))
                .andExpect(jsonPath("$.errors", hasSize(params.size())))
                .andExpect(jsonPath("$.errors[*].allowed", everyItem(not(emptyString()))))
                .andExpect(jsonPath("$.errors[*].message", everyItem(not(emptyString()))))
                .andExpect(jsonPath("$.errors[*].message", everyItem(not(containsString("!param")))))
                .andExpect(jsonPath("$.errors[*].value").exists())
                .andExpect(jsonPath("$.errors[*].code").exists());
    }

    @Test
    void thereAreAtLeastFortyDistinctBadInputs() {
        assertThat(badRequests().map(a -> a.get()[1]).distinct().count()).isGreaterThanOrEqualTo(40);
    }

    // ---- exact texts ---------------------------------------------------------------------------------------

    @Test
    void englishMessageSaysTheRangeAndTheValue() throws Exception {
        mvc.perform(get(T + "opt=adam&beta1=1"))
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(jsonPath("$.detail").value("One parameter is not valid: beta1."))
                .andExpect(jsonPath("$.errors[0].param").value("beta1"))
                .andExpect(jsonPath("$.errors[0].value").value("1"))
                .andExpect(jsonPath("$.errors[0].allowed").value("[0, 1)"))
                .andExpect(jsonPath("$.errors[0].code").value("range"))
                .andExpect(jsonPath("$.errors[0].message").value("beta1 must be in [0, 1), got 1."));
    }

    @Test
    void langKoGivesKorean() throws Exception {
        mvc.perform(get(T + "opt=adam&beta1=1&lang=ko"))
                .andExpect(header().string("Content-Language", "ko"))
                .andExpect(jsonPath("$.title").value("잘못된 매개변수"))
                .andExpect(jsonPath("$.detail").value("매개변수 1개가 올바르지 않습니다: beta1."))
                .andExpect(jsonPath("$.errors[0].message").value("beta1: [0, 1) 범위의 수만 넣을 수 있습니다. 입력한 값:\u00A01"));
    }

    @Test
    void acceptLanguageChoosesTooAndLangWins() throws Exception {
        mvc.perform(get(T + "shuffle=maybe").header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.8"))
                .andExpect(jsonPath("$.errors[0].message").value("shuffle: true, false 중 하나를 골라 주세요. 입력한 값:\u00A0\"maybe\""));
        mvc.perform(get(T + "shuffle=maybe").header("Accept-Language", "fr-FR, en;q=0.5"))
                .andExpect(jsonPath("$.errors[0].message").value("shuffle must be one of true, false, got \"maybe\"."));
        mvc.perform(get(T + "shuffle=maybe&lang=en").header("Accept-Language", "ko"))
                .andExpect(jsonPath("$.errors[0].message").value("shuffle must be one of true, false, got \"maybe\"."));
        // an invalid lang is itself an error, and the answer falls back to Accept-Language
        mvc.perform(get(T + "shuffle=maybe&lang=fr").header("Accept-Language", "ko"))
                .andExpect(jsonPath("$.detail").value("매개변수 2개가 올바르지 않습니다: lang, shuffle."));
    }

    @Test
    void limitsSayTheLimit() throws Exception {
        mvc.perform(get(T + "steps=1000000000000"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("steps must be at most 1000000 (this server's limit), got 1000000000000."));
        mvc.perform(get(T + "points=20002"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("points must be at most 20001 (this server's limit), got 20002."));
        mvc.perform(get(URI.create(T + "fn=custom&expr=" + X10K + "&lang=ko")))
                .andExpect(jsonPath("$.errors[0].value", hasLength(58)))
                .andExpect(jsonPath("$.errors[0].message", containsString("이 서버에서는 식을 최대 200글자까지 쓸 수 있습니다. 입력한 식의 길이: 10000글자")));
        mvc.perform(get(URI.create(T + "fn=custom&expr=" + X10K + "&lang=en")))
                .andExpect(jsonPath("$.errors[0].message",
                        containsString("expr is too long: at most 200 characters are allowed (this server's limit)")));
    }

    @Test
    void expressionErrorsSayWhereAndWhat() throws Exception {
        mvc.perform(get(URI.create(T + "fn=custom&expr=%28x%2By")))
                .andExpect(jsonPath("$.errors[0].code").value("expression"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("expr: at character 5: expected a closing ')' — \"(x+y\"."));
        mvc.perform(get(URI.create(T + "fn=custom&expr=x%2By%29")))
                .andExpect(jsonPath("$.errors[0].message", containsString("at character 4")))
                .andExpect(jsonPath("$.errors[0].message", containsString("but found \")\"")));
    }

    @Test
    void unknownAndDuplicatedParameters() throws Exception {
        mvc.perform(get(T + "foo=1&lr=0.1&lr=0.2"))
                .andExpect(jsonPath("$.detail").value("2 parameters are not valid: foo, lr."))
                .andExpect(jsonPath("$.errors[0].message",
                        containsString("Unknown parameter \"foo\". Allowed: fn, expr,")))
                .andExpect(jsonPath("$.errors[1].message").value("\"lr\" is given 2 times (0.1, 0.2); give it once."));
        mvc.perform(get(T + "opt.1=adam"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));
    }

    // ---- the query string itself ---------------------------------------------------------------------------

    /** Sets the raw query string (URI.create would refuse a broken escape before the app sees it). */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor rawQuery(String q) {
        return request -> {
            request.setQueryString(q);
            return request;
        };
    }

    @Test
    void brokenPercentEncodingIsA400NamingThePart() throws Exception {
        mvc.perform(get("/api/v1/trajectory").with(rawQuery("lr=%zz&steps=2&init=1,%2")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].param", contains("lr", "init")))
                .andExpect(jsonPath("$.errors[0].code").value("malformed"))
                .andExpect(jsonPath("$.errors[0].value").value("%zz"))
                .andExpect(jsonPath("$.errors[0].message").value("lr: \"%zz\" is not correctly percent-encoded: "
                        + "write a special character as % and two hexadecimal digits (e.g. ^ as %5E, + as %2B)."));
        // the language comes from the same decoding, so it works next to a broken part
        mvc.perform(get("/api/v1/compare").with(rawQuery("lang=ko&opt.1=%E3%80")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("잘못된 매개변수"));
    }

    @Test
    void anEmptyNameIsAnUnknownParameter() throws Exception {
        mvc.perform(get("/api/v1/trajectory").with(rawQuery("=5&steps=2&&")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].param").value(""))
                .andExpect(jsonPath("$.errors[0].code").value("unknown"));
    }

    @Test
    void plusIsASpaceAsInAForm() throws Exception {
        mvc.perform(get("/api/v1/trajectory").with(rawQuery("fn=custom&expr=x*x+%2B+y*y&steps=1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scenario.expr").value("x*x + y*y"));
    }

    // ---- not found, wrong method ---------------------------------------------------------------------------

    @Test
    void unknownPathIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/nope").header("Accept-Language", "ko"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/api/v1/problems/not-found"))
                .andExpect(jsonPath("$.title").value("찾을 수 없음"))
                .andExpect(jsonPath("$.instance").value("/api/v1/nope"))
                .andExpect(jsonPath("$.errors", hasSize(0)));
        mvc.perform(get("/api/v1/trajectory/")).andExpect(status().isNotFound());
        mvc.perform(get("/api")).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void otherMethodsAreA405ProblemWithAllow() throws Exception {
        mvc.perform(post("/api/v1/trajectory").param("lr", "0.1"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET, HEAD, OPTIONS"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/api/v1/problems/method-not-allowed"))
                .andExpect(jsonPath("$.detail").value(
                        "POST cannot be used on /api/v1/trajectory: the API answers GET (and HEAD) only."));
    }

    @Test
    void optionsAnswersTheMethodsTheEndpointTakes() throws Exception {
        mvc.perform(options("/api/v1/trajectory"))
                .andExpect(status().isOk())
                .andExpect(header().string("Allow", "GET, HEAD, OPTIONS"));
        mvc.perform(options("/api/v1/nope")).andExpect(status().isNotFound());
    }

    @Test
    void problemsAreJsonEvenWhenCsvWasAsked() throws Exception {
        mvc.perform(get(T + "lr=abc").accept("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void longValuesAndNamesAreShortenedInTheAnswer() throws Exception {
        String longName = "z".repeat(5000);
        String json = mvc.perform(get(URI.create(T + longName + "=1&lr=" + "9".repeat(5000))))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> names = JsonPath.read(json, "$.errors[*].param");
        List<String> values = JsonPath.read(json, "$.errors[*].value");
        assertThat(names).hasSize(2).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(60));
        assertThat(values).allSatisfy(v -> assertThat(v.length()).isLessThanOrEqualTo(60));
        assertThat(json.length()).isLessThan(3000);
    }
}
