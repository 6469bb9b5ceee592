package org.gdplayground.lessons;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "Predict, then run": before a step's run the learner chooses what it will do; after the run the lesson says whether
 * the prediction held, from the run's diagnosis ({@link #outcome}), and why ({@code why}, the lesson's own words).
 *
 * @param question what to predict
 * @param choices  the offered choices, each one of {@link #CHOICES}
 * @param why      the explanation shown with the verdict, or null
 */
public record Prediction(Text question, List<String> choices, @Nullable Text why) {

    /** Every choice a lesson may offer. */
    public static final List<String> CHOICES = List.of("converges", "oscillates", "diverges", "local-minimum",
            "stuck", "slow");

    public Prediction {
        choices = List.copyOf(choices);
    }

    /**
     * What the run did, as one of {@link #CHOICES}: diverges (diverged, or diagnosed diverging), oscillates,
     * local-minimum, stuck (a saddle point or a plateau), converges (at the global minimum, or stopped by a
     * tolerance), slow (none of these when the steps ran out: still on its way).
     */
    public static String outcome(RunOutcome.Run r) {
        if (r.status().equals("diverged") || r.diagnosis().equals("diverging")) {
            return "diverges";
        }
        return switch (r.diagnosis()) {
            case "oscillating" -> "oscillates";
            case "local-minimum" -> "local-minimum";
            case "saddle", "plateau" -> "stuck";
            case "global-minimum" -> "converges";
            default -> r.status().equals("converged") ? "converges" : "slow";
        };
    }
}
