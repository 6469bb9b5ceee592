package org.gdplayground.engine.run;

import java.util.ArrayList;
import java.util.List;
import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.Range;
import org.gdplayground.engine.function.GradientMode;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.RegressionProblem;
import org.gdplayground.engine.optimizer.Optimizer;

/**
 * Everything that determines a run: the same scenario always gives the same trajectory, bit for bit (on the same
 * JVM and platform). Validated on construction; start from {@link #of(Objective, Optimizer)} and adjust with the
 * {@code with…} methods.
 *
 * @param objective  what is minimised
 * @param optimizer  the update rule and its hyper-parameters (its lr is the schedule's base γ₀)
 * @param schedule   the learning-rate schedule and warmup
 * @param init       how θ₀ is chosen
 * @param steps      the step limit, ≥ 1
 * @param batching   full batch, or mini-batches (data problems only)
 * @param gradient   how gradients are computed
 * @param seed       seeds the run's one random generator (random init, shuffling)
 * @param stopRules  convergence rules asked after every record, before the step limit (may be empty)
 * @param maxRecords how many step records to keep at most (evenly thinned, first and last kept), ≥ 2
 */
public record Scenario(Objective objective, Optimizer optimizer, LrSchedule schedule, Init init, int steps,
        Batching batching, GradientMode gradient, long seed, List<StopRule> stopRules, int maxRecords) {

    /** Step limit: whole number in [1, 1e9], default 100 (the seeds' choice). */
    public static final ParamSpec STEPS = ParamSpec.whole("steps", 100, Range.closed(1, 1e9));
    /** Records kept: whole number in [2, 1e7], default 1000. */
    public static final ParamSpec MAX_RECORDS = ParamSpec.whole("maxRecords", 1000, Range.closed(2, 1e7));
    /** The seed when none is given. */
    public static final long DEFAULT_SEED = 42;

    public Scenario {
        STEPS.check(steps);
        MAX_RECORDS.check(maxRecords);
        stopRules = List.copyOf(stopRules);
        init.checkFor(objective);
        if (batching instanceof Batching.MiniBatch mb && !(objective instanceof RegressionProblem)) {
            throw new InvalidParameterException(Batching.SIZE.name(), mb.key(),
                    "full for a surface (mini-batches need a data problem)");
        }
    }

    /**
     * {@code optimizer} on {@code objective} from its default start, constant lr, {@link Scenario#STEPS} steps,
     * full batch, analytic gradient, seed {@link #DEFAULT_SEED}, no convergence rules, {@link #MAX_RECORDS} records.
     */
    public static Scenario of(Objective objective, Optimizer optimizer) {
        return new Scenario(objective, optimizer, LrSchedule.constant(), new Init.Given(objective.defaultStart()),
                (int) STEPS.def(), new Batching.Full(), new GradientMode.Analytic(), DEFAULT_SEED, List.of(),
                (int) MAX_RECORDS.def());
    }

    public Scenario withObjective(Objective objective) {
        return new Scenario(objective, optimizer, schedule, init, steps, batching, gradient, seed, stopRules,
                maxRecords);
    }

    public Scenario withOptimizer(Optimizer optimizer) {
        return new Scenario(objective, optimizer, schedule, init, steps, batching, gradient, seed, stopRules,
                maxRecords);
    }

    public Scenario withSchedule(LrSchedule schedule) {
        return new Scenario(objective, optimizer, schedule, init, steps, batching, gradient, seed, stopRules,
                maxRecords);
    }

    public Scenario withInit(Init init) {
        return new Scenario(objective, optimizer, schedule, init, steps, batching, gradient, seed, stopRules,
                maxRecords);
    }

    /** Start at the given θ₀. */
    public Scenario withStart(double... theta) {
        return withInit(new Init.Given(theta));
    }

    public Scenario withSteps(int steps) {
        return new Scenario(objective, optimizer, schedule, init, steps, batching, gradient, seed, stopRules,
                maxRecords);
    }

    public Scenario withBatching(Batching batching) {
        return new Scenario(objective, optimizer, schedule, init, steps, batching, gradient, seed, stopRules,
                maxRecords);
    }

    public Scenario withGradient(GradientMode gradient) {
        return new Scenario(objective, optimizer, schedule, init, steps, batching, gradient, seed, stopRules,
                maxRecords);
    }

    public Scenario withSeed(long seed) {
        return new Scenario(objective, optimizer, schedule, init, steps, batching, gradient, seed, stopRules,
                maxRecords);
    }

    public Scenario withStopRules(List<StopRule> stopRules) {
        return new Scenario(objective, optimizer, schedule, init, steps, batching, gradient, seed, stopRules,
                maxRecords);
    }

    /** Adds (or replaces) the rule ‖∇f(θ)‖ &lt; tol. */
    public Scenario withTol(double tol) {
        return withRule(new StopRule.GradientNorm(tol));
    }

    /** Adds (or replaces) the rule |Δloss| &lt; lossTol. */
    public Scenario withLossTol(double lossTol) {
        return withRule(new StopRule.LossChange(lossTol));
    }

    public Scenario withMaxRecords(int maxRecords) {
        return new Scenario(objective, optimizer, schedule, init, steps, batching, gradient, seed, stopRules,
                maxRecords);
    }

    /** A new run of this scenario (θ₀ evaluated, record 0 taken). */
    public Run start() {
        return new Run(this);
    }

    private Scenario withRule(StopRule rule) {
        List<StopRule> rules = new ArrayList<>();
        for (StopRule r : stopRules) {
            if (r.getClass() != rule.getClass()) {
                rules.add(r);
            }
        }
        rules.add(rule);
        return withStopRules(rules);
    }
}
