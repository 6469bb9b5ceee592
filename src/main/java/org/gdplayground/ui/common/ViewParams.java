package org.gdplayground.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.session.Speed;
import org.jspecify.annotations.Nullable;

/**
 * What a link keeps of the view besides the scenario, so Copy link and a reload show the same page: the gradient
 * arrows ({@code arrows=1}), the log-scale loss axis ({@code log=1}), the speed ({@code speed=max}), the step shown
 * ({@code k=37}), instant exploration ({@code instant=1}: a change shows the whole run at once, no Play) and the
 * language ({@code lang=ko}, read by the layout). These never reach the scenario parser (the
 * API does not know them); a bad value is reported like any other link error and the default is used.
 *
 * @param arrows gradient arrows on the contour
 * @param log    log-scale loss axis
 * @param speed  playback speed
 * @param step   the step shown, or null for the newest
 * @param instant instant exploration: every change computes and shows the whole run at once
 */
public record ViewParams(boolean arrows, boolean log, Speed speed, @Nullable Integer step, boolean instant) {

    /** The view parameters' names. */
    public static final List<String> NAMES = List.of("arrows", "log", "speed", "k", "instant");

    public static final ViewParams DEFAULT = new ViewParams(false, false, Speed.FAST, null, false);

    /** A view without instant exploration. */
    public ViewParams(boolean arrows, boolean log, Speed speed, @Nullable Integer step) {
        this(arrows, log, speed, step, false);
    }

    /** This view with instant exploration on or off. */
    public ViewParams withInstant(boolean on) {
        return new ViewParams(arrows, log, speed, step, on);
    }

    /** Parsed view parameters, the query left for the scenario parser, and the errors found. */
    public record Parsed(ViewParams view, Map<String, List<String>> scenario, List<ParamError> errors) {
    }

    /** Splits a link's query into view parameters and the scenario's ({@code lang} is dropped: the layout's). */
    public static Parsed parse(Map<String, List<String>> query) {
        Map<String, List<String>> rest = new LinkedHashMap<>(query);
        rest.remove("lang");
        List<ParamError> errors = new ArrayList<>();
        boolean arrows = flag(rest.remove("arrows"), "arrows", errors);
        boolean log = flag(rest.remove("log"), "log", errors);
        boolean instant = flag(rest.remove("instant"), "instant", errors);
        Speed speed = Speed.FAST;
        List<String> sp = rest.remove("speed");
        if (sp != null && !sp.isEmpty()) {
            String v = sp.getFirst();
            Speed found = null;
            for (Speed s : Speed.values()) {
                if (s.key().equals(v)) {
                    found = s;
                }
            }
            if (found == null) {
                errors.add(new ParamError("speed", v, ParamError.Kind.NOT_ONE_OF,
                        String.join(", ", java.util.Arrays.stream(Speed.values()).map(Speed::key).toList()),
                        List.of()));
            } else {
                speed = found;
            }
        }
        Integer step = null;
        List<String> k = rest.remove("k");
        if (k != null && !k.isEmpty()) {
            try {
                int v = Integer.parseInt(k.getFirst().trim());
                if (v < 0) {
                    throw new NumberFormatException();
                }
                step = v;
            } catch (NumberFormatException e) {
                errors.add(new ParamError("k", k.getFirst(), ParamError.Kind.OUT_OF_RANGE, "0, 1, 2, …", List.of()));
            }
        }
        return new Parsed(new ViewParams(arrows, log, speed, step, instant), rest, errors);
    }

    private static boolean flag(@Nullable List<String> values, String name, List<ParamError> errors) {
        if (values == null || values.isEmpty()) {
            return false;
        }
        String v = values.getFirst().trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "1", "true", "on", "" -> true;
            case "0", "false", "off" -> false;
            default -> {
                errors.add(new ParamError(name, values.getFirst(), ParamError.Kind.NOT_ONE_OF, "0, 1", List.of()));
                yield false;
            }
        };
    }

    /** The view part of a link: only what differs from the defaults, then the language. */
    public String suffix(Locale language) {
        StringBuilder sb = new StringBuilder();
        if (arrows) {
            sb.append("&arrows=1");
        }
        if (log) {
            sb.append("&log=1");
        }
        if (speed != Speed.FAST) {
            sb.append("&speed=").append(speed.key());
        }
        if (step != null) {
            sb.append("&k=").append(step);
        }
        if (instant) {
            sb.append("&instant=1");
        }
        sb.append("&lang=").append(language.getLanguage());
        return sb.toString();
    }
}
