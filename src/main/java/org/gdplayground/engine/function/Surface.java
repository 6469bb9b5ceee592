package org.gdplayground.engine.function;

/**
 * A loss surface given by a formula: one small record per built-in surface, plus {@code CustomSurface} for a typed
 * expression. The engine work adds the records to this permits list.
 */
public sealed interface Surface extends Objective permits Sphere, Rosenbrock, Ellipse {
}
