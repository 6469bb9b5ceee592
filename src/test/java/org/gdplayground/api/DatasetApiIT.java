package org.gdplayground.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.gdplayground.dataset.CsvCases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/v1/datasets} on a real server and database: every malformed file is a 400 problem naming its row
 * and column, good files are fitted by least squares and stored by content, and {@code fn=data&data=<id>} then runs
 * through the trajectory API like any built-in data problem. Limits are lowered to {@link CsvCases#LIMITS}.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "playground.data.max-bytes=200", "playground.data.max-rows=6", "playground.data.max-features=3"})
class DatasetApiIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, String type, String body) {
    }

    Answer post(byte[] body, String contentType, String lang) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/datasets"))
                .header("Content-Type", contentType)
                .header("Accept-Language", lang)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> a = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(a.statusCode(), a.headers().firstValue("Content-Type").orElse(""), a.body());
    }

    Answer post(String csv) throws IOException, InterruptedException {
        return post(csv.getBytes(StandardCharsets.UTF_8), "text/csv", "en");
    }

    Answer get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET().build();
        HttpResponse<String> a = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(a.statusCode(), a.headers().firstValue("Content-Type").orElse(""), a.body());
    }

    static List<CsvCases.Bad> bad() {
        return CsvCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void everyMalformedFileIsAClear400(CsvCases.Bad c) throws Exception {
        for (String lang : List.of("en", "ko")) {
            Answer a = post(c.bytes(), "text/csv", lang);
            assertThat(a.status()).as(a.body()).isEqualTo(400);
            assertThat(a.type()).startsWith("application/problem+json");
            assertThat((String) JsonPath.read(a.body(), "$.type")).isEqualTo("/api/v1/problems/invalid-data");
            assertThat((String) JsonPath.read(a.body(), "$.errors[0].code")).isEqualTo(c.code().key());
            assertThat((Integer) JsonPath.read(a.body(), "$.errors[0].row")).isEqualTo(c.row());
            assertThat((String) JsonPath.read(a.body(), "$.errors[0].column")).isEqualTo(c.column());
            String message = JsonPath.read(a.body(), "$.detail");
            assertThat(message).doesNotStartWith("!").doesNotContain("{");
            if (c.row() > 0) {
                assertThat(message).contains(Integer.toString(c.row()));
            }
            if (c.column() != null) {
                assertThat(message).contains(c.column());
            }
        }
    }

    @Test
    void theMessageSaysRowAndColumnInBothLanguages() throws Exception {
        byte[] csv = "hours,score\n1,2\n2,4\n3,6\n4,8\n5,10\nabc,12\n".getBytes(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(post(csv, "text/csv", "en").body(), "$.detail"))
                .isEqualTo("Row 7, column 'hours': 'abc' is not a number.");
        assertThat((String) JsonPath.read(post(csv, "text/csv", "ko").body(), "$.detail"))
                .isEqualTo("7행 'hours' 열: 'abc' 값은 숫자가 아닙니다.");
    }

    @Test
    void aLineIsFittedExactlyStoredOnceAndRunsAsADataProblem() throws Exception {
        // y = 2x + 1 exactly, plus a fresh point on the same line so that the id is new even on a reused database
        int k = 10 + new Random().nextInt(1_000_000);
        String csv = "x,y\n0,1\n1,3\n2,5\n3,7\n" + k + "," + (2 * k + 1) + "\n";
        Answer first = post(csv);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String id = JsonPath.read(first.body(), "$.id");
        assertThat(id).matches("[0-9a-f]{16}");
        assertThat((Integer) JsonPath.read(first.body(), "$.rows")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(first.body(), "$.features")).isEqualTo(1);
        List<Double> ls = Json.numbers(first.body(), "$.leastSquares");
        assertThat(ls).hasSize(2);
        assertThat(ls.get(0)).isCloseTo(2, within(1e-9));
        assertThat(ls.get(1)).isCloseTo(1, within(1e-6));
        assertThat((String) JsonPath.read(first.body(), "$.link")).isEqualTo("/?fn=data&data=" + id);

        // the same content, formatted differently, is the same data set
        Answer again = post(("\uFEFF\"x\" , \"y\"\r\n0.0,1\r\n\r\n1,3.0\r\n2,5\r\n3,7e0\r\n" + k + ".0,"
                + (2 * k + 1) + "\r\n").getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8", "en");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(again.body(), "$.id")).isEqualTo(id);

        Answer info = get("/api/v1/datasets/" + id);
        assertThat(info.status()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(info.body(), "$.columns")).containsExactly("x", "y");

        Answer run = get("/api/v1/trajectory?fn=data&data=" + id + "&opt=adam&lr=0.5&steps=300&batch=2");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        List<Double> losses = Json.numbers(run.body(), "$.records[*].loss");
        assertThat(losses.getLast()).isLessThan(losses.getFirst());
    }

    @Test
    void twoFeaturesGiveWeightsInColumnOrderThenTheIntercept() throws Exception {
        // y = 3a − 2b + 5
        Answer a = post("a,b,y\n0,0,5\n1,0,8\n0,1,3\n2,3,5\n");
        assertThat(a.status()).as(a.body()).isIn(200, 201);
        List<Double> ls = Json.numbers(a.body(), "$.leastSquares");
        assertThat(ls.get(0)).isCloseTo(3, within(1e-9));
        assertThat(ls.get(1)).isCloseTo(-2, within(1e-9));
        assertThat(ls.get(2)).isCloseTo(5, within(1e-9));
    }

    @Test
    void unknownAndMissingIdsAreNamed() throws Exception {
        Answer unknown = get("/api/v1/trajectory?fn=data&data=ffffffffffffffff");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat((String) JsonPath.read(unknown.body(), "$.errors[0].param")).isEqualTo("data");
        assertThat((String) JsonPath.read(unknown.body(), "$.errors[0].code")).isEqualTo("noData");
        Answer missing = get("/api/v1/trajectory?fn=data");
        assertThat(missing.status()).isEqualTo(400);
        assertThat((String) JsonPath.read(missing.body(), "$.errors[0].param")).isEqualTo("data");
        assertThat(get("/api/v1/datasets/ffffffffffffffff").status()).isEqualTo(404);
        assertThat(get("/api/v1/datasets/..%2F..%2Fetc").status()).isIn(400, 404);
    }

    @Test
    void otherContentTypesAreRefusedAsProblems() throws Exception {
        Answer a = post("x,y\n1,2\n".getBytes(StandardCharsets.UTF_8), "application/json", "en");
        assertThat(a.status()).isEqualTo(415);
        assertThat(a.type()).startsWith("application/problem+json");
    }
}
