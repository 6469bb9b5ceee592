package org.gdplayground.engine.run;

import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.Range;

/**
 * A schedule plus linear warmup: γ(t) = schedule(γ₀, t) · (n + 1)/w while n &lt; w (n = t − 1), else
 * schedule(γ₀, t). With w = 1 (or 0) warmup has no effect.
 *
 * @param schedule    the schedule
 * @param warmupSteps w, default 0 (none)
 */
public record LrSchedule(Schedule schedule, int warmupSteps) {

    /** Warmup steps w: whole number in [0, 1e9], default 0. */
    public static final ParamSpec WARMUP = ParamSpec.whole("warmup", 0, Range.closed(0, 1e9));

    public LrSchedule {
        WARMUP.check(warmupSteps);
    }

    /** γ₀ at every step, no warmup. */
    public static LrSchedule constant() {
        return new LrSchedule(new Schedule.Constant(), 0);
    }

    /** {@code schedule} without warmup. */
    public static LrSchedule of(Schedule schedule) {
        return new LrSchedule(schedule, 0);
    }

    /** The lr in force at step t (from 1) for base lr γ₀. */
    public double lr(double base, int t) {
        double lr = schedule.lr(base, t);
        int n = t - 1;
        return n < warmupSteps ? lr * ((n + 1.0) / warmupSteps) : lr;
    }
}
