package org.gdplayground.engine.function;

/**
 * What a data problem shows besides its loss: its rows, its features and the least-squares fit — the capability
 * {@link Objective#data()} answers, so pages and the API ask an objective for its data instead of casting it.
 * Implemented by {@link RegressionProblem}; a surface has none.
 */
public interface DataView {

    /** Number of rows (examples). */
    int rows();

    /** Number of features d (θ has d weights, and b when {@link #intercept()}). */
    int features();

    /** Whether the prediction has an intercept b (the last entry of θ). */
    boolean intercept();

    /** The features of row {@code row} (a copy). */
    double[] x(int row);

    /** The target of row {@code row}. */
    double y(int row);

    /** The prediction of row {@code row} with parameters θ. */
    double predict(double[] theta, int row);

    /** The closed-form least-squares θ. */
    double[] leastSquaresOptimum();

    /** The loss at θ on all rows (the objective's value). */
    double value(double[] theta);

    /** The start point used when none is given (the objective's). */
    double[] defaultStart();
}
