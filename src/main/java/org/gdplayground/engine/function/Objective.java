package org.gdplayground.engine.function;

import java.util.List;
import java.util.Optional;

/**
 * A differentiable objective f: Rⁿ → R that an optimizer minimises: a named surface or a data (regression) problem.
 *
 * <p>Implementations are immutable and thread-safe. For built-in surfaces and data problems {@link #value} and
 * {@link #gradient} allocate nothing: the run loop calls them once per step.
 */
public sealed interface Objective permits Surface, RegressionProblem {

    /** Stable id used in URLs and the API, e.g. {@code "rosenbrock"}. */
    String id();

    /**
     * True when f is a quadratic (its Hessian is the same everywhere), so an analysis of the linear iteration — the
     * exact convergence-rate map — applies. False by default.
     */
    default boolean quadratic() {
        return false;
    }

    /** Number of parameters θ. */
    int dimension();

    /** f(θ) on the full objective. */
    double value(double[] theta);

    /** Writes the exact gradient ∇f(θ) (hand-derived, or automatic differentiation for a typed expression). */
    void gradient(double[] theta, double[] out);

    /**
     * Writes the exact Hessian ∇²f(θ), row by row, into {@code out} (n² values): hand-derived second derivatives for
     * the built-in surfaces and data problems, second-order automatic differentiation for a typed expression. Used
     * by Newton's method, the local quadratic model and the diagnosis; never a finite-difference estimate.
     */
    void hessian(double[] theta, double[] out);

    /** The formula for display, plain Unicode, e.g. {@code "x² + y²"}. */
    String formula();

    /** Plot bounds of the first two parameters (for a 1-parameter problem: the w range, y unused). */
    Bounds bounds();

    /** Known minima, global ones first; empty where there is none (e.g. the saddle). */
    List<Minimum> minima();

    /** Default start point shown when the user gives none. */
    double[] defaultStart();

    /** The data behind a data problem (rows, features, least-squares fit); empty for a surface. */
    default Optional<DataView> data() {
        return Optional.empty();
    }
}
