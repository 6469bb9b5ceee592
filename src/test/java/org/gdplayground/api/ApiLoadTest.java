package org.gdplayground.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The API under load, with lowered limits: answers of bounded size (thinned and saying so) and refusals as problem
 * details with Retry-After — 429 when one client has used its share, 503 when the heavy-work workers are full.
 * Every test sends from its own address, so their buckets do not mix.
 */
@ApiSlice
@TestPropertySource(properties = {"playground.api.max-records=10", "playground.api.requests-per-minute=3",
        "playground.api.heavy-threads=1", "playground.api.heavy-queue=0", "playground.api.light-steps=100"})
class ApiLoadTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiGate gate;

    ResultActions send(String address, String pathAndQuery) throws Exception {
        return mvc.perform(get(URI.create(pathAndQuery)).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }));
    }

    @Test
    void aComparisonSharesTheRecordCapAndSaysItIsThinned() throws Exception {
        send("10.1.0.1", "/api/v1/compare?fn=booth&steps=100&points=50&opt.1=sgd&lr.1=0.01&opt.2=adam&lr.2=0.1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.thinned").value(true))
                .andExpect(jsonPath("$.returned").value(10))
                .andExpect(jsonPath("$.total").value(202))
                .andExpect(jsonPath("$.runs[0].records", hasSize(5)))
                .andExpect(jsonPath("$.runs[0].records[4].k").value(100))
                .andExpect(jsonPath("$.runs[1].records", hasSize(5)));
    }

    @Test
    void aTrajectoryIsCappedAndAShortOneIsNotThinned() throws Exception {
        send("10.1.0.2", "/api/v1/trajectory?fn=booth&steps=100&points=50")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.thinned").value(true))
                .andExpect(jsonPath("$.returned").value(10))
                .andExpect(jsonPath("$.total").value(101))
                .andExpect(jsonPath("$.records", hasSize(10)));
        send("10.1.0.2", "/api/v1/trajectory?fn=booth&steps=5&points=50")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.thinned").value(false))
                .andExpect(jsonPath("$.returned").value(6))
                .andExpect(jsonPath("$.total").value(6));
    }

    @Test
    void aClientPastItsRequestsOfTheMinuteGets429WithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            send("10.1.0.3", "/api/v1/catalog").andExpect(status().isOk());
        }
        ResultActions refused = send("10.1.0.3", "/api/v1/catalog?lang=ko")
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("/api/v1/problems/too-many-requests"))
                .andExpect(jsonPath("$.status").value(429));
        long retry = Long.parseLong(refused.andReturn().getResponse().getHeader("Retry-After"));
        assertThat(retry).isBetween(1L, 60L);
        assertThat(refused.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("초 뒤에 다시 시도하세요");
        // another address is not affected
        send("10.1.0.4", "/api/v1/catalog").andExpect(status().isOk());
    }

    @Test
    void heavyWorkFindingTheWorkersBusyIs503WithRetryAfterAndLightWorkStillRuns() throws Exception {
        ExecutorService callers = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MockHttpServletRequest other = new MockHttpServletRequest("GET", "/api/v1/basins");
        other.setRemoteAddr("10.1.0.9");
        CompletableFuture<Integer> busy = CompletableFuture.supplyAsync(() -> gate.heavy(other, () -> {
            started.countDown();
            release.await();
            return 1;
        }), callers);
        started.await();
        try {
            send("10.1.0.5", "/api/v1/compare?fn=booth&steps=10&opt.1=sgd&lr.1=0.01&opt.2=adam&lr.2=0.1")
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(jsonPath("$.type").value("/api/v1/problems/server-busy"))
                    .andExpect(jsonPath("$.title").value("Server busy"));
            send("10.1.0.5", "/api/v1/basins?fn=himmelblau&opt=sgd&lr=0.01&steps=50&grid=11")
                    .andExpect(status().isServiceUnavailable());
            send("10.1.0.5", "/api/v1/trajectory?fn=booth&steps=1000")
                    .andExpect(status().isServiceUnavailable());
            // a short trajectory is light: answered on the request's thread while the heavy workers are busy
            send("10.1.0.6", "/api/v1/trajectory?fn=booth&steps=50").andExpect(status().isOk());
        } finally {
            release.countDown();
        }
        assertThat(busy.get()).isEqualTo(1);
        callers.shutdown();
    }
}
