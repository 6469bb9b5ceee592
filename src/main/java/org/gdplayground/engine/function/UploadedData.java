package org.gdplayground.engine.function;

/**
 * A learner's own data set as a data problem: linear regression with an intercept, mean-squared error, exactly as
 * the built-in data problems ({@link Datasets}); the numbers come from outside (an uploaded file), the engine gets
 * only the arrays.
 */
public final class UploadedData {

    /** The objective id every uploaded data set has (the link names the data set separately). */
    public static final String ID = "data";

    private UploadedData() {
    }

    /**
     * The data problem for rows {@code x} (features) and targets {@code y}: θ = [w₁ … w_d, b], start at zeros. The
     * plot viewport is the (w₁, b) plane for one feature and the (w₁, w₂) plane for more, spanning the start and the
     * least-squares optimum with a margin.
     *
     * @throws IllegalArgumentException when the rows are ragged or empty
     */
    public static RegressionProblem problem(double[][] x, double[] y) {
        if (x.length == 0 || x[0].length == 0) {
            throw new IllegalArgumentException("a data set needs at least one row and one feature");
        }
        int d = x[0].length;
        double[] optimum = LeastSquares.solve(x, y, true);
        double u = optimum[0];
        double v = optimum[1];
        Bounds bounds = new Bounds(lo(u), hi(u), lo(v), hi(v));
        return new RegressionProblem(ID, formula(d), x, y, true, bounds, new double[d + 1]);
    }

    private static double lo(double optimum) {
        return Math.min(0, optimum) - margin(optimum);
    }

    private static double hi(double optimum) {
        return Math.max(0, optimum) + margin(optimum);
    }

    private static double margin(double optimum) {
        return Math.max(1, 0.5 * Math.abs(optimum));
    }

    static String formula(int features) {
        if (features == 1) {
            return "mean((w·x + b − y)²)";
        }
        StringBuilder sb = new StringBuilder("mean((");
        for (int j = 1; j <= features; j++) {
            sb.append(j > 1 ? " + " : "").append('W').append(sub(j)).append("·x").append(sub(j));
        }
        return sb.append(" + b − y)²)").toString();
    }

    private static String sub(int j) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(j).toCharArray()) {
            sb.append((char) ('₀' + (c - '0')));
        }
        return sb.toString();
    }
}
