package org.gdplayground.engine.optimizer;

/**
 * One recorded step, as an optimizer's "Explain this step" needs it ({@link Optimizer#explainStep},
 * {@link Optimizer#explainCoordinate}). The page implements it: it knows the step record, how numbers are shown and
 * the reader's language; the optimizer knows its rule. Lines are plain text, math language-neutral; words come from
 * the bundles through {@link #tr} (every key an optimizer uses is listed by {@link Optimizer#explanationKeys()}).
 */
public interface Explanation {

    /** The step number t (from 1). */
    int t();

    /** The learning rate in force at step t. */
    double lr();

    /** Number of parameters of the step. */
    int dimension();

    /** Display name of parameter i (w, b, x₀ …). */
    String name(int i);

    /** θᵢ before the step. */
    double before(int i);

    /** θᵢ after the step (the engine's value). */
    double after(int i);

    /** Δθᵢ of the step. */
    double update(int i);

    /** The gradient the rule used for coordinate i (L2 weight decay included when configured). */
    double grad(int i);

    /** The state after the step, as recorded (named vectors in the optimizer's order). */
    State state();

    /** Entry i of state vector {@code name} after the step; NaN when absent. */
    double state(String name, int i);

    /** Whether the state before the step is known (record k − 1 was kept). */
    boolean hasPrevious();

    /** Entry i of state vector {@code name} before the step; NaN when unknown or absent. */
    double previous(String name, int i);

    /** Entry i of state vector {@code name} before the step as shown: "…" when unknown, "0" when absent. */
    String previousText(String name, int i);

    /** A number as the explanation shows it (negative ones in parentheses). */
    String f(double v);

    /** θ as the explanation shows it: more digits, so the step is visible. */
    String f7(double v);

    /** A number without parentheses. */
    String num(double v);

    /** A vector, e.g. (1, −2). */
    String vec(double[] v);

    /** The sentence of message key {@code key} in the reader's language. */
    String tr(String key, Object... args);

    /** Appends a line. */
    void line(String text);
}
