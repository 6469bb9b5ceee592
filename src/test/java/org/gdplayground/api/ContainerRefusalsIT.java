package org.gdplayground.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests the servlet container judges before any controller, against a real server on a random port over a raw
 * socket (no client library rewrites them): a long {@code expr} reaches the app and gets its own expression-length
 * problem; a query larger than {@code server.max-http-request-header-size} and a malformed request line get problem
 * details from the container's error report — never Tomcat's HTML page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContainerRefusalsIT {

    @LocalServerPort
    int port;

    record Answer(int status, String head, String body) {

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        }
    }

    Answer send(String requestLine, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n").append("Connection: close\r\n");
            for (String h : headers) {
                request.append(h).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    all.write(buffer, 0, n);
                }
            } catch (IOException reset) {
                // the server may close hard after refusing; what arrived is the answer
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            assertThat(split).as("an HTTP answer: %s", text).isPositive();
            String head = text.substring(0, split);
            String body = text.substring(split + 4);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            return new Answer(status, head, body);
        }
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(i, eol).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, eol + 2, eol + 2 + size);
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }

    @Test
    void aTenThousandCharacterExprGetsTheAppsExpressionLengthProblem() throws IOException {
        String plain = "x+".repeat(5000); // 10,000 characters
        String encoded = plain.replace("+", "%2B");
        Answer a = send("GET /api/v1/trajectory?fn=custom&expr=" + encoded + " HTTP/1.1");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.body()).doesNotContain("<html");
        assertThat((String) JsonPath.read(a.body(), "$.type")).isEqualTo("/api/v1/problems/invalid-parameters");
        assertThat((String) JsonPath.read(a.body(), "$.errors[0].param")).isEqualTo("expr");
        assertThat((String) JsonPath.read(a.body(), "$.errors[0].allowed")).contains("200");
        assertThat((String) JsonPath.read(a.body(), "$.detail")).contains("expr");
    }

    @Test
    void aHundredKilobyteQueryIsRefusedAsProblemDetailsNamingTheLimit() throws IOException {
        String big = "x".repeat(100 * 1024);
        Answer a = send("GET /api/v1/trajectory?fn=custom&expr=" + big + " HTTP/1.1");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.body()).doesNotContain("<html");
        assertThat((Integer) JsonPath.read(a.body(), "$.status")).isEqualTo(400);
        assertThat((String) JsonPath.read(a.body(), "$.type")).isEqualTo("/api/v1/problems/request-too-large");
        assertThat((String) JsonPath.read(a.body(), "$.detail")).contains("64 KB")
                .contains("server.max-http-request-header-size");
    }

    @Test
    void theRefusalSpeaksKoreanWhenTheHeadersCanBeRead() throws IOException {
        String big = "y".repeat(70 * 1024);
        Answer a = send("GET /api/v1/trajectory HTTP/1.1", "Accept-Language: ko", "X-Padding: " + big);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat((String) JsonPath.read(a.body(), "$.detail")).contains("64 KB").contains("거절");
        assertThat(a.header("Content-Language")).isEqualTo("ko");
    }

    @Test
    void aMalformedRequestLineUnderApiIsProblemDetails() throws IOException {
        Answer a = send("GET /api/v1/trajectory?fn=sphere&x=a{b HTTP/1.1 extra");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.body()).doesNotContain("<html");
        assertThat((String) JsonPath.read(a.body(), "$.detail")).isNotBlank();
    }

    @Test
    void aMalformedPageLinkGetsAShortPageInTheVisitorsLanguageWithTheStartPage() throws IOException {
        Answer ko = send("GET /join/%00 HTTP/1.1", "Accept-Language: ko-KR,ko;q=0.9,en;q=0.5");
        assertThat(ko.status()).isEqualTo(400);
        assertThat(ko.header("Content-Type")).startsWith("text/html");
        assertThat(ko.header("Content-Language")).isEqualTo("ko");
        assertThat(ko.body()).contains("<html lang=\"ko\">").contains("형식이 잘못된 링크입니다")
                .contains("<a id=\"start-page\" href=\"/\">첫 페이지로 가기</a>")
                .doesNotContain("Tomcat").doesNotContain("HTTP Status");
        Answer en = send("GET /join/%00 HTTP/1.1");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.body()).contains("<html lang=\"en\">").contains("This link is malformed")
                .contains("href=\"/\">Go to the start page</a>");
        // under /api the same refusal stays problem details
        Answer api = send("GET /api/v1/%00 HTTP/1.1");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
    }
}
