package org.gdplayground.api;

import org.gdplayground.engine.run.StepCsv;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.engine.run.StopReason;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioParser.Mode;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.system.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/trajectory} (one run, JSON or CSV) and {@code GET /api/v1/compare} (several optimizer blocks on
 * the same surface, start and seed, JSON). Both take the scenario parameter language (docs/api.md), run the
 * engine within the configured limits — a comparison or a trajectory longer than {@code playground.api.light-steps}
 * as heavy work on the API's own workers ({@link ApiGate}), a short trajectory on the request's thread — and answer
 * every bad parameter at once as problem details. An answer holds at most {@code playground.api.max-records} step
 * records, thinned evenly beyond, and says how many it returns of how many there are.
 */
@RestController
@RequestMapping("/api/v1")
class RunController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /**
     * The answer of {@code /trajectory}. {@code total}: the step records the run has (stopStep + 1);
     * {@code returned}: how many {@code records} holds; {@code thinned}: whether they are an evenly spaced subset.
     */
    record TrajectoryResponse(Map<String, Object> scenario, String query, String status, int stopStep,
            String reasonCode, String reason, DiagnosisView diagnosis, long engineNanos, boolean thinned,
            int returned, long total, List<RecordView> records) {
    }

    /**
     * The answer of {@code /compare}. {@code total}: the step records of all runs together; {@code returned}: how
     * many the answer holds — at most {@code playground.api.max-records}, shared evenly by the runs, each run's
     * thinned as {@code points} thins ({@code thinned} says whether any was).
     */
    record CompareResponse(Map<String, Object> scenario, String query, boolean thinned, int returned, long total,
            List<CompareRun> runs) {
    }

    /**
     * One run of a comparison. {@code stepsToTol}: the first step k with ‖∇f(θ_k)‖ &lt; tol (the run stops there),
     * null when tol is off or was not reached. {@code distanceToNearestMinimum}: from the last θ, null when the
     * objective has no known minimum. {@code bestLoss}: the lowest finite loss over every step taken.
     */
    record CompareRun(int index, String opt, double lr, Map<String, Double> hyper,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Double> init, String status, int stopStep,
            String reasonCode, String reason, DiagnosisView diagnosis, double finalLoss, double bestLoss,
            @Nullable Integer stepsToTol,
            @Nullable Double distanceToNearestMinimum, long engineNanos, List<RecordView> records) {
    }

    private final ScenarioParser parser;
    private final ScenarioFactory factory;
    private final Messages messages;
    private final ApiGate gate;

    RunController(ScenarioParser parser, ScenarioFactory factory, Messages messages, ApiGate gate) {
        this.parser = parser;
        this.factory = factory;
        this.messages = messages;
        this.gate = gate;
    }

    @GetMapping("/trajectory")
    void trajectory(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, List<String>> params = ApiQuery.of(request).parameters();
        ScenarioSpec spec = parse(request, Mode.SINGLE, List.of("json", "csv"));
        Locale locale = ApiLanguage.of(request);
        Scenario scenario = factory.scenarios(spec, Runner.ENGINE_RECORDS).getFirst();
        int points = Math.min(spec.points(), gate.limits().maxRecords());
        // a long run is heavy work on the API's own workers; a short one is answered on the request's thread
        Runner.Outcome outcome = spec.steps() > gate.limits().lightSteps()
                ? gate.heavy(request, () -> Runner.run(scenario, points, false))
                : Runner.run(scenario, points, false);
        int returned = outcome.records().size();
        boolean miniBatch = spec.batch() != null;
        int stopStep = outcome.result().steps();
        StopReason stop = Objects.requireNonNull(outcome.result().reason(), "a finished run has a reason");
        StopReasons.Reason reason = StopReasons.of(stop, stopStep, messages, locale);
        String status = StopReasons.status(outcome.result().status());
        DiagnosisView diagnosis = DiagnosisView.of(outcome.result().diagnosis(), messages, locale);

        if (Transport.wantsCsv(params, request.getHeader(HttpHeaders.ACCEPT))) {
            byte[] csv = StepCsv.write(outcome.records(), miniBatch).getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(CSV.toString());
            response.setHeader(HttpHeaders.VARY, "Accept, Accept-Language");
            response.setHeader("X-Run-Status", status);
            response.setHeader("X-Run-Stop-Step", Integer.toString(stopStep));
            response.setHeader("X-Run-Reason-Code", reason.code());
            response.setHeader("X-Run-Diagnosis", diagnosis.code());
            response.setHeader("X-Engine-Nanos", Long.toString(outcome.result().engineNanos()));
            response.setHeader("X-Records-Returned", Integer.toString(returned));
            response.setHeader("X-Records-Total", Long.toString(stopStep + 1L));
            response.setContentLength(csv.length);
            response.getOutputStream().write(csv);
            return;
        }
        TrajectoryResponse body = new TrajectoryResponse(ScenarioView.single(spec), query(spec), status, stopStep,
                reason.code(), reason.sentence(), diagnosis, outcome.result().engineNanos(),
                returned < stopStep + 1L, returned, stopStep + 1L, views(outcome.records(), miniBatch));
        ApiJson.answer(response, body, locale);
    }

    @GetMapping("/compare")
    void compare(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ScenarioSpec spec = parse(request, Mode.COMPARE, List.of("json"));
        Locale locale = ApiLanguage.of(request);
        List<Scenario> scenarios = factory.scenarios(spec, Runner.ENGINE_RECORDS);
        boolean miniBatch = spec.batch() != null;
        // the runs share the answer's record cap: each gets at most its even share
        int points = Math.max(2, Math.min(spec.points(), gate.limits().maxRecords() / Math.max(1, scenarios.size())));
        List<Runner.Outcome> outcomes = gate.heavy(request, () -> {
            List<Runner.Outcome> done = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                done.add(Runner.run(scenario, points, true));
            }
            return done;
        });
        List<CompareRun> runs = new ArrayList<>();
        int returned = 0;
        long total = 0;
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            RunSpec run = spec.runs().get(i);
            Runner.Outcome o = outcomes.get(i);
            int stopStep = o.result().steps();
            returned += o.records().size();
            total += stopStep + 1L;
            StopReason stop = Objects.requireNonNull(o.result().reason(), "a finished run has a reason");
            StopReasons.Reason reason = StopReasons.of(stop, stopStep, messages, locale);
            StepRecord last = o.last();
            runs.add(new CompareRun(i + 1, run.opt(), run.lr(), run.hyper(), run.init(),
                    StopReasons.status(o.result().status()), stopStep, reason.code(), reason.sentence(),
                    DiagnosisView.of(o.result().diagnosis(), messages, locale), last.loss(), o.bestLoss(),
                    stop instanceof StopReason.GradientNormBelow ? stopStep : null,
                    Runner.distanceToNearestMinimum(scenario.objective(), last.theta()), o.result().engineNanos(),
                    views(o.records(), miniBatch)));
        }
        ApiJson.answer(response, new CompareResponse(ScenarioView.shared(spec), query(spec), returned < total,
                returned, total, runs), locale);
    }

    private ScenarioSpec parse(HttpServletRequest request, Mode mode, List<String> formats) {
        ScenarioQuery.Decoded query = ApiQuery.of(request);
        List<ParamError> errors = new ArrayList<>(query.errors());
        errors.addAll(Transport.check(query.parameters(), formats));
        ScenarioParser.Result result = parser.parse(query.parameters(), mode);
        errors.addAll(result.errors());
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return result.spec();
    }

    private String query(ScenarioSpec spec) {
        return ScenarioQuery.toQueryString(spec, parser.limits().maxPoints());
    }

    private static List<RecordView> views(List<StepRecord> records, boolean miniBatch) {
        return records.stream().map(r -> RecordView.of(r, miniBatch)).toList();
    }
}
