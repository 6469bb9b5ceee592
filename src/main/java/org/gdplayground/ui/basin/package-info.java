/** The basin-of-attraction map card of the playground and compare pages. */
@NullMarked
package org.gdplayground.ui.basin;

import org.jspecify.annotations.NullMarked;
