package org.gdplayground.engine.run;

import java.util.List;
import java.util.Map;
import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.ParamSpec;

/** The schedule registry: keys, their parameter specs, and creation from name → value maps. */
public final class Schedules {

    /** The field name used in errors about the schedule key. */
    public static final String FIELD = "schedule";

    private static final List<String> KEYS = List.of(Schedule.Constant.KEY, Schedule.StepLr.KEY,
            Schedule.ExponentialLr.KEY, Schedule.CosineLr.KEY);

    private Schedules() {
    }

    /** constant, step, exp, cosine. */
    public static List<String> keys() {
        return KEYS;
    }

    /** The parameters of schedule {@code key} (warmup is separate: {@link LrSchedule#WARMUP}). */
    public static List<ParamSpec> specs(String key) {
        return switch (key) {
            case Schedule.Constant.KEY -> Schedule.Constant.SPECS;
            case Schedule.StepLr.KEY -> Schedule.StepLr.SPECS;
            case Schedule.ExponentialLr.KEY -> Schedule.ExponentialLr.SPECS;
            case Schedule.CosineLr.KEY -> Schedule.CosineLr.SPECS;
            default -> throw unknown(key);
        };
    }

    /**
     * Schedule {@code key} with the given parameters, absent ones at their defaults.
     *
     * @throws InvalidParameterException for an unknown key (field {@code schedule}), an unknown parameter, or a
     *                                   value out of range
     */
    public static Schedule create(String key, Map<String, Double> values) {
        List<ParamSpec> specs = specs(key);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (specs.stream().noneMatch(s -> s.name().equals(e.getKey()))) {
                throw new InvalidParameterException(e.getKey(), e.getKey(), specs.isEmpty()
                        ? "absent: schedule " + key + " has no parameters"
                        : "one of schedule " + key + "'s parameters "
                                + String.join(", ", specs.stream().map(ParamSpec::name).toList()));
            }
        }
        return switch (key) {
            case Schedule.StepLr.KEY -> new Schedule.StepLr(whole(specs.get(0), values), real(specs.get(1), values));
            case Schedule.ExponentialLr.KEY -> new Schedule.ExponentialLr(real(specs.get(0), values));
            case Schedule.CosineLr.KEY -> new Schedule.CosineLr(whole(specs.get(0), values),
                    real(specs.get(1), values));
            default -> new Schedule.Constant();
        };
    }

    private static double real(ParamSpec spec, Map<String, Double> values) {
        Double v = values.get(spec.name());
        return spec.check(v != null ? v : spec.def());
    }

    private static int whole(ParamSpec spec, Map<String, Double> values) {
        return (int) real(spec, values);
    }

    private static InvalidParameterException unknown(String key) {
        return new InvalidParameterException(FIELD, key, "one of " + String.join(", ", KEYS));
    }
}
