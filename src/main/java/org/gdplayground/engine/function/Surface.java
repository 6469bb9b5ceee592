package org.gdplayground.engine.function;

/**
 * A loss surface given by a formula: one small record per built-in surface, plus {@link CustomSurface} for a typed
 * expression.
 */
public sealed interface Surface extends Objective
        permits Sphere, Rosenbrock, Ellipse, TextbookQuadratic, Saddle, Plateau, TwoMinima, Beale, Booth, Himmelblau,
        SixHumpCamel, Rastrigin, CustomSurface {
}
