package org.gdplayground.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.Range;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.function.RegressionProblem;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Init;
import org.gdplayground.engine.run.LrSchedule;
import org.gdplayground.engine.run.Schedules;
import org.gdplayground.scenario.ScenarioParser.Mode;
import org.gdplayground.scenario.ScenarioParser.Result;
import org.gdplayground.system.Limits;
import org.junit.jupiter.api.Test;

/** scenario → query string → scenario is the identity; parse → print → parse is stable. */
class ScenarioQueryRoundTripTest {

    private static final Limits LIMITS = Limits.defaults();
    private static final List<String> EXPRESSIONS = List.of("x^2 + 3*y^2", "sin(x)*cos(y) + (x - 1)^2/4",
            "exp(-(x^2 + y^2))", "abs(x) + sqrt(y^2 + 1)", "(1-x)^2+100*(y-x^2)^2", "x*y - log(1 + x^2)",
            "tanh(x) + 0.5e-1*y^2", "-x + pi*e*y");

    private final ScenarioParser parser = new ScenarioParser(LIMITS, Set.of("lang", "format"));

    @Test
    void printingThenParsingGivesTheSameScenario() {
        Random r = new Random(20_261_102L);
        Set<String> fns = new java.util.HashSet<>();
        Set<String> opts = new java.util.HashSet<>();
        Set<String> schedules = new java.util.HashSet<>();
        Set<String> initModes = new java.util.HashSet<>();
        int batches = 0;
        int compares = 0;
        Set<Control> hidden = new java.util.HashSet<>();
        Set<Control> locked = new java.util.HashSet<>();
        for (int i = 0; i < 3000; i++) {
            ScenarioSpec spec = randomSpec(r);
            String qs = ScenarioQuery.toQueryString(spec, LIMITS.maxPoints());
            Mode mode = spec.runs().size() > 1 || spec.run().init() != null ? Mode.COMPARE : Mode.SINGLE;
            Result back = parser.parse(ScenarioQuery.parseQueryString(qs), mode);
            assertThat(back.errors()).as(qs).isEmpty();
            assertThat(back.spec()).as(qs).isEqualTo(spec);

            fns.add(spec.fn());
            spec.runs().forEach(run -> opts.add(run.opt()));
            schedules.add(spec.schedule());
            initModes.add(spec.initMode());
            batches += spec.batch() != null ? 1 : 0;
            compares += mode == Mode.COMPARE ? 1 : 0;
            hidden.addAll(spec.hide());
            locked.addAll(spec.lock());
        }
        assertThat(hidden).containsExactlyInAnyOrder(Control.values());
        assertThat(locked).containsExactlyInAnyOrder(Control.values());
        // the generator really covers the language
        assertThat(fns).containsExactlyInAnyOrderElementsOf(ScenarioParser.fnIds());
        assertThat(opts).containsExactlyInAnyOrderElementsOf(Optimizers.keys());
        assertThat(schedules).containsExactlyInAnyOrderElementsOf(Schedules.keys());
        assertThat(initModes).containsExactlyInAnyOrderElementsOf(Init.keys());
        assertThat(batches).isGreaterThan(100);
        assertThat(compares).isGreaterThan(500);
    }

    @Test
    void parseThenPrintThenParseIsStableEvenFromBadQueries() {
        Random r = new Random(7);
        List<String> names = new ArrayList<>(ScenarioParser.SHARED_NAMES);
        names.addAll(ScenarioParser.runNames());
        names.addAll(ScenarioParser.scheduleParamNames());
        names.addAll(List.of("opt.1", "lr.1", "opt.2", "beta1.2", "init.2", "opt.3", "momentum.3", "bogus"));
        List<String> values = List.of("0", "-0", "1", "0.5", "-1.5", "2", "3", "1e-4", "0.999", "100", "abc", "",
                "NaN", "Infinity", "adam", "momentum", "nadam", "sphere", "custom", "rosenbrock", "quiz-scores",
                "study-hours-wb", "zeros", "uniform", "he", "given", "central", "forward", "step", "cosine", "exp",
                "true", "false", "full", "1,2", "-3,4", "0,0,0,0", "x^2+y^2", "((x)", "1000001", "20001", "7",
                "opt", "lr,opt", "speed, fn", "opt,opt", "lr,bogus", "runs,preset,stop", ",");
        for (int i = 0; i < 3000; i++) {
            Map<String, List<String>> q = new LinkedHashMap<>();
            int n = r.nextInt(12);
            for (int j = 0; j < n; j++) {
                q.put(names.get(r.nextInt(names.size())), List.of(values.get(r.nextInt(values.size()))));
            }
            Mode mode = r.nextBoolean() ? Mode.SINGLE : Mode.COMPARE;
            ScenarioSpec first = parser.parse(q, mode).spec();
            String qs = ScenarioQuery.toQueryString(first, LIMITS.maxPoints());
            Mode printed = first.runs().size() > 1 || first.run().init() != null ? Mode.COMPARE : Mode.SINGLE;
            Result second = parser.parse(ScenarioQuery.parseQueryString(qs), printed);
            assertThat(second.errors()).as(q + " → " + qs).isEmpty();
            assertThat(second.spec()).as(q + " → " + qs).isEqualTo(first);
            assertThat(ScenarioQuery.toQueryString(second.spec(), LIMITS.maxPoints())).isEqualTo(qs);
        }
    }

    @Test
    void numbersPrintShortAndExact() {
        assertThat(ScenarioQuery.number(0.1)).isEqualTo("0.1");
        assertThat(ScenarioQuery.number(1e-4)).isEqualTo("1e-4");
        assertThat(ScenarioQuery.number(500)).isEqualTo("500");
        assertThat(ScenarioQuery.number(-1.5)).isEqualTo("-1.5");
        assertThat(ScenarioQuery.number(-0.0)).isEqualTo("-0");
        assertThat(ScenarioQuery.number(1e300)).isEqualTo("1e300");
        assertThat(ScenarioQuery.number(Math.PI)).isEqualTo("3.141592653589793");
    }

    @Test
    void encodesSoThatAServletContainerDecodesTheSame() {
        String encoded = ScenarioQuery.encode("x^2 + 3*y^2, (a&b=c%)");
        assertThat(encoded).isEqualTo("x%5E2%20%2B%203*y%5E2,%20(a%26b%3Dc%25)");
        assertThat(ScenarioQuery.parseQueryString("expr=" + encoded + "&lr=1&lr=2&flag"))
                .containsEntry("expr", List.of("x^2 + 3*y^2, (a&b=c%)"))
                .containsEntry("lr", List.of("1", "2"))
                .containsEntry("flag", List.of(""));
    }

    @Test
    void decodingReportsBrokenPartsAndKeepsTheRest() {
        ScenarioQuery.Decoded d = ScenarioQuery.decode("lr=%zz&steps=2&%G0=1&init=1,%2&&flag&=5");
        assertThat(d.parameters()).containsOnlyKeys("steps", "flag", "");
        assertThat(d.errors()).extracting(ParamError::param).containsExactly("lr", "%G0", "init");
        assertThat(d.errors()).extracting(ParamError::value).containsExactly("%zz", "1", "1,%2");
        assertThat(d.errors()).extracting(ParamError::kind).containsOnly(ParamError.Kind.MALFORMED);
        assertThat(ScenarioQuery.decode(null).parameters()).isEmpty();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ScenarioQuery.parseQueryString("lr=%zz"));
    }

    // ---- a random valid scenario ------------------------------------------------------------------------

    private static ScenarioSpec randomSpec(Random r) {
        List<String> fns = ScenarioParser.fnIds();
        String fn = fns.get(r.nextInt(fns.size()));
        String expr = fn.equals(ScenarioParser.CUSTOM) ? EXPRESSIONS.get(r.nextInt(EXPRESSIONS.size())) : null;
        var builtin = Objectives.builtin(fn);
        int dim = builtin.map(o -> o.dimension()).orElse(2);
        boolean data = builtin.isPresent() && builtin.get() instanceof RegressionProblem;

        boolean compare = r.nextInt(3) == 0;
        int runCount = compare ? 1 + r.nextInt(LIMITS.maxCompareRuns()) : 1;
        List<RunSpec> runs = new ArrayList<>();
        for (int i = 0; i < runCount; i++) {
            String opt = Optimizers.keys().get(r.nextInt(Optimizers.keys().size()));
            double lr = 0;
            Map<String, Double> hyper = new LinkedHashMap<>();
            for (ParamSpec s : Optimizers.specs(opt)) {
                double v = valueIn(r, s);
                if (s.name().equals("lr")) {
                    lr = v;
                } else {
                    hyper.put(s.name(), v);
                }
            }
            List<Double> own = compare && r.nextBoolean() ? point(r, dim) : null;
            runs.add(new RunSpec(opt, lr, hyper, own));
        }

        List<String> modes = data ? Init.keys() : List.of("given", "zeros", "uniform");
        String initMode = modes.get(r.nextInt(modes.size()));
        List<Double> init = initMode.equals("given") ? point(r, dim) : List.of();
        int steps = r.nextBoolean() ? 1 + r.nextInt(1000) : 1 + r.nextInt(LIMITS.maxSteps());
        Integer batch = null;
        if (data && r.nextBoolean()) {
            int rows = ((RegressionProblem) builtin.get()).rows();
            batch = 1 + r.nextInt(rows - 1);
        }
        String schedule = Schedules.keys().get(r.nextInt(Schedules.keys().size()));
        Map<String, Double> scheduleParams = new LinkedHashMap<>();
        for (ParamSpec s : Schedules.specs(schedule)) {
            scheduleParams.put(s.name(), valueIn(r, s));
        }
        String grad = ScenarioParser.GRAD_KEYS.get(r.nextInt(3));
        return new ScenarioSpec(fn, expr, runs, initMode, init, steps, batch, r.nextBoolean(),
                r.nextInt(4) == 0 ? 42 : r.nextLong(), grad, valueIn(r, ScenarioParser.H), schedule, scheduleParams,
                (int) (r.nextBoolean() ? 0 : valueIn(r, LrSchedule.WARMUP)),
                r.nextBoolean() ? null : valueIn(r, ScenarioParser.TOL),
                r.nextBoolean() ? null : valueIn(r, ScenarioParser.LOSS_TOL),
                r.nextBoolean() ? LIMITS.maxPoints() : 2 + r.nextInt(LIMITS.maxPoints() - 1),
                randomControls(r), randomControls(r));
    }

    /** Usually none; else a few controls in any order (the spec keeps them in catalog order). */
    private static Set<Control> randomControls(Random r) {
        Set<Control> s = new java.util.HashSet<>();
        if (r.nextInt(3) == 0) {
            int n = 1 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                s.add(Control.values()[r.nextInt(Control.values().length)]);
            }
        }
        return s;
    }

    private static List<Double> point(Random r, int dim) {
        List<Double> p = new ArrayList<>();
        for (int i = 0; i < dim; i++) {
            p.add(switch (r.nextInt(4)) {
                case 0 -> (double) (r.nextInt(21) - 10);
                case 1 -> Math.round((r.nextDouble() * 20 - 10) * 100) / 100.0;
                case 2 -> r.nextGaussian() * Math.pow(10, r.nextInt(41) - 20);
                default -> r.nextDouble() * 10 - 5;
            } + 0.0);
        }
        return p;
    }

    /** A value allowed by {@code spec}: its default, an end point, a round number, any double, a tiny or huge one. */
    static double valueIn(Random r, ParamSpec spec) {
        Range g = spec.range();
        double hi = Double.isFinite(g.max()) ? g.max() : 10;
        for (int tries = 0; ; tries++) {
            double v = switch (r.nextInt(7)) {
                case 0 -> spec.def();
                case 1 -> g.min();
                case 2 -> g.max();
                case 3 -> r.nextInt(1000);
                case 4 -> Math.round(r.nextDouble() * hi * 1000) / 1000.0;
                case 5 -> g.min() + r.nextDouble() * (hi - g.min());
                default -> r.nextDouble() * Math.pow(10, r.nextInt(601) - 300);
            };
            if (spec.integer()) {
                v = Math.rint(v);
            }
            v += 0.0;
            if (g.contains(v)) {
                return v;
            }
            if (tries > 1000) {
                throw new IllegalStateException("no value for " + spec);
            }
        }
    }
}
