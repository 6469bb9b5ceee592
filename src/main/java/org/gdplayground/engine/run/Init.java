package org.gdplayground.engine.run;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.RegressionProblem;

/**
 * How θ₀ is chosen. Random modes draw from the run's seeded generator (so a scenario is reproducible).
 *
 * <p>For a {@link RegressionProblem} (one linear unit, fan-in = number of features, fan-out = 1):
 * <ul>
 *   <li>{@link Zeros}: all zeros;</li>
 *   <li>{@link Uniform}: weights and bias ~ U(−1/√fanIn, 1/√fanIn), torch's {@code nn.Linear} default;</li>
 *   <li>{@link LeCun}: weights ~ N(0, 1/fanIn), bias 0;</li>
 *   <li>{@link Xavier}: weights ~ N(0, 2/(fanIn + fanOut)) (Glorot &amp; Bengio 2010), bias 0;</li>
 *   <li>{@link He}: weights ~ N(0, 2/fanIn) (He et al. 2015), bias 0.</li>
 * </ul>
 * For a surface: {@link Zeros} is the origin, {@link Uniform} is uniform inside the surface's {@code bounds()}
 * (coordinate 0 in the x range, 1 in the y range, any further ones in the x range); the fan-based modes are for data
 * problems and are rejected on field {@code initMode}.
 */
public sealed interface Init {

    /** The field name used in errors about the init mode. */
    String MODE_FIELD = "initMode";
    /** The field name used in errors about given start values. */
    String FIELD = "init";

    /** Stable key: given, zeros, uniform, lecun, xavier, he. */
    String key();

    /** All keys. */
    static List<String> keys() {
        return List.of("given", "zeros", "uniform", "lecun", "xavier", "he");
    }

    /** The mode for a key other than {@code given} (which needs values: use {@link Given}). */
    static Init of(String key) {
        return switch (key) {
            case "zeros" -> new Zeros();
            case "uniform" -> new Uniform();
            case "lecun" -> new LeCun();
            case "xavier" -> new Xavier();
            case "he" -> new He();
            default -> throw new InvalidParameterException(MODE_FIELD, key,
                    "one of zeros, uniform, lecun, xavier, he (or given start values)");
        };
    }

    /**
     * Throws {@link InvalidParameterException} unless this mode can start {@code objective}: given values must have
     * one finite number per parameter; the fan-based modes need a data problem.
     */
    default void checkFor(Objective objective) {
        if (!(objective instanceof RegressionProblem) && (this instanceof LeCun || this instanceof Xavier
                || this instanceof He)) {
            throw new InvalidParameterException(MODE_FIELD, key(),
                    "given, zeros or uniform for a surface (lecun, xavier and he are for data problems)");
        }
    }

    /** θ₀ for {@code objective}, drawing from {@code rng} for random modes. */
    double[] start(Objective objective, RandomGenerator rng);

    /** The start point given by the user (one finite value per parameter). */
    record Given(double[] values) implements Init {
        public Given {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public String key() {
            return "given";
        }

        @Override
        public void checkFor(Objective objective) {
            int n = objective.dimension();
            if (values.length != n) {
                throw new InvalidParameterException(FIELD, values.length + (values.length == 1 ? " number" : " numbers"),
                        n + (n == 1 ? " number" : " numbers") + " (one per parameter of " + objective.id() + ")");
            }
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    throw new InvalidParameterException(FIELD, v, "finite numbers");
                }
            }
        }

        @Override
        public double[] start(Objective objective, RandomGenerator rng) {
            return values.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Given(double[] v) && Arrays.equals(values, v);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Given" + Arrays.toString(values);
        }
    }

    /** All zeros (the origin). */
    record Zeros() implements Init {
        @Override
        public String key() {
            return "zeros";
        }

        @Override
        public double[] start(Objective objective, RandomGenerator rng) {
            return new double[objective.dimension()];
        }
    }

    /** U(−1/√fanIn, 1/√fanIn) for data problems; uniform inside the bounds for surfaces. */
    record Uniform() implements Init {
        @Override
        public String key() {
            return "uniform";
        }

        @Override
        public double[] start(Objective objective, RandomGenerator rng) {
            double[] theta = new double[objective.dimension()];
            if (objective instanceof RegressionProblem rp) {
                double bound = 1 / Math.sqrt(rp.features());
                for (int i = 0; i < theta.length; i++) {
                    theta[i] = rng.nextDouble(-bound, bound);
                }
            } else {
                Bounds b = objective.bounds();
                for (int i = 0; i < theta.length; i++) {
                    theta[i] = i == 1 ? rng.nextDouble(b.yMin(), b.yMax()) : rng.nextDouble(b.xMin(), b.xMax());
                }
            }
            return theta;
        }
    }

    /** LeCun normal: weights ~ N(0, 1/fanIn), bias 0. Data problems only. */
    record LeCun() implements Init {
        @Override
        public String key() {
            return "lecun";
        }

        @Override
        public double[] start(Objective objective, RandomGenerator rng) {
            return normalWeights((RegressionProblem) objective, rng, 1.0 / ((RegressionProblem) objective).features());
        }
    }

    /** Xavier/Glorot normal: weights ~ N(0, 2/(fanIn + 1)), bias 0. Data problems only. */
    record Xavier() implements Init {
        @Override
        public String key() {
            return "xavier";
        }

        @Override
        public double[] start(Objective objective, RandomGenerator rng) {
            return normalWeights((RegressionProblem) objective, rng,
                    2.0 / (((RegressionProblem) objective).features() + 1));
        }
    }

    /** He/Kaiming normal: weights ~ N(0, 2/fanIn), bias 0. Data problems only. */
    record He() implements Init {
        @Override
        public String key() {
            return "he";
        }

        @Override
        public double[] start(Objective objective, RandomGenerator rng) {
            return normalWeights((RegressionProblem) objective, rng, 2.0 / ((RegressionProblem) objective).features());
        }
    }

    /** Weights ~ N(0, variance), the bias (if any) 0. */
    private static double[] normalWeights(RegressionProblem rp, RandomGenerator rng, double variance) {
        double[] theta = new double[rp.dimension()];
        double std = Math.sqrt(variance);
        for (int j = 0; j < rp.features(); j++) {
            theta[j] = rng.nextGaussian(0, std);
        }
        return theta;
    }
}
