package org.gdplayground.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gdplayground.engine.Close.rel;

import java.util.Map;
import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.function.Sphere;
import org.gdplayground.engine.optimizer.Sgd;
import org.junit.jupiter.api.Test;

/** Schedules at several steps, worked by hand from docs/conventions.md#learning-rate-schedules (γ₀ = 0.1, n = t − 1). */
class ScheduleTest {

    private static final double BASE = 0.1;

    @Test
    void constant() {
        LrSchedule s = LrSchedule.constant();
        assertThat(s.lr(BASE, 1)).isEqualTo(0.1);
        assertThat(s.lr(BASE, 1000)).isEqualTo(0.1);
    }

    @Test
    void step() {
        // stepSize 10, gamma 0.5: γ = 0.1·0.5^⌊n/10⌋.
        LrSchedule s = LrSchedule.of(new Schedule.StepLr(10, 0.5));
        rel(s.lr(BASE, 1), 0.1);     // n = 0
        rel(s.lr(BASE, 10), 0.1);    // n = 9
        rel(s.lr(BASE, 11), 0.05);   // n = 10
        rel(s.lr(BASE, 21), 0.025);  // n = 20
        rel(s.lr(BASE, 35), 0.0125); // n = 34 → ⌊3.4⌋ = 3
    }

    @Test
    void exponential() {
        // gamma 0.9: γ = 0.1·0.9ⁿ.
        LrSchedule s = LrSchedule.of(new Schedule.ExponentialLr(0.9));
        rel(s.lr(BASE, 1), 0.1);
        rel(s.lr(BASE, 2), 0.09);
        rel(s.lr(BASE, 4), 0.0729);
        rel(s.lr(BASE, 11), 0.03486784401); // 0.9¹⁰ = 0.3486784401
    }

    @Test
    void cosine() {
        // tMax 10, etaMin 0.01: γ = 0.01 + 0.09·(1 + cos(π·min(n,10)/10))/2.
        LrSchedule s = LrSchedule.of(new Schedule.CosineLr(10, 0.01));
        rel(s.lr(BASE, 1), 0.1);                  // cos 0 = 1
        rel(s.lr(BASE, 3), 0.091405764746872631); // n = 2: cos(π/5) = 0.80901699437494742 → 0.01 + 0.045·1.809…
        rel(s.lr(BASE, 6), 0.055);                // n = 5: cos(π/2) = 0 → 0.01 + 0.045
        rel(s.lr(BASE, 11), 0.01);                // n = 10: cos π = −1
        rel(s.lr(BASE, 51), 0.01);                // n > tMax: held at etaMin
    }

    @Test
    void warmupAlone() {
        // w = 4: γ·(n+1)/4 while n < 4.
        LrSchedule s = new LrSchedule(new Schedule.Constant(), 4);
        rel(s.lr(BASE, 1), 0.025);
        rel(s.lr(BASE, 2), 0.05);
        rel(s.lr(BASE, 3), 0.075);
        rel(s.lr(BASE, 4), 0.1);
        rel(s.lr(BASE, 5), 0.1);
    }

    @Test
    void warmupCombinesWithTheSchedule() {
        LrSchedule exp = new LrSchedule(new Schedule.ExponentialLr(0.9), 4);
        rel(exp.lr(BASE, 2), 0.045);   // 0.1·0.9 · 2/4
        rel(exp.lr(BASE, 4), 0.0729);  // 0.1·0.9³ · 4/4
        rel(exp.lr(BASE, 5), 0.06561); // 0.1·0.9⁴, warmup over
        LrSchedule step = new LrSchedule(new Schedule.StepLr(2, 0.5), 5);
        rel(step.lr(BASE, 3), 0.03);   // n = 2: 0.1·0.5¹ · 3/5
        LrSchedule cos = new LrSchedule(new Schedule.CosineLr(10, 0), 2);
        rel(cos.lr(BASE, 1), 0.05);    // 0.1 · 1/2
    }

    @Test
    void theRunUsesTheScheduledLr() {
        // Record 0 shows the lr of step 1; record k the lr of step k.
        Run run = Scenario.of(new Sphere(), new Sgd(0.1))
                .withSchedule(new LrSchedule(new Schedule.ExponentialLr(0.5), 2)).withSteps(3).start();
        rel(run.latest().lr(), 0.05);       // 0.1 · 1/2
        rel(run.step().lr(), 0.05);
        rel(run.step().lr(), 0.05);         // 0.1·0.5 · 2/2
        StepRecord third = run.step();
        rel(third.lr(), 0.025);             // 0.1·0.5²
        // sphere: θ_k = θ_{k−1}·(1 − 2γ_k): (−3, 4)·0.9·0.9·0.95
        rel(third.theta(), -3 * 0.9 * 0.9 * 0.95, 4 * 0.9 * 0.9 * 0.95);
    }

    @Test
    void registry() {
        assertThat(Schedules.keys()).containsExactly("constant", "step", "exp", "cosine");
        assertThat(Schedules.create("step", Map.of("stepSize", 30.0))).isEqualTo(new Schedule.StepLr(30, 0.1));
        assertThat(Schedules.create("exp", Map.of())).isEqualTo(new Schedule.ExponentialLr(0.99));
        assertThat(Schedules.create("cosine", Map.of("tMax", 50.0, "etaMin", 0.001)))
                .isEqualTo(new Schedule.CosineLr(50, 0.001));
        assertThat(Schedules.create("constant", Map.of())).isEqualTo(new Schedule.Constant());
        assertThat(Schedules.specs("cosine")).extracting(p -> p.name()).containsExactly("tMax", "etaMin");
    }

    @Test
    void validation() {
        assertThatThrownBy(() -> new Schedule.StepLr(0, 0.1)).isInstanceOf(InvalidParameterException.class)
                .hasMessage("stepSize must be whole number in [1, 1000000000], got 0");
        assertThatThrownBy(() -> Schedules.create("step", Map.of("stepSize", 2.5)))
                .hasMessage("stepSize must be whole number in [1, 1000000000], got 2.5");
        assertThatThrownBy(() -> new Schedule.StepLr(10, 0)).hasMessage("gamma must be in (0, 1], got 0");
        assertThatThrownBy(() -> new Schedule.ExponentialLr(1.5)).hasMessage("gamma must be in (0, 1], got 1.5");
        assertThatThrownBy(() -> new Schedule.CosineLr(0, 0))
                .hasMessage("tMax must be whole number in [1, 1000000000], got 0");
        assertThatThrownBy(() -> new Schedule.CosineLr(10, -1)).hasMessage("etaMin must be in [0, ∞), got -1");
        assertThatThrownBy(() -> new LrSchedule(new Schedule.Constant(), -1))
                .hasMessage("warmup must be whole number in [0, 1000000000], got -1");
        assertThatThrownBy(() -> Schedules.create("linear", Map.of()))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.field()).isEqualTo("schedule"))
                .hasMessage("schedule must be one of constant, step, exp, cosine, got linear");
        assertThatThrownBy(() -> Schedules.create("exp", Map.of("tMax", 3.0)))
                .hasMessage("tMax must be one of schedule exp's parameters gamma, got tMax");
    }
}
