package org.gdplayground.classroom;

import java.util.Locale;
import java.util.Set;
import org.gdplayground.classroom.Model.RunRow;
import org.jspecify.annotations.Nullable;

/**
 * What a student's latest run says to the teacher: the engine's diagnosis code (diverging, oscillating, local minimum,
 * saddle, plateau, too slow, converged), or the run's status when the diagnosis says nothing yet. Codes this class
 * does not know (added to the engine later) are kept as they are and shown neutrally, never as an error.
 *
 * @param id        a stable id (a diagnosis code, {@code converged}, {@code working}, {@code waiting}, or an unknown
 *                  code as the engine sent it)
 * @param needsHelp whether the teacher should look at this student
 * @param known     whether the id is one of the codes this class knows (the others have no message of their own)
 */
public record Outcome(String id, boolean needsHelp, boolean known) {

    /** Codes that mean the run is stuck or going wrong. */
    static final Set<String> HELP = Set.of("diverging", "oscillating", "local-minimum", "saddle", "plateau",
            "too-slow");
    private static final Set<String> KNOWN = Set.of("diverging", "oscillating", "local-minimum", "saddle", "plateau",
            "too-slow", "converged", "working", "waiting");

    public static final Outcome WAITING = new Outcome("waiting", false, true);

    /** The outcome of a student's latest run (null: they have not played yet). */
    public static Outcome of(@Nullable RunRow run) {
        if (run == null) {
            return WAITING;
        }
        String d = run.diagnosis() == null ? "" : run.diagnosis().strip().toLowerCase(Locale.ROOT);
        if ("diverged".equals(run.status()) || "diverging".equals(d) || !Double.isFinite(run.loss())) {
            return new Outcome("diverging", true, true);
        }
        if (d.isEmpty() || "none".equals(d)) {
            return "converged".equals(run.status()) ? new Outcome("converged", false, true)
                    : new Outcome("working", false, true);
        }
        if ("global-minimum".equals(d) || "converged".equals(d)) {
            return new Outcome("converged", false, true);
        }
        if (HELP.contains(d)) {
            return new Outcome(d, true, true);
        }
        // a code this dashboard does not know yet: show it, do not guess whether it needs help
        return new Outcome(d.replaceAll("[^a-z0-9-]", ""), false, false);
    }

    /** The colour of this outcome on the dashboard and in the class pictures (paths coloured by outcome). */
    public String color() {
        return switch (id) {
            case "diverging" -> "#c62828";
            case "oscillating" -> "#e65100";
            case "local-minimum" -> "#6a1b9a";
            case "saddle" -> "#ad1457";
            case "plateau" -> "#8d6e00";
            case "too-slow" -> "#0277bd";
            case "converged" -> "#2e7d32";
            case "working" -> "#455a64";
            default -> "#757575";
        };
    }

    /** A small symbol beside the word, so the outcome is not told by colour alone. */
    public String icon() {
        return switch (id) {
            case "diverging" -> "▲";
            case "oscillating" -> "≈";
            case "local-minimum" -> "▽";
            case "saddle" -> "✕";
            case "plateau" -> "▬";
            case "too-slow" -> "…";
            case "converged" -> "✓";
            case "working" -> "▶";
            case "waiting" -> "○";
            default -> "•";
        };
    }

    /** Whether the id has a message of its own ({@code classroom.outcome.<id>}). */
    public boolean hasMessage() {
        return KNOWN.contains(id);
    }
}
