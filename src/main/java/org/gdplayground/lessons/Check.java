package org.gdplayground.lessons;

import java.util.List;

/**
 * How a step judges the learner's run: the goal (every condition must hold) with its success message, reactions to
 * particular situations tried in order when the goal is not met, and a hint when none of them applies.
 */
public record Check(Condition goal, Text success, List<Reaction> reactions, Text hint) {

    public Check {
        reactions = List.copyOf(reactions);
    }

    /** A situation and what to say about it. */
    public record Reaction(Condition when, Text say) {
    }
}
