/** The simpleNet page (seed 002): W, dW numerical beside analytic, softmax and training W live. */
@NullMarked
package org.gdplayground.ui.simplenet;

import org.jspecify.annotations.NullMarked;
