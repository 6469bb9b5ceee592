package org.gdplayground.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.gdplayground.basin.BasinLimits;
import org.gdplayground.basin.BasinService;
import org.gdplayground.engine.basin.BasinResult;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioParser.Mode;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.scenario.ScenarioSpec;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/basins}: the basin-of-attraction map of one scenario (the scenario parameter language of
 * {@code /trajectory}, plus {@code grid=N}): which known minimum the run from every start of an N × N grid over the
 * surface's plot bounds ends within 0.1 of, −1 diverged, −2 none. Computed as heavy work on the API's own bounded
 * workers ({@link ApiGate}: 429/503 with Retry-After when full; the pages' run workers are never used) and cached by
 * scenario; limits {@code playground.limits.max-basin-grid} and {@code max-basin-work} (N² × steps).
 */
@RestController
@RequestMapping("/api/v1")
class BasinController {

    /** One known minimum. */
    record MinimumView(int index, double x, double y, double value, boolean global) {
    }

    /** The answer. {@code labels[j][i]}: the start (xs[i], ys[j]). */
    record BasinResponse(Map<String, Object> scenario, String query, int grid, int steps, double radius,
            double[] xs, double[] ys, int[][] labels, List<MinimumView> minima, Map<String, Integer> counts,
            long engineNanos) {
    }

    private final ScenarioParser parser;
    private final ScenarioFactory factory;
    private final BasinService basins;
    private final ApiGate gate;

    BasinController(ScenarioParser parser, ScenarioFactory factory, BasinService basins, ApiGate gate) {
        this.parser = parser;
        this.factory = factory;
        this.basins = basins;
        this.gate = gate;
    }

    @GetMapping("/basins")
    void basins(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ScenarioQuery.Decoded query = ApiQuery.of(request);
        Map<String, List<String>> params = new LinkedHashMap<>(query.parameters());
        List<String> gridValues = params.remove(BasinLimits.GRID);
        List<ParamError> errors = new ArrayList<>(query.errors());
        errors.addAll(Transport.check(params, List.of("json")));
        ScenarioParser.Result result = parser.parse(params, Mode.SINGLE);
        errors.addAll(result.errors());
        String gridText = Integer.toString(BasinLimits.DEFAULT_GRID);
        if (gridValues != null && gridValues.size() > 1) {
            errors.add(new ParamError(BasinLimits.GRID, String.join(", ", gridValues), ParamError.Kind.DUPLICATE,
                    "1", List.of(Integer.toString(gridValues.size()))));
        } else if (gridValues != null) {
            gridText = gridValues.getFirst();
        }
        ScenarioSpec spec = result.spec();
        if (result.ok()) {
            errors.addAll(basins.limits().check(gridText, spec.steps()));
            Objective objective = factory.objective(spec);
            if (objective.dimension() != 2) {
                errors.add(new ParamError("fn", spec.fn(), ParamError.Kind.NOT_ONE_OF,
                        String.join(", ", twoParameterIds()), List.of()));
            }
            if (spec.batch() != null) {
                errors.add(new ParamError("batch", Integer.toString(spec.batch()), ParamError.Kind.NOT_ONE_OF,
                        "full", List.of()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        int grid = Integer.parseInt(gridText.trim());
        Scenario scenario = factory.scenarios(spec, 2).getFirst();
        // a map in the cache costs nothing; any other is heavy work on the API's own workers (ApiGate)
        BasinResult r = basins.cached(scenario, grid).orElseGet(() -> gate.heavy(request, () -> {
            try {
                return basins.mapHere(scenario, grid);
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : e;
            }
        }));
        Locale locale = ApiLanguage.of(request);
        List<MinimumView> minima = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < r.minima().size(); i++) {
            Minimum m = r.minima().get(i);
            double[] p = m.point();
            minima.add(new MinimumView(i, p[0], p[1], m.value(), m.global()));
            counts.put(Integer.toString(i), r.count(i));
        }
        counts.put("diverged", r.count(-1));
        counts.put("none", r.count(-2));
        String q = ScenarioQuery.toQueryString(spec, parser.limits().maxPoints()) + "&grid=" + grid;
        ApiJson.answer(response, new BasinResponse(ScenarioView.single(spec), q, grid, r.steps(),
                org.gdplayground.engine.basin.BasinMap.RADIUS, r.xs(), r.ys(), r.labels(), minima, counts,
                r.nanos()), locale);
    }

    private static List<String> twoParameterIds() {
        List<String> ids = new ArrayList<>();
        for (Objective o : Objectives.builtins()) {
            if (o.dimension() == 2) {
                ids.add(o.id());
            }
        }
        ids.add(ScenarioParser.CUSTOM);
        return ids;
    }
}
