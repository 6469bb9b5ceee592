package org.gdplayground.engine.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.gdplayground.engine.function.Rosenbrock;
import java.util.Map;
import org.gdplayground.engine.optimizer.Adam;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;

/**
 * Plain runnable benchmark (not a unit test): Adam, lr 0.01, Rosenbrock from (−1.5, 2), 1,000,000 steps. Prints
 * ns/step (wall time of {@code runToEnd}, best and median of the measured runs), bytes/step allocated by the stepping
 * thread inside the loop (ThreadMXBean, measured around {@code runToEnd} after the run is set up), and the final point
 * with its distance to (1, 1). Arguments: [maxRecords (default 2)] [measured runs (default 10)]
 * [steps (default 1,000,000)].
 *
 * <p>Then, for comparison, the per-step cost of the optimizers that evaluate more than one gradient: L-BFGS (fixed
 * step, and strong-Wolfe), and Newton (2·n extra gradients for its Hessian), 100,000 steps each on the same problem.
 *
 * <p>Run on demand: {@code scripts/engine-bench.sh plain}.
 */
public final class AdamRosenbrockBench {

    private AdamRosenbrockBench() {
    }

    public static void main(String[] args) {
        int maxRecords = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        Scenario scenario = Scenario.of(new Rosenbrock(), new Adam(0.01)).withStart(-1.5, 2).withSteps(steps)
                .withMaxRecords(maxRecords);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        for (int i = 0; i < 5; i++) { // warm-up: let the JIT compile the loop
            scenario.start().runToEnd(() -> false);
        }
        double[] nsPerStep = new double[runs];
        double[] bytesPerStep = new double[runs];
        Run last = null;
        for (int i = 0; i < runs; i++) {
            Run run = scenario.start();
            long bytes0 = mx.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            run.runToEnd(() -> false);
            long t1 = System.nanoTime();
            long bytes1 = mx.getCurrentThreadAllocatedBytes();
            nsPerStep[i] = (double) (t1 - t0) / run.stepsTaken();
            bytesPerStep[i] = (double) (bytes1 - bytes0) / run.stepsTaken();
            last = run;
        }
        Arrays.sort(nsPerStep);
        Arrays.sort(bytesPerStep);
        double[] theta = last.latest().theta();
        System.out.printf("Adam lr 0.01 on Rosenbrock from (-1.5, 2), %d steps, maxRecords %d, %d measured runs%n",
                last.stepsTaken(), maxRecords, runs);
        System.out.printf("ns/step:    best %.1f, median %.1f (engineNanos of the last run: %.1f ns/step)%n",
                nsPerStep[0], nsPerStep[runs / 2], (double) last.engineNanos() / last.stepsTaken());
        System.out.printf("bytes/step: best %.4f, median %.4f, max %.4f%n", bytesPerStep[0], bytesPerStep[runs / 2],
                bytesPerStep[runs - 1]);
        System.out.printf("final point: (%.17g, %.17g), distance to (1, 1): %.3e, loss %.3e, status %s%n", theta[0],
                theta[1], Math.hypot(theta[0] - 1, theta[1] - 1), last.latest().loss(), last.status());

        other(mx, "lbfgs", Map.of("lr", 0.1), "L-BFGS lr 0.1 (no line search, 100 pairs)");
        other(mx, "lbfgs", Map.of("strongWolfe", 1.0), "L-BFGS strong-Wolfe");
        other(mx, "newton", Map.of(), "Newton");
    }

    private static void other(com.sun.management.ThreadMXBean mx, String key, Map<String, Double> hyper,
            String label) {
        Scenario scenario = Scenario.of(new Rosenbrock(), Optimizers.create(key, hyper)).withStart(-1.5, 2)
                .withSteps(100_000).withMaxRecords(2);
        for (int i = 0; i < 3; i++) {
            scenario.start().runToEnd(() -> false);
        }
        double best = Double.POSITIVE_INFINITY;
        double bytes = 0;
        for (int i = 0; i < 3; i++) {
            Run run = scenario.start();
            long b0 = mx.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            run.runToEnd(() -> false);
            long t1 = System.nanoTime();
            bytes = (double) (mx.getCurrentThreadAllocatedBytes() - b0) / run.stepsTaken();
            best = Math.min(best, (double) (t1 - t0) / run.stepsTaken());
        }
        System.out.printf("%s: best %.1f ns/step, %.4f bytes/step%n", label, best, bytes);
    }
}
