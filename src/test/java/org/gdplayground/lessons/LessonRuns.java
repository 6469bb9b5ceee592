package org.gdplayground.lessons;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.system.Limits;

/** Runs a lesson's link with the real parser and engine and reports it as the live view would. */
final class LessonRuns {

    static final ScenarioParser PARSER = new ScenarioParser(Limits.defaults(), Set.of("lang", "format"));
    private static final ScenarioFactory FACTORY = new ScenarioFactory(PARSER);

    private LessonRuns() {
    }

    static Map<String, List<String>> query(String link) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        int at = link.indexOf('?');
        if (at < 0) {
            return q;
        }
        for (String pair : link.substring(at + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            q.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return q;
    }

    static ScenarioParser.Result parse(String link) {
        return PARSER.parse(query(link), link.startsWith("/compare") ? ScenarioParser.Mode.COMPARE
                : ScenarioParser.Mode.SINGLE);
    }

    /** The outcome after running every run of {@code link} to its end. */
    static RunOutcome outcome(String link) {
        ScenarioSpec spec = parse(link).spec();
        List<Scenario> scenarios = FACTORY.scenarios(spec, 2);
        List<RunOutcome.Run> runs = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Run run = scenarios.get(i).start();
            run.runToEnd(() -> false);
            StepRecord last = run.latest();
            RunSpec rs = spec.runs().get(i);
            List<Double> theta = new ArrayList<>();
            for (double t : last.theta()) {
                theta.add(t);
            }
            runs.add(new RunOutcome.Run(i + 1, rs.opt(), rs.lr(), rs.hyper().get("momentum"),
                    run.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), run.finished(),
                    run.diagnosis().code().id(), run.diagnosis().sinceStep(), last.k(), last.loss(), theta));
        }
        return new RunOutcome(link.startsWith("/compare") ? "compare" : "playground", spec.fn(), spec.schedule(),
                spec.batch() == null ? "full" : spec.batch().toString(), spec.grad(), spec.initMode(), spec.h(), runs);
    }
}
