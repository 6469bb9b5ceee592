/** Seed 004's picture of a derivative on the 1-parameter view: nudge w by δw, see the loss change by ≈ (∂L/∂w)·δw. */
@NullMarked
package org.gdplayground.ui.derivative;

import org.jspecify.annotations.NullMarked;
