package org.gdplayground.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.scenario.ScenarioSpec;

/**
 * Compare's link form: runs always indexed ({@code opt.1=…}), so a one-run comparison stays one when it is opened
 * again; a playground link (one un-indexed run) opens beside a second run.
 */
final class IndexedLinks {

    private IndexedLinks() {
    }

    private static boolean plain(ScenarioSpec s) {
        return s.runs().size() == 1 && s.run().init() == null;
    }

    private static String indexed(String name) {
        return ScenarioParser.runNames().contains(name) && !name.equals("init") ? name + ".1" : name;
    }

    /** The spec as link parameters. */
    static Map<String, String> parameters(ScenarioSpec s, int maxPoints) {
        Map<String, String> p = ScenarioQuery.toParameters(s, maxPoints);
        if (!plain(s)) {
            return p;
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.forEach((k, v) -> out.put(indexed(k), v));
        return out;
    }

    /** The canonical query string of a spec on the compare page. */
    static String query(ScenarioSpec s, int maxPoints) {
        String q = ScenarioQuery.toQueryString(s, maxPoints);
        if (!plain(s)) {
            return q;
        }
        List<String> parts = new ArrayList<>();
        for (String part : q.split("&")) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            parts.add(indexed(name) + part.substring(name.length()));
        }
        return String.join("&", parts);
    }

    /**
     * A playground link (one un-indexed run) as that run plus a second one to compare it with: momentum at the same
     * learning rate (Adam when the first run already is momentum); other links as they are.
     */
    static ScenarioSpec withSecondRun(ScenarioParser.Result parsed, Map<String, List<String>> query,
            ScenarioParser parser, int maxPoints) {
        ScenarioSpec s = parsed.spec();
        if (!parsed.ok() || s.runs().size() != 1 || query.keySet().stream().anyMatch(k -> RunRows.INDEXED.matcher(k)
                .matches())) {
            return s;
        }
        Map<String, String> q = parameters(s, maxPoints);
        q.put("opt.2", s.run().opt().equals("momentum") ? "adam" : "momentum");
        q.put("lr.2", ScenarioQuery.number(s.run().lr()));
        ScenarioParser.Result r = parser.parse(ScenarioQuery.asQuery(q), ScenarioParser.Mode.COMPARE);
        return r.ok() ? r.spec() : s;
    }
}
