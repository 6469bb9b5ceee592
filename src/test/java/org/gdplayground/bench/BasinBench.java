package org.gdplayground.bench;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gdplayground.engine.basin.BasinMap;
import org.gdplayground.engine.basin.BasinResult;
import org.gdplayground.engine.function.Himmelblau;
import org.gdplayground.engine.optimizer.Adam;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Sgd;
import org.gdplayground.engine.run.Scenario;

/**
 * Plain runnable benchmark (not a unit test): the basin map of Himmelblau, N × N starts × S steps (default 201 × 201
 * × 1,000), for plain gradient descent (lr 0.01) and Adam (lr 0.1), on the calling thread and on a pool of T threads
 * (default 2, the server's {@code run-threads}). Prints the wall seconds (best and median of R measured runs after
 * one warm-up) and the label counts. Arguments: [N (201)] [steps (1000)] [threads (2)] [runs (3)].
 *
 * <p>Run on demand: {@code scripts/basin-bench.sh}.
 */
public final class BasinBench {

    private BasinBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 201;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        System.out.printf("Basin map of Himmelblau: %d x %d starts x %d steps = %,d steps; %d cores available%n",
                n, n, steps, (long) n * n * steps, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Optimizer opt : new Optimizer[] {new Sgd(0.01), new Adam(0.1)}) {
                BasinMap map = new BasinMap(Scenario.of(new Himmelblau(), opt).withSteps(steps), n);
                map.compute(pool, threads, d -> { }, () -> false).get(); // warm-up
                double[] one = new double[runs];
                double[] many = new double[runs];
                BasinResult r = null;
                for (int i = 0; i < runs; i++) {
                    r = map.compute();
                    one[i] = r.nanos() / 1e9;
                    many[i] = map.compute(pool, threads, d -> { }, () -> false).get().nanos() / 1e9;
                }
                Arrays.sort(one);
                Arrays.sort(many);
                System.out.printf("%-5s lr %-5s 1 thread: best %.2f s, median %.2f s | %d threads: best %.2f s, "
                        + "median %.2f s (%.1f ns/step) | labels: 0..3 = %d %d %d %d, diverged %d, none %d%n",
                        opt.key(), opt.lr(), one[0], one[runs / 2], threads, many[0], many[runs / 2],
                        many[0] * 1e9 / ((double) n * n * steps), r.count(0), r.count(1), r.count(2), r.count(3),
                        r.count(BasinMap.DIVERGED), r.count(BasinMap.NONE));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
