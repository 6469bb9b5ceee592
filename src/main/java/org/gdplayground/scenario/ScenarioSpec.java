package org.gdplayground.scenario;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A scenario in the parameter language, every value resolved (defaults filled in) and valid: what a link, the page
 * and the API mean by the same query string. {@link ScenarioParser} makes one; {@link ScenarioQuery} prints one
 * back; {@link ScenarioFactory} turns one into an engine run.
 *
 * @param expr     the typed expression for {@code fn=custom}; the uploaded data set's id for {@code fn=data}
 * @param runs     the optimizer blocks: one for the playground, up to the configured maximum for comparisons
 * @param init     the shared start point when {@code initMode} is {@code given} (else empty)
 * @param batch    mini-batch size, or null for the full batch
 * @param tol      stop when ‖g‖ falls below it (null: off)
 * @param lossTol  stop when |Δloss| falls below it (null: off)
 * @param points   most step records to return
 * @param hide     controls the pages leave out ({@code hide=}); their values are fixed like locked ones
 * @param lock     controls the pages show read-only ({@code lock=}); never one that is also hidden
 */
public record ScenarioSpec(
        String fn,
        @Nullable String expr,
        List<RunSpec> runs,
        String initMode,
        List<Double> init,
        int steps,
        @Nullable Integer batch,
        boolean shuffle,
        long seed,
        String grad,
        double h,
        String schedule,
        Map<String, Double> scheduleParams,
        int warmup,
        @Nullable Double tol,
        @Nullable Double lossTol,
        int points,
        Set<Control> hide,
        Set<Control> lock) {

    public ScenarioSpec {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a scenario has at least one run");
        }
        runs = List.copyOf(runs);
        init = List.copyOf(init);
        scheduleParams = Collections.unmodifiableMap(new LinkedHashMap<>(scheduleParams));
        hide = Control.copy(hide);
        EnumSet<Control> locked = EnumSet.noneOf(Control.class);
        locked.addAll(lock);
        locked.removeAll(hide);
        lock = Control.copy(locked);
    }

    /** A scenario that hides and locks nothing. */
    public ScenarioSpec(String fn, @Nullable String expr, List<RunSpec> runs, String initMode, List<Double> init,
            int steps, @Nullable Integer batch, boolean shuffle, long seed, String grad, double h, String schedule,
            Map<String, Double> scheduleParams, int warmup, @Nullable Double tol, @Nullable Double lossTol,
            int points) {
        this(fn, expr, runs, initMode, init, steps, batch, shuffle, seed, grad, h, schedule, scheduleParams, warmup,
                tol, lossTol, points, Set.of(), Set.of());
    }

    /** Controls whose value the page may not change: the hidden and the locked ones. */
    public Set<Control> fixed() {
        EnumSet<Control> all = EnumSet.noneOf(Control.class);
        all.addAll(hide);
        all.addAll(lock);
        return Collections.unmodifiableSet(all);
    }

    /** The same scenario with other hidden and locked controls. */
    public ScenarioSpec withControls(Set<Control> newHide, Set<Control> newLock) {
        return new ScenarioSpec(fn, expr, runs, initMode, init, steps, batch, shuffle, seed, grad, h, schedule,
                scheduleParams, warmup, tol, lossTol, points, newHide, newLock);
    }

    /** The first (for the playground: the only) optimizer block. */
    public RunSpec run() {
        return runs.get(0);
    }

    /** True for a data (regression) problem. */
    public boolean isDataProblem() {
        return org.gdplayground.engine.function.Objectives.isDataProblem(fn) || ScenarioParser.DATA.equals(fn);
    }

    public ScenarioSpec withRuns(List<RunSpec> newRuns) {
        return new ScenarioSpec(fn, expr, newRuns, initMode, init, steps, batch, shuffle, seed, grad, h, schedule,
                scheduleParams, warmup, tol, lossTol, points, hide, lock);
    }

    public ScenarioSpec withInit(List<Double> start) {
        return new ScenarioSpec(fn, expr, runs, "given", start, steps, batch, shuffle, seed, grad, h, schedule,
                scheduleParams, warmup, tol, lossTol, points, hide, lock);
    }

    public ScenarioSpec withSteps(int newSteps) {
        return new ScenarioSpec(fn, expr, runs, initMode, init, newSteps, batch, shuffle, seed, grad, h, schedule,
                scheduleParams, warmup, tol, lossTol, points, hide, lock);
    }

    public ScenarioSpec withPoints(int newPoints) {
        return new ScenarioSpec(fn, expr, runs, initMode, init, steps, batch, shuffle, seed, grad, h, schedule,
                scheduleParams, warmup, tol, lossTol, newPoints, hide, lock);
    }
}
