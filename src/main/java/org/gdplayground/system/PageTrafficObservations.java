package org.gdplayground.system;

import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Keeps request metrics for what they are for (the REST API, pages, health) and leaves out the pages' own traffic:
 * Vaadin's UIDL requests, heartbeats and push handshakes ({@code ?v-r=…}). A class of 60 students sends several of
 * those per second; timing each one costs the server more than the request itself is worth as a metric.
 */
@Configuration(proxyBeanMethods = false)
public class PageTrafficObservations {

    @Bean
    ObservationPredicate skipVaadinPageTraffic() {
        return (name, context) -> {
            if (context instanceof ServerRequestObservationContext c) {
                HttpServletRequest request = c.getCarrier();
                // the query string only: reading a parameter could consume a POST body
                String query = request == null ? null : request.getQueryString();
                return query == null || !(query.startsWith("v-r=") || query.contains("&v-r="));
            }
            return true;
        };
    }
}
