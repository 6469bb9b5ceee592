package org.gdplayground.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.Range;
import org.gdplayground.engine.function.DataView;
import org.gdplayground.engine.function.CustomSurface;
import org.gdplayground.engine.function.ExpressionException;
import org.gdplayground.engine.function.ExpressionLimits;
import org.gdplayground.engine.function.GradientMode;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Init;
import org.gdplayground.engine.run.LrSchedule;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.Schedules;
import org.gdplayground.scenario.ParamError.Kind;
import org.gdplayground.system.Limits;
import org.jspecify.annotations.Nullable;

/**
 * Parses and validates the scenario parameter language (the public contract documented in docs/using.md#every-parameter) from a query's
 * name → values map. Every problem is collected, not only the first; each invalid part falls back to its default so
 * the page can still open with the valid parts kept.
 *
 * <p>Comparisons repeat the optimizer block with an index ({@code opt.1=adam&lr.1=0.03&opt.2=momentum}); an
 * un-indexed block value then applies to every indexed run that does not set its own.
 */
public final class ScenarioParser {

    /** Default surface when none is given. */
    public static final String DEFAULT_FN = "sphere";
    /** Default optimizer when none is given. */
    public static final String DEFAULT_OPT = "sgd";
    /** Default number of updates. */
    public static final int DEFAULT_STEPS = 100;
    /** The id of a typed expression surface. */
    public static final String CUSTOM = "custom";
    /** The id of an uploaded data set ({@code fn=data&data=<id>}). */
    public static final String DATA = "data";

    static final List<String> SHARED_NAMES = List.of("fn", "expr", "data", "initMode", "steps", "batch", "shuffle",
            "seed", "grad", "h", "schedule", "warmup", "tol", "lossTol", "points", "hide", "lock");
    /** Gradient modes: analytic (default), central, forward. */
    public static final List<String> GRAD_KEYS = List.of("analytic", "central", "forward");
    /** Finite-difference step h: (0, 1], default 1e-4. */
    public static final ParamSpec H = ParamSpec.real("h", GradientMode.DEFAULT_H, new Range(0, false, 1, true));
    /** Gradient-norm tolerance: (0, ∞); absent means off (the default here is only a suggestion for forms). */
    public static final ParamSpec TOL = ParamSpec.real("tol", 1e-8, Range.positive());
    /** Loss-change tolerance: (0, ∞); absent means off. */
    public static final ParamSpec LOSS_TOL = ParamSpec.real("lossTol", 1e-12, Range.positive());
    /** Decimal notation; possessive and unambiguous, so a long run of digits cannot make the matcher backtrack. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?+(\\d++(\\.\\d*+)?+|\\.\\d++)([eE][+-]?+\\d++)?+");
    /** Longer than any number worth typing (a double has 17 significant digits): rejected before matching. */
    private static final int MAX_NUMBER_LENGTH = 64;
    /** Values and names longer than this are shortened in error reports. */
    private static final int MAX_ECHO = 60;
    private static final Pattern LONG = Pattern.compile("[+-]?\\d{1,19}");
    private static final Pattern INDEXED = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\.(\\d{1,3})");

    /** Whether the optimizer block may repeat with an index. */
    public enum Mode {
        SINGLE,
        COMPARE
    }

    /** The outcome: a usable spec (invalid parts at their defaults) and every problem found. */
    public record Result(ScenarioSpec spec, List<ParamError> errors) {
        public Result {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }

        /** Names of the parameters that had problems, in order. */
        public Set<String> badParams() {
            Set<String> names = new LinkedHashSet<>();
            errors.forEach(e -> names.add(e.param()));
            return names;
        }
    }

    private final Limits limits;
    private final Set<String> transportNames;
    private final DataLookup data;

    /**
     * @param limits         the server's limits
     * @param transportNames extra names the caller handles itself and the parser accepts and ignores (e.g.
     *                       {@code lang}, {@code format})
     */
    public ScenarioParser(Limits limits, Set<String> transportNames) {
        this(limits, transportNames, DataLookup.NONE);
    }

    /** As above, with uploaded data sets found through {@code data}. */
    public ScenarioParser(Limits limits, Set<String> transportNames, DataLookup data) {
        this.limits = limits;
        this.transportNames = Set.copyOf(transportNames);
        this.data = data;
    }

    public Limits limits() {
        return limits;
    }

    /** Every hyper-parameter name any optimizer has (besides lr), in family order. */
    public static List<String> hyperNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String key : Optimizers.keys()) {
            for (ParamSpec s : Optimizers.specs(key)) {
                if (!s.name().equals("lr")) {
                    names.add(s.name());
                }
            }
        }
        return List.copyOf(names);
    }

    /** Every schedule parameter name (besides warmup). */
    public static List<String> scheduleParamNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String key : Schedules.keys()) {
            Schedules.specs(key).forEach(s -> names.add(s.name()));
        }
        return List.copyOf(names);
    }

    /** Names that may be repeated per run with an index. */
    public static List<String> runNames() {
        List<String> names = new ArrayList<>(List.of("opt", "lr"));
        names.addAll(hyperNames());
        names.add("init");
        return names;
    }

    /** Parses one query's parameters. */
    public Result parse(Map<String, List<String>> query, Mode mode) {
        Context c = new Context(lineSearchAlias(query), mode);
        return c.parse();
    }

    /**
     * L-BFGS's line search by name, as torch spells it: {@code lineSearch=none|strong-wolfe} (or {@code lineSearch.2}
     * for a run) is the hyper-parameter {@code strongWolfe=0|1}. Any other value is left for the 0/1 check, which
     * names the allowed values.
     */
    static Map<String, List<String>> lineSearchAlias(Map<String, List<String>> query) {
        if (query.keySet().stream().noneMatch(k -> k.equals("lineSearch") || k.startsWith("lineSearch."))) {
            return query;
        }
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        query.forEach((k, v) -> {
            if (k.equals("lineSearch") || k.startsWith("lineSearch.")) {
                String name = "strongWolfe" + k.substring("lineSearch".length());
                out.put(name, v.stream().map(x -> switch (x.trim()) {
                    case "none" -> "0";
                    case "strong-wolfe", "strong_wolfe" -> "1";
                    default -> x;
                }).toList());
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * Resolves a surface id (and expression) to its objective; null when either is invalid. For {@code fn=data} the
     * second argument is the data set's id (a spec keeps it in {@link ScenarioSpec#expr()}).
     */
    public @Nullable Objective objective(String fn, @Nullable String expr) {
        if (DATA.equals(fn)) {
            return expr == null ? null : data.find(expr).orElse(null);
        }
        if (CUSTOM.equals(fn)) {
            if (expr == null) {
                return null;
            }
            try {
                return Objectives.custom(expr, expressionLimits());
            } catch (ExpressionException e) {
                return null;
            }
        }
        return Objectives.builtin(fn).orElse(null);
    }

    ExpressionLimits expressionLimits() {
        return new ExpressionLimits(limits.maxExpressionLength(), limits.maxExpressionDepth());
    }

    /** One parse: the query, the errors so far, and the parts resolved so far. */
    private final class Context {

        private final Map<String, String> single = new LinkedHashMap<>();
        private final TreeMap<Integer, Map<String, String>> indexed = new TreeMap<>();
        private final List<ParamError> errors = new ArrayList<>();
        private final Mode mode;
        private final Map<String, List<String>> query;

        Context(Map<String, List<String>> query, Mode mode) {
            this.query = query;
            this.mode = mode;
        }

        Result parse() {
            sortNames();
            List<String> fns = new ArrayList<>(fnIds());
            fns.add(DATA);
            String fn = oneOf("fn", DEFAULT_FN, fns);
            String expr = single.get("expr");
            Objective objective = null;
            if (CUSTOM.equals(fn)) {
                objective = expression(expr);
                if (objective == null) {
                    fn = DEFAULT_FN;
                    expr = null;
                }
            } else if (expr != null) {
                error("expr", expr, Kind.NOT_APPLICABLE, "fn=custom", fn);
                expr = null;
            }
            String dataId = single.get(DATA);
            if (DATA.equals(fn)) {
                objective = dataset(dataId);
                if (objective == null) {
                    fn = DEFAULT_FN;
                } else {
                    expr = dataId;
                }
            } else if (dataId != null) {
                error(DATA, dataId, Kind.NOT_APPLICABLE, "fn=data", fn);
            }
            if (objective == null) {
                objective = Objectives.builtin(fn).orElseThrow();
            }
            boolean data = objective.data().isPresent();

            Map<String, String> shared = new LinkedHashMap<>();
            for (String name : runNames()) {
                if (single.containsKey(name) && !name.equals("init")) {
                    shared.put(name, single.get(name));
                }
            }
            List<RunSpec> runs = new ArrayList<>();
            Set<String> sharedUsed = new LinkedHashSet<>();
            if (indexed.isEmpty()) {
                runs.add(run(Map.of(), shared, "", objective, sharedUsed));
            } else {
                for (Map.Entry<Integer, Map<String, String>> e : indexed.entrySet()) {
                    runs.add(run(e.getValue(), shared, "." + e.getKey(), objective, sharedUsed));
                }
            }
            // An un-indexed hyper-parameter applies to every run whose optimizer has it; fitting none is an error.
            for (String name : hyperNames()) {
                if (shared.containsKey(name) && !sharedUsed.contains(name)) {
                    List<String> opts = runs.stream().map(RunSpec::opt).distinct().toList();
                    List<String> allowed = new ArrayList<>();
                    opts.forEach(o -> Optimizers.specs(o).forEach(sp -> {
                        if (!allowed.contains(sp.name())) {
                            allowed.add(sp.name());
                        }
                    }));
                    error(name, shared.get(name), Kind.NOT_APPLICABLE, String.join(", ", allowed),
                            String.join(", ", opts));
                }
            }

            String initMode = oneOf("initMode", "given", Init.keys());
            List<Double> init = start(single.get("init"), "init", objective);
            if (init == null) {
                init = List.of();
            }
            if (!init.isEmpty() && !initMode.equals("given")) {
                error("init", single.get("init"), Kind.NOT_APPLICABLE, "initMode=given", "initMode=" + initMode);
                init = List.of();
            }
            if (!data && List.of("lecun", "xavier", "he").contains(initMode)) {
                error("initMode", initMode, Kind.NOT_APPLICABLE, "given, zeros, uniform", fn);
                initMode = "given";
            }
            if (initMode.equals("given") && init.isEmpty()) {
                init = boxed(objective.defaultStart());
            }

            int steps = whole("steps", DEFAULT_STEPS, Scenario.STEPS.range().min(), limits.maxSteps());
            Integer batch = batch(objective);
            boolean shuffle = bool("shuffle", true);
            long seed = seed();
            String grad = oneOf("grad", "analytic", GRAD_KEYS);
            double h = real("h", H);
            String schedule = oneOf("schedule", "constant", Schedules.keys());
            Map<String, Double> scheduleParams = scheduleParams(schedule);
            int warmup = (int) real("warmup", LrSchedule.WARMUP);
            Double tol = optionalReal("tol", TOL);
            Double lossTol = optionalReal("lossTol", LOSS_TOL);
            int points = whole("points", limits.maxPoints(), 2, limits.maxPoints());
            Set<Control> hide = controls("hide");
            Set<Control> lock = controls("lock");

            ScenarioSpec spec = new ScenarioSpec(fn, expr, runs, initMode, init, steps, batch, shuffle, seed, grad, h,
                    schedule, scheduleParams, warmup, tol, lossTol, points, hide, lock);
            return new Result(spec, errors);
        }

        private void sortNames() {
            Set<String> shared = new LinkedHashSet<>(SHARED_NAMES);
            Set<String> perRun = new LinkedHashSet<>(runNames());
            Set<String> scheduleNames = new LinkedHashSet<>(scheduleParamNames());
            for (Map.Entry<String, List<String>> e : query.entrySet()) {
                String name = e.getKey();
                List<String> values = e.getValue();
                if (transportNames.contains(name)) {
                    continue;
                }
                String value = values.isEmpty() ? "" : values.get(0);
                if (values.size() > 1) {
                    error(name, String.join(", ", values), Kind.DUPLICATE, "1", Integer.toString(values.size()));
                    continue;
                }
                if (shared.contains(name) || perRun.contains(name) || scheduleNames.contains(name)) {
                    single.put(name, value);
                    continue;
                }
                Matcher m = INDEXED.matcher(name);
                if (m.matches() && perRun.contains(m.group(1))) {
                    int index = Integer.parseInt(m.group(2));
                    if (mode == Mode.SINGLE) {
                        error(name, value, Kind.UNKNOWN, allowedNames(false));
                    } else if (index < 1 || index > limits.maxCompareRuns()) {
                        error(name, value, Kind.OUT_OF_RANGE, "[1, " + limits.maxCompareRuns() + "]",
                                ParamError.RUN_INDEX, m.group(2));
                    } else {
                        String base = m.group(1);
                        Map<String, String> block = indexed.computeIfAbsent(index, i -> new LinkedHashMap<>());
                        String earlier = block.putIfAbsent(base, value);
                        if (earlier != null) {
                            // the same index written two ways, e.g. lr.1 and lr.01
                            error(base + "." + index, earlier + ", " + value, Kind.DUPLICATE, "1", "2");
                        }
                    }
                    continue;
                }
                error(name, value, Kind.UNKNOWN, allowedNames(mode == Mode.COMPARE));
            }
        }

        private String allowedNames(boolean withIndex) {
            List<String> names = new ArrayList<>(SHARED_NAMES);
            names.addAll(runNames());
            names.addAll(scheduleParamNames());
            String list = String.join(", ", names);
            return withIndex ? list + " (" + String.join(", ", runNames().stream().map(n -> n + ".N").toList()) + ")"
                    : list;
        }

        /** The uploaded data set {@code fn=data} names, or null (reported) when it is missing or unknown. */
        private @Nullable Objective dataset(@Nullable String id) {
            if (id == null || id.isBlank()) {
                error(DATA, id == null ? "" : id, Kind.MISSING, "id", "fn=data");
                return null;
            }
            Objective o = objective(DATA, id.trim());
            if (o == null) {
                error(DATA, id, Kind.NO_DATA, "id");
            }
            return o;
        }

        private @Nullable Objective expression(@Nullable String expr) {
            if (expr == null || expr.isBlank()) {
                error("expr", expr == null ? "" : expr, Kind.MISSING, "f(x, y)", "fn=custom");
                return null;
            }
            if (expr.length() > limits.maxExpressionLength()) {
                error("expr", expr, Kind.OVER_LIMIT, Integer.toString(limits.maxExpressionLength()),
                        Integer.toString(expr.length()));
                return null;
            }
            try {
                CustomSurface s = Objectives.custom(expr, expressionLimits());
                return s;
            } catch (ExpressionException e) {
                error("expr", expr, Kind.EXPRESSION, e.expected(), Integer.toString(e.position() + 1),
                        e.found() == null ? "" : e.found(), e.found() == null ? "0" : "1");
                return null;
            }
        }

        /**
         * One optimizer block: each value from the block's own (indexed) parameters, else from the shared
         * (un-indexed) ones, else the optimizer's default. Problems are reported under the name the request used.
         */
        private RunSpec run(Map<String, String> own, Map<String, String> shared, String suffix, Objective objective,
                Set<String> sharedUsed) {
            String opt = DEFAULT_OPT;
            String optName = own.containsKey("opt") ? "opt" + suffix : "opt";
            String rawOpt = own.containsKey("opt") ? own.get("opt") : shared.get("opt");
            if (rawOpt != null) {
                if (Optimizers.keys().contains(rawOpt)) {
                    opt = rawOpt;
                } else {
                    error(optName, rawOpt, Kind.NOT_ONE_OF, String.join(", ", Optimizers.keys()));
                }
            }
            List<ParamSpec> specs = Optimizers.specs(opt);
            double lr = specs.get(0).def();
            Map<String, Double> hyper = new LinkedHashMap<>();
            for (ParamSpec s : specs) {
                double v;
                if (own.containsKey(s.name())) {
                    v = real(s.name() + suffix, own.get(s.name()), s);
                } else {
                    if (shared.containsKey(s.name())) {
                        sharedUsed.add(s.name());
                    }
                    v = real(s.name(), shared.get(s.name()), s);
                }
                if (s.name().equals("lr")) {
                    lr = v;
                } else {
                    hyper.put(s.name(), v);
                }
            }
            for (String name : hyperNames()) {
                if (own.containsKey(name) && !hyper.containsKey(name)) {
                    error(name + suffix, own.get(name), Kind.NOT_APPLICABLE,
                            String.join(", ", specs.stream().map(ParamSpec::name).toList()), opt);
                }
            }
            return new RunSpec(opt, lr, hyper, start(own.get("init"), "init" + suffix, objective));
        }

        private @Nullable List<Double> start(@Nullable String raw, String name, Objective objective) {
            if (raw == null) {
                return null;
            }
            String[] parts = raw.split(",", -1);
            int dim = objective.dimension();
            if (parts.length != dim) {
                error(name, raw, Kind.ARITY, Integer.toString(dim), Integer.toString(parts.length),
                        objective.id());
                return null;
            }
            List<Double> values = new ArrayList<>(dim);
            for (String p : parts) {
                Double v = number(p.trim());
                if (v == null || !Double.isFinite(v)) {
                    error(name, raw, Kind.NOT_A_NUMBER, "(-∞, ∞)");
                    return null;
                }
                values.add(v);
            }
            return values;
        }

        private @Nullable Integer batch(Objective objective) {
            String raw = single.get("batch");
            if (raw == null || raw.equals("full")) {
                return null;
            }
            DataView rp = objective.data().orElse(null);
            if (rp == null) {
                error("batch", raw, Kind.NOT_APPLICABLE, "full", objective.id());
                return null;
            }
            Double v = number(raw);
            String allowed = "full | [1, " + rp.rows() + "]";
            if (v == null) {
                error("batch", raw, Kind.NOT_A_NUMBER, allowed);
                return null;
            }
            if (v != Math.rint(v) || v < 1 || v > rp.rows()) {
                error("batch", raw, Kind.OUT_OF_RANGE, allowed);
                return null;
            }
            return v.intValue() == rp.rows() ? null : v.intValue();
        }

        private Map<String, Double> scheduleParams(String schedule) {
            Map<String, Double> values = new LinkedHashMap<>();
            List<ParamSpec> specs = Schedules.specs(schedule);
            for (ParamSpec s : specs) {
                values.put(s.name(), real(s.name(), single.get(s.name()), s));
            }
            for (String name : scheduleParamNames()) {
                if (single.containsKey(name) && !values.containsKey(name)) {
                    error(name, single.get(name), Kind.NOT_APPLICABLE,
                            specs.isEmpty() ? "-" : String.join(", ", specs.stream().map(ParamSpec::name).toList()),
                            "schedule=" + schedule);
                }
            }
            try {
                Schedules.create(schedule, values);
            } catch (InvalidParameterException e) {
                error(e.field(), e.value(), Kind.OUT_OF_RANGE, e.allowed());
                return defaults(specs);
            }
            return values;
        }

        private String oneOf(String name, String def, List<String> allowed) {
            String raw = single.get(name);
            if (raw == null) {
                return def;
            }
            if (!allowed.contains(raw)) {
                error(name, raw, Kind.NOT_ONE_OF, String.join(", ", allowed));
                return def;
            }
            return raw;
        }

        private double real(String name, ParamSpec spec) {
            return real(name, single.get(name), spec);
        }

        private double real(String name, @Nullable String raw, ParamSpec spec) {
            if (raw == null) {
                return spec.def();
            }
            Double v = number(raw);
            if (v == null) {
                error(name, raw, Kind.NOT_A_NUMBER, spec.allowed());
                return spec.def();
            }
            try {
                return spec.check(v);
            } catch (InvalidParameterException e) {
                error(name, raw, Kind.OUT_OF_RANGE, spec.allowed());
                return spec.def();
            }
        }

        private @Nullable Double optionalReal(String name, ParamSpec spec) {
            return single.containsKey(name) ? real(name, spec) : null;
        }

        private int whole(String name, int def, double min, int max) {
            String raw = single.get(name);
            if (raw == null) {
                return def;
            }
            Double v = number(raw);
            String allowed = "[" + (long) min + ", " + max + "]";
            if (v == null) {
                error(name, raw, Kind.NOT_A_NUMBER, allowed);
                return def;
            }
            if (v != Math.rint(v) || v < min) {
                error(name, raw, Kind.OUT_OF_RANGE, allowed);
                return def;
            }
            if (v > max) {
                error(name, raw, Kind.OVER_LIMIT, Integer.toString(max), raw);
                return def;
            }
            return v.intValue();
        }

        private boolean bool(String name, boolean def) {
            String raw = single.get(name);
            if (raw == null) {
                return def;
            }
            return switch (raw) {
                case "true" -> true;
                case "false" -> false;
                default -> {
                    error(name, raw, Kind.NOT_ONE_OF, "true, false");
                    yield def;
                }
            };
        }

        /**
         * A comma list of control ids ({@code hide=opt,speed}); empty means none. An unknown id is reported with the
         * allowed ids and left out, an id named twice is reported once; the valid ids are kept.
         */
        private Set<Control> controls(String name) {
            String raw = single.get(name);
            java.util.EnumSet<Control> found = java.util.EnumSet.noneOf(Control.class);
            if (raw == null || raw.isBlank()) {
                return found;
            }
            for (String part : raw.split(",", -1)) {
                String id = part.trim();
                java.util.Optional<Control> c = Control.of(id);
                if (c.isEmpty()) {
                    error(name, id, Kind.NOT_ONE_OF, String.join(", ", Control.ids()));
                } else if (!found.add(c.get())) {
                    error(name, raw, Kind.REPEATED_ITEM, String.join(", ", Control.ids()), id);
                }
            }
            return found;
        }

        private long seed() {
            String raw = single.get("seed");
            if (raw == null) {
                return Scenario.DEFAULT_SEED;
            }
            if (LONG.matcher(raw).matches()) {
                try {
                    return Long.parseLong(raw);
                } catch (NumberFormatException ignored) {
                    // out of long range: reported below
                }
            }
            error("seed", raw, Kind.NOT_A_NUMBER, "[" + Long.MIN_VALUE + ", " + Long.MAX_VALUE + "]");
            return Scenario.DEFAULT_SEED;
        }

        /** Records a problem once (a shared value may be checked for several runs), long text shortened. */
        private void error(String param, String value, Kind kind, String allowed, String... args) {
            ParamError e = ParamError.of(abbreviate(param), abbreviate(value), kind, allowed, args);
            if (!errors.contains(e)) {
                errors.add(e);
            }
        }
    }

    static List<String> fnIds() {
        List<String> ids = new ArrayList<>(Objectives.builtinIds());
        ids.add(CUSTOM);
        return ids;
    }

    /** A strict decimal number (no hex, no NaN/Infinity words, no type suffixes), or null. */
    static @Nullable Double number(String raw) {
        String s = raw.trim();
        if (s.length() > MAX_NUMBER_LENGTH || !NUMBER.matcher(s).matches()) {
            return null;
        }
        double v = Double.parseDouble(s);
        // -0 is 0: a learner's "-0" means zero, and one zero keeps printing and parsing the identity.
        return Double.isFinite(v) ? v + 0.0 : null;
    }

    static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    private static Map<String, Double> defaults(List<ParamSpec> specs) {
        Map<String, Double> m = new LinkedHashMap<>();
        specs.forEach(s -> m.put(s.name(), s.def()));
        return m;
    }

    static String abbreviate(String s) {
        return s.length() <= MAX_ECHO ? s : s.substring(0, MAX_ECHO - 3) + "…";
    }
}
