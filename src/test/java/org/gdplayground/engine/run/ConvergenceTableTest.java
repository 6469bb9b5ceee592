package org.gdplayground.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.gdplayground.engine.function.Ellipse;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.engine.function.Sphere;
import org.gdplayground.engine.optimizer.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every optimizer × sphere, ellipse, Rosenbrock, from each surface's default start (sphere (−3, 4), ellipse (−4, 2),
 * Rosenbrock (−1.5, 2)), analytic gradients, constant lr, other hyper-parameters at torch's defaults.
 *
 * <p>How the cells were chosen: for each optimizer and surface, the largest lr from {1e-3, 3e-3, 0.01, 0.03, 0.1,
 * 0.3, 1} (or the one that settles best) that converges without diverging, and a step count where the trajectory has
 * settled. The threshold sits at least ten times above the distance observed when the cell was chosen (given in the
 * comment of each cell): loose enough for floating-point noise, tight enough that a broken rule fails. Notes:
 * <ul>
 *   <li>sgd/momentum/nesterov on Rosenbrock need lr 1e-3: with 3e-3 and more they diverge from (−1.5, 2)
 *       (the curvature across the valley is ~ 1000 there);</li>
 *   <li>sgd on the ellipse: lr must stay below 2/20 = 0.1 (curvature 20 in y);</li>
 *   <li>rmsprop, once v has decayed near the minimum, falls into a limit cycle of size ~ lr (e.g. 7e-3 after 5000
 *       steps at lr 0.01 on the sphere), so its bowl cells stop at 1000 steps and its Rosenbrock cell uses lr 3e-4;</li>
 *   <li>adadelta starts with steps of ~√ε, so it needs many steps at lr 1 on the bowls and lr 0.01 on Rosenbrock;</li>
 *   <li>adamw keeps its default decoupled decay 0.01, which pulls the fixed point off (1, 1) on Rosenbrock by
 *       ~ 1e-3 at lr 1e-3: its Rosenbrock threshold is 1e-2;</li>
 *   <li>rprop never takes a step below stepMin = 1e-6, so it settles into a cycle of that size around the minimum;</li>
 *   <li>lbfgs (no line search) stops moving once gᵀd &gt; −toleranceChange = −1e-9, i.e. at ‖g‖ ≈ 1e-5 with its
 *       H_diag: its ellipse and Rosenbrock cells stop ~1e-5 away (exactly torch's behaviour);</li>
 *   <li>radam, asgd diverge on Rosenbrock from lr 3e-3 (RAdam's first five steps are plain momentum steps γ·m̂ with
 *       |g| ≈ 1000 there); newton lands on each minimum in a few steps with lr 1.</li>
 * </ul>
 */
class ConvergenceTableTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                // key, surface, lr, steps, threshold     (distance seen when chosen)
                cell("sgd", "sphere", 0.1, 500, 1e-12),          // 0.8⁵⁰⁰·5 ≈ 0
                cell("sgd", "ellipse", 0.03, 1000, 1e-12),       // 5.4e-27
                cell("sgd", "rosenbrock", 1e-3, 20_000, 1e-2),   // 4.0e-4
                cell("momentum", "sphere", 0.01, 1000, 1e-12),   // 6.9e-23
                cell("momentum", "ellipse", 0.01, 1000, 1e-12),  // 5.5e-23
                cell("momentum", "rosenbrock", 1e-3, 20_000, 1e-6), // 2.1e-15
                cell("nesterov", "sphere", 0.01, 1000, 1e-12),   // 2.6e-27
                cell("nesterov", "ellipse", 0.01, 1000, 1e-12),  // 2.1e-27
                cell("nesterov", "rosenbrock", 1e-3, 20_000, 1e-6), // 6.0e-15
                cell("adagrad", "sphere", 1.0, 1000, 1e-12),     // 2.0e-71
                cell("adagrad", "ellipse", 1.0, 1000, 1e-12),    // 2.0e-71
                cell("adagrad", "rosenbrock", 1.0, 20_000, 1e-3), // 2.3e-5
                cell("rmsprop", "sphere", 0.01, 1000, 1e-12),    // 4.0e-20
                cell("rmsprop", "ellipse", 0.01, 1000, 1e-12),   // 4.0e-20
                cell("rmsprop", "rosenbrock", 3e-4, 20_000, 3e-3), // 2.3e-4
                cell("adadelta", "sphere", 1.0, 3000, 1e-12),    // 3.2e-30
                cell("adadelta", "ellipse", 0.1, 5000, 1e-12),   // 7.3e-20
                cell("adadelta", "rosenbrock", 0.01, 20_000, 3e-2), // 3.1e-3
                cell("adam", "sphere", 0.1, 1000, 1e-12),        // 8.9e-23
                cell("adam", "ellipse", 0.1, 1000, 1e-12),       // 6.7e-23
                cell("adam", "rosenbrock", 0.01, 20_000, 1e-6),  // 3.4e-8
                cell("adamw", "sphere", 0.1, 1000, 1e-12),       // 5.5e-23
                cell("adamw", "ellipse", 0.1, 1000, 1e-12),      // 5.2e-23
                cell("adamw", "rosenbrock", 1e-3, 20_000, 1e-2), // 8.0e-4 (decay bias)
                cell("adamax", "sphere", 0.1, 1000, 1e-12),      // 1.8e-22
                cell("adamax", "ellipse", 0.1, 1000, 1e-12),     // 1.8e-22
                cell("adamax", "rosenbrock", 0.03, 20_000, 1e-3), // 2.2e-5
                cell("nadam", "sphere", 0.1, 1000, 1e-12),       // 6.3e-39
                cell("nadam", "ellipse", 0.1, 1000, 1e-12),      // 6.3e-39
                cell("nadam", "rosenbrock", 1e-3, 20_000, 1e-3), // 4.2e-5
                cell("amsgrad", "sphere", 0.1, 1000, 1e-12),     // 1.0e-22
                cell("amsgrad", "ellipse", 0.1, 1000, 1e-12),    // 1.1e-22
                cell("amsgrad", "rosenbrock", 0.1, 20_000, 1e-6), // 4.5e-15
                cell("radam", "sphere", 0.1, 1000, 1e-12),       // 5.2e-22
                cell("radam", "ellipse", 0.1, 1000, 1e-12),      // 2.3e-21
                cell("radam", "rosenbrock", 1e-3, 20_000, 1e-6), // 1.2e-15
                cell("rprop", "sphere", 0.01, 1000, 1e-4),       // 1.4e-6 (stepMin floor)
                cell("rprop", "ellipse", 0.01, 1000, 1e-4),      // 1.4e-6 (stepMin floor)
                cell("rprop", "rosenbrock", 0.01, 20_000, 1e-2), // 8.6e-4
                cell("asgd", "sphere", 0.1, 1000, 1e-12),        // 1.5e-96
                cell("asgd", "ellipse", 0.03, 1000, 1e-12),      // 5.7e-27
                cell("asgd", "rosenbrock", 1e-3, 20_000, 1e-2),  // 7.3e-4
                cell("lbfgs", "sphere", 1.0, 1000, 1e-12),       // 2.5e-15
                cell("lbfgs", "ellipse", 1.0, 1000, 1e-4),       // 7.6e-6 (stalls: gᵀd > −toleranceChange)
                cell("lbfgs", "rosenbrock", 1.0, 20_000, 1e-4),  // 9.3e-6 (stalls: gᵀd > −toleranceChange)
                cell("lion", "sphere", 0.1, 1000, 1e-12),        // 2.9e-15
                cell("lion", "ellipse", 0.1, 1000, 1e-12),       // 2.4e-15
                cell("lion", "rosenbrock", 1e-3, 20_000, 1e-10), // 1.2e-13
                cell("newton", "sphere", 1.0, 100, 1e-12),       // 0 (one step)
                cell("newton", "ellipse", 1.0, 100, 1e-12),      // 0 (one step)
                cell("newton", "rosenbrock", 1.0, 100, 1e-12));  // 0
    }

    private static Arguments cell(String key, String surface, double lr, int steps, double threshold) {
        return Arguments.of(key, surface, lr, steps, threshold);
    }

    private static Objective surface(String id) {
        return switch (id) {
            case "sphere" -> new Sphere();
            case "ellipse" -> new Ellipse();
            default -> new Rosenbrock();
        };
    }

    @ParameterizedTest(name = "{0} on {1}: lr {2}, {3} steps, distance < {4}")
    @MethodSource("cells")
    void converges(String key, String surfaceId, double lr, int steps, double threshold) {
        Objective surface = surface(surfaceId);
        Run run = Scenario.of(surface, Optimizers.create(key, Map.of("lr", lr))).withSteps(steps).withMaxRecords(2)
                .start();
        run.runToEnd(() -> false);
        assertThat(run.status()).isEqualTo(Status.MAX_STEPS);
        double[] theta = run.latest().theta();
        double[] min = surface.minima().getFirst().point();
        double distance = Math.hypot(theta[0] - min[0], theta[1] - min[1]);
        assertThat(distance).isLessThan(threshold);
    }

    @Test
    void everyOptimizerMeetsEverySurface() {
        assertThat(cells().map(a -> a.get()[0] + "×" + a.get()[1]).distinct().count())
                .isEqualTo(Optimizers.keys().size() * 3L);
    }
}
