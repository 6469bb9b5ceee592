package org.gdplayground.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.gdplayground.engine.analysis.GradientCheck;
import org.gdplayground.engine.analysis.Insight;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.optimizer.Stability;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.ParamError.Kind;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioParser.Mode;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.system.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Analysis at one point of a surface or data problem (docs/api.md#gradient-check-and-insight):
 * {@code GET /api/v1/gradient-check?fn=…&at=x,y[&expr=…][&h=…]} — the exact gradient beside the central and forward
 * differences and their errors, and the error sweep over h = 10⁻¹ … 10⁻¹²; {@code GET /api/v1/insight?fn=…&at=…
 * [&opt=…&lr=…&<hyper-parameter>=…]} — the Hessian, its eigenvalues, the condition number, the curvature L, plain
 * gradient descent's 2/L and the chosen optimizer's own critical lr on the local quadratic model ({@code criticalLr};
 * null for methods without one) with the sentence saying where it comes from or why there is none
 * ({@code criticalLrNote}, in the request's language). {@code fn}, {@code expr}, {@code h}, {@code opt}, {@code lr}
 * and the hyper-parameters are checked by the scenario parser (same names, ranges and messages as a run; the
 * optimizer defaults to sgd); {@code at} like a start point.
 */
@RestController
@RequestMapping("/api/v1")
class InsightController {

    /** One h of the sweep. */
    record SweepView(double h, double centralError, double forwardError) {
    }

    /** The answer of {@code /gradient-check}. */
    record GradientCheckResponse(String fn, @Nullable String expr, double[] at, double h, double[] analytic,
            double[] central, double[] forward, double centralError, double forwardError, List<SweepView> sweep) {
    }

    /**
     * The answer of {@code /insight}: {@code criticalLr} is the optimizer's own ({@code opt}, sgd by default: 2/L),
     * {@code plainGdCriticalLr} plain gradient descent's 2/L for reference.
     */
    record InsightResponse(String fn, @Nullable String expr, double[] at, double[][] hessian, double[] eigenvalues,
            @Nullable Double conditionNumber, double curvature, @Nullable Double criticalLr, String kind, String opt,
            Map<String, Double> hyper, @Nullable Double plainGdCriticalLr, String criticalLrNote) {
    }

    /** A checked request. */
    private record Point(ScenarioSpec spec, Objective objective, double[] at) {
    }

    private final ScenarioParser parser;
    private final Messages messages;
    private final ApiGate gate;

    InsightController(ScenarioParser parser, Messages messages, ApiGate gate) {
        this.parser = parser;
        this.messages = messages;
        this.gate = gate;
    }

    @GetMapping("/gradient-check")
    void gradientCheck(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Point p = parse(request, true);
        GradientCheck g = gate.heavy(request, () -> GradientCheck.of(p.objective(), p.at(), p.spec().h()));
        List<SweepView> sweep = g.sweep().stream()
                .map(s -> new SweepView(s.h(), s.centralError(), s.forwardError())).toList();
        ApiJson.answer(response, new GradientCheckResponse(p.spec().fn(), p.spec().expr(), g.at(), g.h(),
                g.analytic(), g.central(), g.forward(), g.centralError(), g.forwardError(), sweep),
                ApiLanguage.of(request));
    }

    @GetMapping("/insight")
    void insight(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Point p = parse(request, false);
        Insight i = Insight.of(p.objective(), p.at());
        RunSpec run = p.spec().run();
        Map<String, Double> values = new LinkedHashMap<>(run.hyper());
        values.put("lr", run.lr());
        Optimizer optimizer = Optimizers.create(run.opt(), values);
        Stability stability = optimizer.stability();
        Double critical = i.criticalLr() == null ? null : stability.criticalLr(i.curvature());
        Locale lang = ApiLanguage.of(request);
        String name = messages.getTranslation(optimizer.labelKey(), lang);
        String note = messages.getTranslation(stability.noteKey(), lang, name,
                critical == null ? "—" : StopReasons.number(critical));
        ApiJson.answer(response, new InsightResponse(p.spec().fn(), p.spec().expr(), i.at(), i.hessian(),
                i.eigenvalues(), i.conditionNumber(), i.curvature(), critical, i.kind().key(), optimizer.key(),
                optimizer.values(), i.criticalLr(), note), lang);
    }

    /**
     * Checks every parameter and answers all problems at once: {@code fn}, {@code expr}, {@code h} through the
     * scenario parser, {@code at} as the parser checks a start point (reported under {@code at}), anything else
     * unknown.
     */
    private Point parse(HttpServletRequest request, boolean withH) {
        ScenarioQuery.Decoded query = ApiQuery.of(request);
        Map<String, List<String>> params = query.parameters();
        List<ParamError> errors = new ArrayList<>(query.errors());
        errors.addAll(Transport.check(params, List.of("json")));
        List<String> names = new ArrayList<>(withH ? List.of("fn", "expr", "at", "h") : List.of("fn", "expr", "at"));
        if (!withH) {
            names.addAll(List.of("opt", "lr"));
            names.addAll(ScenarioParser.hyperNames());
        }
        Map<String, List<String>> scenario = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            String name = e.getKey();
            if (name.equals("lang") || name.equals("format")) {
                continue;
            }
            if (!names.contains(name)) {
                errors.add(new ParamError(shorten(name), shorten(String.join(", ", e.getValue())), Kind.UNKNOWN,
                        String.join(", ", names) + ", lang", List.of()));
                continue;
            }
            scenario.put(name.equals("at") ? "init" : name, e.getValue());
        }
        ScenarioParser.Result result = parser.parse(scenario, Mode.SINGLE);
        for (ParamError e : result.errors()) {
            errors.add(e.param().equals("init")
                    ? new ParamError("at", e.value(), e.kind(), e.allowed(), e.args()) : e);
        }
        ScenarioSpec spec = result.spec();
        Objective objective = Objects.requireNonNull(parser.objective(spec.fn(), spec.expr()),
                "the parser falls back to a valid surface");
        boolean fnOk = result.errors().stream().noneMatch(e -> e.param().equals("fn") || e.param().equals("expr"));
        if (!scenario.containsKey("init") && fnOk) {
            errors.add(new ParamError("at", "", Kind.ARITY, Integer.toString(objective.dimension()),
                    List.of("0", objective.id())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<Double> init = spec.init();
        double[] at = new double[init.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = init.get(i);
        }
        return new Point(spec, objective, at);
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
