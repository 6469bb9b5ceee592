package org.gdplayground.engine.function;

/**
 * The built-in data problems (linear regression, mean-squared error), as docs/conventions.md#data-problems defines them. Each is
 * an immutable singleton.
 */
public final class Datasets {

    /** Study hours [1, 2, 3] → points [2, 4, 6]. */
    private static final double[][] HOURS = {{1}, {2}, {3}};
    private static final double[] POINTS = {2, 4, 6};

    private static final RegressionProblem STUDY_HOURS_W = new RegressionProblem("study-hours-w",
            "mean((w·x − y)²)", HOURS, POINTS, false,
            // loss(w) = (14/3)·(w − 2)²: 42 at both ends of [−1, 5]; y is that loss range
            new Bounds(-1, 5, -2, 45),
            new double[] {0});

    private static final RegressionProblem STUDY_HOURS_WB = new RegressionProblem("study-hours-wb",
            "mean((w·x + b − y)²)", HOURS, POINTS, true,
            new Bounds(-1, 5, -5, 5),
            new double[] {0, 0});

    private static final RegressionProblem QUIZ_SCORES = new RegressionProblem("quiz-scores",
            "mean((W₁·x₁ + W₂·x₂ + W₃·x₃ + b − y)²)",
            new double[][] {{73, 80, 75}, {93, 88, 93}, {89, 91, 90}, {96, 98, 100}, {73, 66, 70}},
            new double[] {152, 185, 180, 196, 142}, true,
            // (W₁, W₂) plane around the least-squares optimum (0.795, 0.408, 0.755, b = 4.40)
            new Bounds(-0.5, 1.5, -0.5, 1.5),
            new double[] {0, 0, 0, 0});

    private Datasets() {
    }

    /**
     * {@code study-hours-w}: prediction w·x, no intercept; θ = [w]. loss(w) = (14/3)·(w − 2)², optimum w = 2 (loss 0).
     * Default start w = 0. One parameter: the y of {@link RegressionProblem#bounds()} is the loss range.
     */
    public static RegressionProblem studyHoursW() {
        return STUDY_HOURS_W;
    }

    /** {@code study-hours-wb}: prediction w·x + b; θ = [w, b]. Optimum (2, 0), loss 0; default start (0, 0). */
    public static RegressionProblem studyHoursWb() {
        return STUDY_HOURS_WB;
    }

    /**
     * {@code quiz-scores}: three quiz scores → final score, prediction x·W + b; θ = [W₁, W₂, W₃, b]. Default start
     * zeros, as the seed. The Hessian's eigenvalues span 6.4·10⁻³ to 4.4·10⁴, so b barely moves under plain descent.
     */
    public static RegressionProblem quizScores() {
        return QUIZ_SCORES;
    }
}
