/**
 * UI — the gradient check and the stability picture on the playground: the "Gradient check and stability" part of
 * "Explain this step" (with the error-against-h plot), optional gradient-check columns in the step table, and the
 * 2/L mark on the learning-rate slider.
 */
@NullMarked
package org.gdplayground.ui.insight;

import org.jspecify.annotations.NullMarked;
