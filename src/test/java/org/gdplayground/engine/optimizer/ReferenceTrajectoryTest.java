package org.gdplayground.engine.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepRecord;
import org.junit.jupiter.api.Test;

/**
 * Trajectories on Rosenbrock from (−1.5, 2) matched to 1e-9 (relative, per coordinate) against
 * src/test/golden/torch_reference.py: an independent plain-Python float64 transcription of torch's single-tensor
 * code for RAdam, Rprop, ASGD and L-BFGS ({@code max_iter=1}, with and without {@code line_search_fn="strong_wolfe"},
 * {@code _strong_wolfe} and {@code _cubic_interpolate} line by line), of lion_pytorch.py, and of Newton's method with
 * the exact (hand-derived) Rosenbrock Hessian. No PyTorch was available here; the transcription was written from
 * torch's source, not from this code. The numbers below are the script's output, pasted.
 *
 * <p>Newton is matched to 1e-6 only: the engine's Hessian comes from central differences of the gradient
 * (error ≈ 400·h² on Hxx), the reference uses the exact one.
 */
class ReferenceTrajectoryTest {

    /** θ after each step listed in {@code expected} (k → (x, y)). */
    private static void matches(String key, Map<String, Double> hyper, Map<Integer, double[]> expected, double tol) {
        int last = expected.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        Run run = Scenario.of(new Rosenbrock(), Optimizers.create(key, hyper)).withStart(-1.5, 2).withSteps(last)
                .start();
        for (int k = 1; k <= last; k++) {
            StepRecord r = run.step();
            double[] want = expected.get(k);
            if (want != null) {
                for (int i = 0; i < 2; i++) {
                    assertThat(r.theta(i)).as("%s step %d θ%d", key, k, i)
                            .isCloseTo(want[i], within(Math.abs(want[i]) * tol));
                }
            }
        }
    }

    private static Map<Integer, double[]> at(Object... kxy) {
        Map<Integer, double[]> m = new HashMap<>();
        for (int i = 0; i < kxy.length; i += 3) {
            m.put((Integer) kxy[i], new double[] {(Double) kxy[i + 1], (Double) kxy[i + 2]});
        }
        return m;
    }

    @Test
    void radam() {
        // Unrectified for t ≤ 5 (a momentum step of γ·m̂: the first one jumps from −1.5 to 0.05), rectified from 6.
        matches("radam", Map.of("lr", 0.01), at(
                1, 0.050000000000000044, 2.5,
                5, -0.44335729292783493, -0.3314834773272308,
                6, -0.4433171063412706, -0.3314218676108346,
                7, -0.44324517466589614, -0.3313266107506171,
                50, -0.41377413385503276, -0.3010615664186314,
                200, -0.23927387628548144, -0.08867417708116057), 1e-9);
    }

    @Test
    void rprop() {
        matches("rprop", Map.of("lr", 0.01), at(
                1, -1.49, 2.01,
                2, -1.478, 2.022,
                3, -1.4636, 2.0364,
                50, -1.33309581128093, 1.7833891068510415,
                200, -0.8212922871049657, 0.6792452456084077), 1e-9);
    }

    @Test
    void asgd() {
        // t0 = 50, so averaging starts inside the run; ax at 200 is checked too.
        matches("asgd", Map.of("lr", 1e-3, "t0", 50.0), at(
                1, -1.34499985, 2.0499998,
                50, -1.3914453609930182, 1.9437295177339808,
                51, -1.3908975172279594, 1.9422074640477287,
                52, -1.3903503455023523, 1.9406849635271777,
                200, -1.3062898362863542, 1.714092212615598), 1e-9);
        Run run = Scenario.of(new Rosenbrock(), Optimizers.create("asgd", Map.of("lr", 1e-3, "t0", 50.0)))
                .withStart(-1.5, 2).withSteps(200).start();
        run.runToEnd(() -> false);
        double[] ax = new State(run.latest().state()).get("ax").values();
        assertThat(ax[0]).isCloseTo(-1.3488334406784819, within(1.4e-9));
        assertThat(ax[1]).isCloseTo(1.827602838690275, within(1.9e-9));
    }

    @Test
    void lion() {
        matches("lion", Map.of("lr", 1e-3, "weightDecay", 0.1), at(
                1, -1.49885, 2.0008,
                50, -1.4426406498646074, 2.0399021566159257,
                200, -1.3914808134272805, 1.9495067159954222), 1e-9);
    }

    @Test
    void lbfgsFixedStep() {
        matches("lbfgs", Map.of("lr", 0.1), at(
                1, -1.424390243902439, 2.024390243902439,
                2, -1.4240099819290961, 2.024433155335134,
                3, -1.4235901893449603, 2.0243905463608622,
                50, -0.7045307494776469, 0.36132321241108,
                200, 0.37802637672311085, 0.12538302531818662), 1e-9);
    }

    @Test
    void lbfgsShortMemory() {
        // historySize 3: the memory wraps from step 5 on; without a line search this run then goes astray (as torch's).
        matches("lbfgs", Map.of("lr", 0.1, "historySize", 3.0), at(
                3, -1.4235901893449603, 2.0243905463608622,
                50, 290.51386745471785, 481.8248123507673,
                200, 45.58456131655789, 2077.8515407815316), 1e-9);
    }

    @Test
    void lbfgsStrongWolfe() {
        matches("lbfgs", Map.of("strongWolfe", 1.0), at(
                1, -1.4172551712244599, 2.026691880250174,
                2, -1.4200404011339869, 2.024868214861027,
                3, -1.4201365045001701, 2.023710425144713,
                10, -1.076826561415433, 1.1112274823448078,
                20, 0.030518730338490327, -0.02436601072698541,
                40, 0.9999979943196432, 0.9999973438921698), 1e-9);
    }

    @Test
    void newton() {
        matches("newton", Map.of(), at(
                1, -1.4509803921568627, 2.1029411764705883,
                2, 0.20443378597863138, -2.698602928322457,
                3, 0.2058826956891131, 0.042385585044866225,
                6, 0.9999999999995447, 0.9999998906627212), 1e-6);
    }
}
