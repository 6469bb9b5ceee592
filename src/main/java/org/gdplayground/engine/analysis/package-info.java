/**
 * Engine — analysis at a point: the gradient check (exact gradient against central and forward differences, and the
 * error as h shrinks) and the stability picture (Hessian, eigenvalues, condition number, the largest stable plain-GD
 * step 2/L). Pure Java, no Spring, no Vaadin.
 */
@NullMarked
package org.gdplayground.engine.analysis;

import org.jspecify.annotations.NullMarked;
