package org.gdplayground.api;

import jakarta.servlet.http.HttpServletRequest;
import org.gdplayground.scenario.ScenarioQuery;

/**
 * An API request's parameters, decoded from its query string by the scenario package's lenient decoder — never by
 * the servlet container: Tomcat throws from {@code getParameter…} on a broken {@code %} escape or an empty name,
 * and that would surface (even inside the error handler) as a server fault rather than a 400 naming the part.
 * Decoded once per request.
 */
final class ApiQuery {

    private static final String ATTRIBUTE = ApiQuery.class.getName() + ".decoded";

    private ApiQuery() {
    }

    static ScenarioQuery.Decoded of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof ScenarioQuery.Decoded d) {
            return d;
        }
        ScenarioQuery.Decoded d = ScenarioQuery.decode(request.getQueryString());
        request.setAttribute(ATTRIBUTE, d);
        return d;
    }
}
