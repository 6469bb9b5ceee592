package org.gdplayground.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PageTrafficObservationsTest {

    private final ObservationPredicate predicate = new PageTrafficObservations().skipVaadinPageTraffic();

    private boolean observed(String method, String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setQueryString(query);
        return predicate.test("http.server.requests",
                new ServerRequestObservationContext(request, new MockHttpServletResponse()));
    }

    @Test
    void vaadinsOwnRequestsAreNotTimed() {
        assertThat(observed("POST", "/", "v-r=uidl&v-uiId=0")).isFalse();
        assertThat(observed("POST", "/", "v-r=heartbeat&v-uiId=3")).isFalse();
        assertThat(observed("GET", "/VAADIN/push", "v-uiId=0&v-r=push&v-pushId=x")).isFalse();
    }

    @Test
    void apiPagesAndOtherObservationsAreStillTimed() {
        assertThat(observed("GET", "/api/v1/trajectory", "fn=sphere&lr=0.1")).isTrue();
        assertThat(observed("GET", "/", null)).isTrue();
        assertThat(observed("GET", "/compare", "nv-r=1")).isTrue();
        assertThat(predicate.test("jdbc.query", new Observation.Context())).isTrue();
    }
}
