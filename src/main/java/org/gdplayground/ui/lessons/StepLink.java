package org.gdplayground.ui.lessons;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.ParamError.Kind;
import org.jspecify.annotations.Nullable;

/**
 * The {@code step} of a lesson link ({@code /lessons/<id>?step=n}, 1-based), read the way the other pages read a bad
 * link parameter: a step outside the lesson opens the nearest one ({@code step=0} the first, {@code step=999} the
 * last), text that is no whole number opens the first, and either way the page says so ({@link #problem}: "Step
 * must be a whole number in [1, n]", listed in {@code #lesson-link-errors} as the playground lists a bad
 * {@code lr=}).
 *
 * @param index   the step to open, 0-based and within the lesson; absent when the link named no step
 * @param problem what was wrong with the link's step, if anything
 */
record StepLink(Optional<Integer> index, Optional<ParamError> problem) {

    /** The link parameter's name, labelled by {@code param.label.step}. */
    static final String PARAM = "step";

    /** Reads {@code raw} (null: no {@code step} in the link) for a lesson of {@code steps} ≥ 1 steps. */
    static StepLink of(@Nullable String raw, int steps) {
        if (raw == null) {
            return new StepLink(Optional.empty(), Optional.empty());
        }
        String allowed = "whole number in [1, " + steps + "]";
        String v = raw.trim();
        if (!v.matches("[-+]?[0-9]{1,1000}")) {
            String shown = v.length() <= 60 ? v : v.substring(0, 57) + "…";
            return new StepLink(Optional.of(0), Optional.of(new ParamError(PARAM, shown, Kind.NOT_A_NUMBER, allowed,
                    List.of())));
        }
        BigInteger n = new BigInteger(v.startsWith("+") ? v.substring(1) : v);
        if (n.signum() > 0 && n.compareTo(BigInteger.valueOf(steps)) <= 0) {
            return new StepLink(Optional.of(n.intValue() - 1), Optional.empty());
        }
        int nearest = n.signum() > 0 ? steps - 1 : 0;
        String shown = v.length() <= 60 ? v : v.substring(0, 57) + "…";
        return new StepLink(Optional.of(nearest), Optional.of(new ParamError(PARAM, shown, Kind.OUT_OF_RANGE, allowed,
                List.of())));
    }
}
