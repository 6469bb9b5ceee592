package org.gdplayground.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.optimizer.Optimizers;

/**
 * What "the page cannot change a hidden or locked control" means for a scenario: a scenario the page built (from its
 * fields) is brought back to the fixed scenario in every fixed control. Pure and deterministic, so the pages, a
 * class and tests apply the same rule.
 */
public final class ScenarioLocks {

    private ScenarioLocks() {
    }

    /**
     * The controls fixed on a page showing {@code spec}: its hidden and locked ones, and on the compare page also the
     * run list when a per-run control is fixed (adding or removing runs would make runs the link did not set), and
     * the presets when any scenario control is fixed (a preset replaces the whole comparison).
     */
    public static Set<Control> fixedOnPage(ScenarioSpec spec, ScenarioParser.Mode page) {
        EnumSet<Control> fixed = EnumSet.noneOf(Control.class);
        fixed.addAll(spec.fixed());
        if (page == ScenarioParser.Mode.COMPARE) {
            if (fixed.stream().anyMatch(c -> c == Control.OPT || c == Control.LR || c == Control.HYPER
                    || c == Control.INIT)) {
                fixed.add(Control.RUNS);
            }
            if (fixed.stream().anyMatch(Control::scenario)) {
                fixed.add(Control.PRESET);
            }
        }
        return fixed;
    }

    /**
     * {@code candidate} with every control in {@code fixed} set as in {@code baseline}, and baseline's hidden and
     * locked controls. Per-run controls take run i of the baseline (its last run when it has fewer); a fixed run
     * list keeps the baseline's number of runs. A start point or mini-batch setting that belongs to another surface
     * than the candidate's is not carried over (the candidate's surface changed, which only happens when {@code fn}
     * is not fixed): the candidate's surface's default start is used for a fixed start.
     *
     * @param parser resolves surfaces (for default starts)
     */
    public static ScenarioSpec enforce(ScenarioSpec candidate, ScenarioSpec baseline, Set<Control> fixed,
            ScenarioParser parser) {
        String fn = candidate.fn();
        String expr = candidate.expr();
        if (fixed.contains(Control.FN)) {
            fn = baseline.fn();
            expr = baseline.expr();
        }
        boolean sameSurface = fn.equals(baseline.fn()) && Objects.equals(expr, baseline.expr());
        boolean sameAsCandidate = fn.equals(candidate.fn()) && Objects.equals(expr, candidate.expr());

        int count = fixed.contains(Control.RUNS) ? baseline.runs().size() : candidate.runs().size();
        List<RunSpec> runs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            RunSpec base = baseline.runs().get(Math.min(i, baseline.runs().size() - 1));
            RunSpec mine = i < candidate.runs().size() ? candidate.runs().get(i) : base;
            runs.add(run(mine, base, fixed, sameSurface, sameAsCandidate));
        }

        String initMode = candidate.initMode();
        List<Double> init = candidate.init();
        if (fixed.contains(Control.INIT) || !sameAsCandidate) {
            if (sameSurface) {
                initMode = baseline.initMode();
                init = baseline.init();
            } else {
                Objective o = Objects.requireNonNull(parser.objective(fn, expr), fn);
                initMode = "given";
                init = ScenarioParser.boxed(o.defaultStart());
            }
        }
        Integer batch = candidate.batch();
        boolean shuffle = candidate.shuffle();
        long seed = candidate.seed();
        if ((fixed.contains(Control.BATCH) && sameSurface) || !sameAsCandidate) {
            batch = sameSurface ? baseline.batch() : null;
            shuffle = baseline.shuffle();
            seed = baseline.seed();
        }
        int steps = fixed.contains(Control.STEPS) ? baseline.steps() : candidate.steps();
        boolean grad = fixed.contains(Control.GRAD);
        boolean schedule = fixed.contains(Control.SCHEDULE);
        boolean stop = fixed.contains(Control.STOP);
        return new ScenarioSpec(fn, expr, runs, initMode, init, steps, batch, shuffle, seed,
                grad ? baseline.grad() : candidate.grad(), grad ? baseline.h() : candidate.h(),
                schedule ? baseline.schedule() : candidate.schedule(),
                schedule ? baseline.scheduleParams() : candidate.scheduleParams(),
                schedule ? baseline.warmup() : candidate.warmup(),
                stop ? baseline.tol() : candidate.tol(), stop ? baseline.lossTol() : candidate.lossTol(),
                candidate.points(), baseline.hide(), baseline.lock());
    }

    private static RunSpec run(RunSpec mine, RunSpec base, Set<Control> fixed, boolean sameSurface,
            boolean sameAsCandidate) {
        String opt = fixed.contains(Control.OPT) ? base.opt() : mine.opt();
        double lr = fixed.contains(Control.LR) ? base.lr() : mine.lr();
        Map<String, Double> hyper;
        if (fixed.contains(Control.HYPER)) {
            hyper = opt.equals(base.opt()) ? base.hyper() : defaults(opt);
        } else {
            hyper = opt.equals(mine.opt()) ? mine.hyper() : (opt.equals(base.opt()) ? base.hyper() : defaults(opt));
        }
        var init = mine.init();
        if (fixed.contains(Control.INIT) || !sameAsCandidate) {
            init = sameSurface ? base.init() : null;
        }
        return new RunSpec(opt, lr, hyper, init);
    }

    private static Map<String, Double> defaults(String opt) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (ParamSpec p : Optimizers.specs(opt)) {
            if (!p.name().equals("lr")) {
                m.put(p.name(), p.def());
            }
        }
        return m;
    }
}
