package org.gdplayground.engine.bench;

import java.util.concurrent.TimeUnit;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.engine.optimizer.Adam;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark (not a unit test): a whole run of Adam, lr 0.01, on Rosenbrock from (−1.5, 2), 1,000,000 steps,
 * reported per step ({@code @OperationsPerInvocation}); with {@code -prof gc}, {@code gc.alloc.rate.norm} is the
 * bytes allocated per step, the run's set-up and kept records included. {@code maxRecords} 2 keeps only the first
 * and last record; 1000 is the scenario default (stride-doubling thinning keeps a few thousand records in all).
 *
 * <p>Run on demand: {@code scripts/engine-bench.sh jmh} (or see that script for the plain java command).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(AdamRosenbrockBenchmark.STEPS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AdamRosenbrockBenchmark {

    static final int STEPS = 1_000_000;

    @Param({"2", "1000"})
    public int maxRecords;

    private Scenario scenario;

    @Setup
    public void setUp() {
        scenario = Scenario.of(new Rosenbrock(), new Adam(0.01)).withStart(-1.5, 2).withSteps(STEPS)
                .withMaxRecords(maxRecords);
    }

    @Benchmark
    public double adamOnRosenbrock() {
        Run run = scenario.start();
        run.runToEnd(() -> false);
        return run.latest().theta(0);
    }
}
