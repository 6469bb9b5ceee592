package org.gdplayground.engine.function;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of built-in objectives, keyed by id, and the door for typed expressions. Built-ins are immutable shared
 * singletons. Display names are not kept here: the UI looks them up in its message bundles by id.
 */
public final class Objectives {

    /**
     * Display order: the seeds' bowl and parabola, the teaching surfaces (conditioning, saddle, plateau, two basins),
     * the classic 2-D benchmarks, then the data problems.
     */
    private static final List<Objective> BUILTINS = List.of(
            new Sphere(),
            new TextbookQuadratic(),
            new Ellipse(),
            new Saddle(),
            new Plateau(),
            new TwoMinima(),
            new Rosenbrock(),
            new Beale(),
            new Booth(),
            new Himmelblau(),
            new SixHumpCamel(),
            new Rastrigin(),
            Datasets.studyHoursW(),
            Datasets.studyHoursWb(),
            Datasets.quizScores());

    private static final Map<String, Objective> BY_ID;
    private static final List<String> IDS;

    static {
        Map<String, Objective> byId = new LinkedHashMap<>();
        for (Objective o : BUILTINS) {
            if (byId.put(o.id(), o) != null) {
                throw new IllegalStateException("duplicate objective id " + o.id());
            }
        }
        BY_ID = Map.copyOf(byId);
        IDS = List.copyOf(byId.keySet());
    }

    private Objectives() {
    }

    /** Ids of all built-in objectives, surfaces first, in display order. */
    public static List<String> builtinIds() {
        return IDS;
    }

    /** All built-in objectives in display order. */
    public static List<Objective> builtins() {
        return BUILTINS;
    }

    /** The built-in objective with this id; empty for an unknown id (and for {@code "custom"}). */
    public static Optional<Objective> builtin(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** Parses a typed expression f(x, y); throws {@link ExpressionException} saying where and why not. */
    public static CustomSurface custom(String expression, ExpressionLimits limits) {
        return CustomSurface.parse(expression, limits);
    }

    /** True when {@code id} names a built-in data (regression) problem rather than a surface. */
    public static boolean isDataProblem(String id) {
        return BY_ID.get(id) instanceof RegressionProblem;
    }
}
