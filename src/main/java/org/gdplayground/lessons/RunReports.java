package org.gdplayground.lessons;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads the live view's run report (see {@code ui.common.EmbedReport}) into a {@link RunOutcome}. */
public final class RunReports {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private RunReports() {
    }

    /** The outcome, or null when the report is not one (wrong type, missing parts). */
    public static @Nullable RunOutcome parse(String json) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (RuntimeException e) {
            return null;
        }
        if (n == null || !"gdp-run".equals(n.path("type").asString("")) || !n.path("runs").isArray()) {
            return null;
        }
        List<RunOutcome.Run> runs = new ArrayList<>();
        for (JsonNode r : n.path("runs")) {
            List<Double> theta = new ArrayList<>();
            r.path("theta").forEach(t -> theta.add(number(t)));
            JsonNode mom = r.path("momentum");
            runs.add(new RunOutcome.Run(r.path("index").asInt(runs.size() + 1), r.path("opt").asString(""),
                    number(r.path("lr")), mom.isNumber() ? mom.asDouble() : null, r.path("status").asString(""),
                    r.path("finished").asBoolean(false), r.path("diagnosis").asString("none"),
                    r.path("since").asInt(-1), r.path("step").asInt(0), number(r.path("loss")), theta));
        }
        return new RunOutcome(n.path("page").asString("playground"), n.path("fn").asString(""),
                n.path("schedule").asString("constant"), n.path("batch").asString("full"),
                n.path("grad").asString("analytic"), n.path("initMode").asString("given"), number(n.path("h")), runs);
    }

    private static double number(JsonNode n) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        try {
            return Double.parseDouble(n.asString("NaN"));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
