package org.gdplayground.lessons;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the live view reported about the learner's run(s) when it stopped or paused: the shared scenario settings and
 * one {@link Run} per optimizer block (one on the playground, several on the compare page).
 *
 * @param page     {@code playground} or {@code compare}
 * @param fn       the surface id
 * @param schedule the learning-rate schedule
 * @param batch    {@code full} or the batch size
 * @param grad     {@code analytic}, {@code central} or {@code forward}
 * @param initMode how θ₀ was chosen ({@code given}, {@code zeros}, {@code uniform}, {@code lecun}, …)
 * @param h        the finite-difference step
 * @param runs     the runs, in index order
 */
public record RunOutcome(String page, String fn, String schedule, String batch, String grad, String initMode,
        double h, List<Run> runs) {

    public RunOutcome {
        runs = List.copyOf(runs);
    }

    /**
     * One run.
     *
     * @param index     1-based
     * @param opt       optimizer key
     * @param lr        base learning rate
     * @param momentum  the momentum hyper-parameter, or null when the optimizer has none
     * @param status    {@code running}, {@code converged}, {@code max-steps} or {@code diverged}
     * @param finished  true when the run has ended (not paused)
     * @param diagnosis the diagnosis code, e.g. {@code diverging}
     * @param since     the step the diagnosis began (−1 for none)
     * @param step      the last step k
     * @param loss      the loss after step k (may be non-finite)
     * @param theta     θ after step k
     */
    public record Run(int index, String opt, double lr, @Nullable Double momentum, String status, boolean finished,
            String diagnosis, int since, int step, double loss, List<Double> theta) {

        public Run {
            theta = List.copyOf(theta);
        }
    }
}
