package org.gdplayground.engine.run;

import java.util.List;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.Range;

/**
 * A learning-rate schedule with {@code torch.optim.lr_scheduler} semantics (closed forms of docs/conventions.md#learning-rate-schedules):
 * γ₀ is the base lr, t counts steps from 1 and n = t − 1 is the number of steps already taken. Warmup is separate
 * and combines with any schedule, see {@link LrSchedule}.
 */
public sealed interface Schedule {

    /** Stable key used in URLs and the API. */
    String key();

    /** The lr at step t (≥ 1) for base lr γ₀, before warmup. */
    double lr(double base, int t);

    /** This schedule's parameters with defaults and ranges (empty for constant). */
    List<ParamSpec> specs();

    /** γ₀ at every step. Key {@code constant}. */
    record Constant() implements Schedule {
        public static final String KEY = "constant";
        public static final List<ParamSpec> SPECS = List.of();

        @Override
        public String key() {
            return KEY;
        }

        @Override
        public double lr(double base, int t) {
            return base;
        }

        @Override
        public List<ParamSpec> specs() {
            return SPECS;
        }
    }

    /**
     * γ₀ · gamma^⌊n / stepSize⌋ ({@code StepLR}). Key {@code step}.
     *
     * @param stepSize steps between decays, default 100
     * @param gamma    factor per decay, default 0.1, in (0, 1]
     */
    record StepLr(int stepSize, double gamma) implements Schedule {
        public static final String KEY = "step";
        static final ParamSpec STEP_SIZE = ParamSpec.whole("stepSize", 100, Range.closed(1, 1e9));
        static final ParamSpec GAMMA = ParamSpec.real("gamma", 0.1, new Range(0, false, 1, true));
        public static final List<ParamSpec> SPECS = List.of(STEP_SIZE, GAMMA);

        public StepLr {
            STEP_SIZE.check(stepSize);
            GAMMA.check(gamma);
        }

        public static StepLr defaults() {
            return new StepLr((int) STEP_SIZE.def(), GAMMA.def());
        }

        @Override
        public String key() {
            return KEY;
        }

        @Override
        public double lr(double base, int t) {
            return base * Math.pow(gamma, (t - 1) / stepSize);
        }

        @Override
        public List<ParamSpec> specs() {
            return SPECS;
        }
    }

    /**
     * γ₀ · gammaⁿ ({@code ExponentialLR}). Key {@code exp}.
     *
     * @param gamma factor per step, default 0.99, in (0, 1]
     */
    record ExponentialLr(double gamma) implements Schedule {
        public static final String KEY = "exp";
        static final ParamSpec GAMMA = ParamSpec.real("gamma", 0.99, new Range(0, false, 1, true));
        public static final List<ParamSpec> SPECS = List.of(GAMMA);

        public ExponentialLr {
            GAMMA.check(gamma);
        }

        public static ExponentialLr defaults() {
            return new ExponentialLr(GAMMA.def());
        }

        @Override
        public String key() {
            return KEY;
        }

        @Override
        public double lr(double base, int t) {
            return base * Math.pow(gamma, t - 1);
        }

        @Override
        public List<ParamSpec> specs() {
            return SPECS;
        }
    }

    /**
     * etaMin + (γ₀ − etaMin)·(1 + cos(π·min(n, tMax)/tMax))/2 ({@code CosineAnnealingLR}'s closed form, held at etaMin
     * after tMax instead of rising again). Key {@code cosine}.
     *
     * @param tMax   steps to reach etaMin, default 100
     * @param etaMin the final lr, default 0
     */
    record CosineLr(int tMax, double etaMin) implements Schedule {
        public static final String KEY = "cosine";
        static final ParamSpec T_MAX = ParamSpec.whole("tMax", 100, Range.closed(1, 1e9));
        static final ParamSpec ETA_MIN = ParamSpec.real("etaMin", 0, Range.nonNegative());
        public static final List<ParamSpec> SPECS = List.of(T_MAX, ETA_MIN);

        public CosineLr {
            T_MAX.check(tMax);
            ETA_MIN.check(etaMin);
        }

        public static CosineLr defaults() {
            return new CosineLr((int) T_MAX.def(), ETA_MIN.def());
        }

        @Override
        public String key() {
            return KEY;
        }

        @Override
        public double lr(double base, int t) {
            int n = Math.min(t - 1, tMax);
            return etaMin + (base - etaMin) * (1 + Math.cos(Math.PI * n / tMax)) / 2;
        }

        @Override
        public List<ParamSpec> specs() {
            return SPECS;
        }
    }
}
