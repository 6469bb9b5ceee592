package org.gdplayground.engine.function;

/**
 * A loss surface given by a formula: one small record per built-in surface, plus {@link CustomSurface} for a typed
 * expression. Not sealed: a new surface is its own file, one line in {@link Objectives}' list and its name in the
 * bundles (docs/recipes/add-a-surface.md).
 */
public non-sealed interface Surface extends Objective {

    /**
     * The same f written in the expression language a learner types (e.g. {@code "x^2+10*y^2"}): the tests check the
     * surface's exact gradient and Hessian against automatic differentiation of it, and the code export may use it.
     */
    String expression();
}
