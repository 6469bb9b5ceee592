package org.gdplayground.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.Range;
import org.gdplayground.engine.function.DataView;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.CustomSurface;
import org.gdplayground.engine.function.ExpressionLimits;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Init;
import org.gdplayground.engine.run.LrSchedule;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.Schedules;
import org.gdplayground.scenario.Control;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioParser.Mode;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.system.Limits;
import org.gdplayground.system.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/catalog}: everything a client needs to build a valid request — surfaces, optimizers with their
 * hyper-parameters (defaults and allowed ranges, from the engine's {@link ParamSpec}s), schedules, init and gradient
 * modes, the other numeric parameters, the defaults of the language, this server's limits and the page controls that
 * {@code hide=} and {@code lock=} name. Names in Korean and English from the message bundles.
 */
@RestController
@RequestMapping("/api/v1")
class CatalogController {

    record Names(String en, String ko) {
    }

    record BoundsView(double xMin, double xMax, double yMin, double yMax) {
        static BoundsView of(Bounds b) {
            return new BoundsView(b.xMin(), b.xMax(), b.yMin(), b.yMax());
        }
    }

    record MinimumView(double[] point, double value, boolean global) {
        static MinimumView of(Minimum m) {
            return new MinimumView(m.point(), m.value(), m.global());
        }
    }

    /** A surface or data problem. {@code formula} is null for custom (the expression is the formula). */
    record SurfaceView(String id, Names names, @Nullable String formula, int parameters, BoundsView bounds,
            List<MinimumView> minima, double[] defaultStart, boolean isData,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer rows) {
    }

    /** A numeric parameter: default (null: off when absent) and the allowed interval. */
    record ParamView(String name, @JsonProperty("default") @Nullable Double def, double min, boolean minClosed,
            double max, boolean maxClosed, boolean integer, String allowed) {
        static ParamView of(ParamSpec s) {
            return of(s, s.def());
        }

        static ParamView of(ParamSpec s, @Nullable Double def) {
            Range r = s.range();
            return new ParamView(s.name(), def, r.min(), r.minClosed(), r.max(), r.maxClosed(), s.integer(),
                    s.allowed());
        }
    }

    record OptimizerView(String key, Names names, List<ParamView> hyper) {
    }

    record ScheduleView(String key, Names names, List<ParamView> params) {
    }

    record InitModeView(String key, Names names, boolean dataOnly) {
    }

    record GradientModeView(String key, Names names, boolean usesH) {
    }

    record LimitsView(int maxSteps, int maxPoints, int maxExpressionLength, int maxExpressionDepth,
            int maxCompareRuns) {
    }

    /**
     * A control of the pages that {@code hide=} and {@code lock=} name; {@code scenario} is false for a view setting
     * (speed, arrows, log scale) that the API ignores.
     */
    record ControlView(String id, Names names, boolean scenario) {
    }

    record CatalogResponse(List<SurfaceView> surfaces, List<OptimizerView> optimizers, List<ScheduleView> schedules,
            List<InitModeView> initModes, List<GradientModeView> gradientModes, List<ParamView> parameters,
            Map<String, Object> defaults, LimitsView limits, List<ControlView> controls) {
    }

    private final ScenarioParser parser;
    private final Messages messages;

    CatalogController(ScenarioParser parser, Messages messages) {
        this.parser = parser;
        this.messages = messages;
    }

    @GetMapping("/catalog")
    void catalog(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ScenarioQuery.Decoded query = ApiQuery.of(request);
        List<ParamError> errors = new ArrayList<>(query.errors());
        errors.addAll(Transport.onlyTransport(query.parameters(), List.of("json")));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ApiJson.answer(response, build(), ApiLanguage.of(request));
    }

    CatalogResponse build() {
        Limits limits = parser.limits();
        List<SurfaceView> surfaces = new ArrayList<>();
        for (Objective o : Objectives.builtins()) {
            surfaces.add(new SurfaceView(o.id(), names("fn." + o.id()), o.formula(), o.dimension(),
                    BoundsView.of(o.bounds()), o.minima().stream().map(MinimumView::of).toList(), o.defaultStart(),
                    o.data().isPresent(), o.data().map(DataView::rows).orElse(null)));
        }
        CustomSurface sample = Objectives.custom("x", ExpressionLimits.defaults());
        surfaces.add(new SurfaceView(ScenarioParser.CUSTOM, names("fn." + ScenarioParser.CUSTOM), null,
                sample.dimension(), BoundsView.of(sample.bounds()), List.of(), sample.defaultStart(), false, null));

        List<OptimizerView> optimizers = Optimizers.keys().stream().map(k -> new OptimizerView(k,
                names("opt." + k), Optimizers.specs(k).stream().map(ParamView::of).toList())).toList();
        List<ScheduleView> schedules = Schedules.keys().stream().map(k -> new ScheduleView(k,
                names("schedule." + k), Schedules.specs(k).stream().map(ParamView::of).toList())).toList();
        List<InitModeView> initModes = Init.keys().stream().map(k -> new InitModeView(k, names("initMode." + k),
                List.of("lecun", "xavier", "he").contains(k))).toList();
        List<GradientModeView> gradientModes = ScenarioParser.GRAD_KEYS.stream().map(k -> new GradientModeView(k,
                names("grad." + k), !k.equals("analytic"))).toList();

        List<ParamView> parameters = List.of(
                ParamView.of(ParamSpec.whole("steps", ScenarioParser.DEFAULT_STEPS,
                        Range.closed(Scenario.STEPS.range().min(), limits.maxSteps()))),
                ParamView.of(ParamSpec.whole("points", limits.maxPoints(), Range.closed(2, limits.maxPoints()))),
                ParamView.of(ScenarioParser.H),
                ParamView.of(LrSchedule.WARMUP),
                ParamView.of(ScenarioParser.TOL, null),
                ParamView.of(ScenarioParser.LOSS_TOL, null));

        Map<String, Object> defaults = new LinkedHashMap<>(
                ScenarioView.single(parser.parse(Map.of(), Mode.SINGLE).spec()));
        defaults.remove("init"); // the default start is per surface: see surfaces[].defaultStart
        defaults.keySet().removeIf(k -> ScenarioParser.hyperNames().contains(k) || k.equals("lr"));

        return new CatalogResponse(surfaces, optimizers, schedules, initModes, gradientModes, parameters, defaults,
                new LimitsView(limits.maxSteps(), limits.maxPoints(), limits.maxExpressionLength(),
                        limits.maxExpressionDepth(), limits.maxCompareRuns()),
                Arrays.stream(Control.values()).map(c -> new ControlView(c.id(), names("control." + c.id()),
                        c.scenario())).toList());
    }

    private Names names(String prefix) {
        return new Names(messages.getTranslation(prefix + ".name", Locale.ENGLISH),
                messages.getTranslation(prefix + ".name", Locale.KOREAN));
    }
}
