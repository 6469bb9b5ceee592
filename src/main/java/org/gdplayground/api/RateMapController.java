package org.gdplayground.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdplayground.engine.analysis.RateMap;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.ParamError.Kind;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioParser.Mode;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.system.Messages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/rate-map?fn=…&opt=momentum|nesterov&lrMin=&lrMax=&betaMin=&betaMax=&grid=N}: the convergence
 * rate of momentum over a grid of (lr, β) ({@link RateMap}): {@code rates[j][i]} for β = {@code betas[j]},
 * lr = {@code lrs[i]}; exact (the spectral radius of the iteration) on quadratic surfaces and full-batch data
 * problems, measured (contraction of ‖θ − θ*‖ per step over the scenario's run) elsewhere. Every other parameter is
 * the scenario language of {@code /trajectory} (the run's dampening and weight decay count; start and steps matter
 * only for a measured map).
 */
@RestController
@RequestMapping("/api/v1")
class RateMapController {

    /** Most points per side. */
    static final int MAX_GRID = 101;
    /** Most engine steps for a measured map: grid² × steps. */
    static final long MAX_MEASURED_WORK = 5_000_000;

    /** The answer. */
    record RateMapResponse(String fn, String opt, String kind, double[] lrs, double[] betas, double[][] rates,
            double[] eigenvalues, int steps, String query) {
    }

    private final ScenarioParser parser;
    private final ScenarioFactory factory;
    private final Messages messages;

    RateMapController(ScenarioParser parser, ScenarioFactory factory, Messages messages) {
        this.parser = parser;
        this.factory = factory;
        this.messages = messages;
    }

    @GetMapping("/rate-map")
    void rateMap(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ScenarioQuery.Decoded query = ApiQuery.of(request);
        Map<String, List<String>> params = new LinkedHashMap<>(query.parameters());
        List<ParamError> errors = new ArrayList<>(query.errors());
        double lrMin = number(params, "lrMin", 1e-3, errors);
        double lrMax = number(params, "lrMax", 1, errors);
        double betaMin = number(params, "betaMin", 0, errors);
        double betaMax = number(params, "betaMax", 0.99, errors);
        double gridValue = number(params, "grid", 41, errors);
        if (!params.containsKey("opt")) {
            params.put("opt", List.of("momentum"));
        }
        errors.addAll(Transport.check(params, List.of("json")));
        ScenarioParser.Result result = parser.parse(params, Mode.SINGLE);
        errors.addAll(result.errors());
        check(lrMin > 0, "lrMin", lrMin, "(0, ∞)", errors);
        // a maximum is judged against a valid minimum only (an unreadable lrMin is its own error, not "(NaN, ∞)")
        boolean lrMinOk = lrMin > 0;
        check(!lrMinOk || lrMax > lrMin, "lrMax", lrMax, "(" + ScenarioQuery.number(lrMin) + ", ∞)", errors);
        check(lrMinOk || lrMax > 0, "lrMax", lrMax, "(0, ∞)", errors);
        boolean betaMinOk = betaMin >= 0 && betaMin < 1;
        check(betaMinOk, "betaMin", betaMin, "[0, 1)", errors);
        check(betaMax < 1 && (betaMinOk ? betaMax >= betaMin : betaMax >= 0), "betaMax", betaMax,
                "[" + (betaMinOk ? ScenarioQuery.number(betaMin) : "0") + ", 1)", errors);
        boolean gridOk = gridValue == Math.rint(gridValue) && gridValue >= 2 && gridValue <= MAX_GRID;
        check(gridOk, "grid", gridValue, "whole number in [2, " + MAX_GRID + "]", errors);
        ScenarioSpec spec = result.spec();
        RunSpec run = spec.run();
        if (result.ok() && !run.opt().equals("momentum") && !run.opt().equals("nesterov")) {
            errors.add(new ParamError("opt", run.opt(), Kind.NOT_ONE_OF, "momentum, nesterov", List.of()));
        }
        Objective objective = result.ok() ? factory.objective(spec) : null;
        boolean exact = objective != null && RateMap.isQuadratic(objective) && spec.batch() == null;
        if (objective != null && !exact) {
            if (objective.minima().isEmpty()) {
                // which surfaces get a map, in the answer's language: the same set the compare page names
                // (rate.applies): a typed f(x, y) never does, even a quadratic one (its Hessian is not known exactly)
                errors.add(new ParamError("fn", spec.fn(), Kind.NOT_APPLICABLE,
                        messages.getTranslation("rate.applies", ApiLanguage.of(request)), List.of("rate-map")));
            }
            if (gridOk && (long) gridValue * (long) gridValue * spec.steps() > MAX_MEASURED_WORK) {
                errors.add(new ParamError("steps", Integer.toString(spec.steps()), Kind.OVER_LIMIT,
                        Long.toString(MAX_MEASURED_WORK / ((long) gridValue * (long) gridValue)),
                        List.of(Integer.toString(spec.steps()))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        int grid = (int) gridValue;
        double[] lrs = RateMap.logSpaced(lrMin, lrMax, grid);
        double[] betas = RateMap.linear(betaMin, betaMax, grid);
        boolean nesterov = run.opt().equals("nesterov");
        RateMap.Result map;
        if (exact) {
            map = RateMap.exact(objective, nesterov, run.hyper().getOrDefault("dampening", 0.0),
                    run.hyper().getOrDefault("weightDecay", 0.0), lrs, betas);
        } else {
            Scenario base = factory.scenarios(spec, 2).getFirst();
            map = RateMap.measured(base, run.opt(), run.hyper(), lrs, betas);
        }
        String q = ScenarioQuery.toQueryString(spec, parser.limits().maxPoints()) + "&lrMin=" + lrMin + "&lrMax="
                + lrMax + "&betaMin=" + betaMin + "&betaMax=" + betaMax + "&grid=" + grid;
        ApiJson.answer(response, new RateMapResponse(spec.fn(), run.opt(), map.kind().key(), map.lrs(), map.betas(),
                map.rates(), map.eigenvalues(), spec.steps(), q), ApiLanguage.of(request));
    }

    private static double number(Map<String, List<String>> params, String name, double def, List<ParamError> errors) {
        List<String> values = params.remove(name);
        if (values == null || values.isEmpty()) {
            return def;
        }
        if (values.size() > 1) {
            errors.add(new ParamError(name, String.join(", ", values), Kind.DUPLICATE, "1",
                    List.of(Integer.toString(values.size()))));
            return def;
        }
        String v = values.getFirst().trim();
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d) && v.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new ParamError(name, v.length() <= 60 ? v : v.substring(0, 57) + "…", Kind.NOT_A_NUMBER,
                "(-∞, ∞)", List.of()));
        return Double.NaN;
    }

    private static void check(boolean ok, String name, double value, String allowed, List<ParamError> errors) {
        if (!ok && !Double.isNaN(value) && errors.stream().noneMatch(e -> e.param().equals(name))) {
            errors.add(new ParamError(name, ScenarioQuery.number(value), Kind.OUT_OF_RANGE, allowed, List.of()));
        }
    }
}
