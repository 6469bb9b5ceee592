package org.gdplayground.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.gdplayground.engine.function.ExpressionLimits;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.optimizer.Newton;
import org.junit.jupiter.api.Test;

/** A singular Hessian ends a Newton run at that step with its own reason; θ stays where it was. */
class NewtonStopTest {

    @Test
    void singularHessianStopsTheRun() {
        // f(x, y) = x²: H = diag(2, 0) is singular everywhere (the valley floor is flat along y).
        Run run = Scenario.of(Objectives.custom("x^2", ExpressionLimits.defaults()), Newton.defaults())
                .withStart(1, 2).withSteps(10).start();
        StepRecord one = run.step();
        assertThat(run.finished()).isTrue();
        assertThat(run.status()).isEqualTo(Status.DIVERGED);
        assertThat(run.stopReason()).isInstanceOfSatisfying(StopReason.Diverged.class,
                d -> assertThat(d.kind()).isEqualTo(StopReason.Kind.SINGULAR_HESSIAN));
        assertThat(one.theta()).containsExactly(1, 2);
        assertThat(one.update()).containsExactly(0, 0);
        assertThat(one.k()).isEqualTo(1);
    }

    @Test
    void aRegularHessianDoesNotStop() {
        Run run = Scenario.of(Objectives.custom("x^2 + y^2", ExpressionLimits.defaults()), Newton.defaults())
                .withStart(1, 2).withSteps(3).start();
        run.runToEnd(() -> false);
        assertThat(run.status()).isEqualTo(Status.MAX_STEPS);
    }
}
