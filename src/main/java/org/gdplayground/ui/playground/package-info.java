/** The playground page: one scenario, live contour, loss chart and step table. */
@NullMarked
package org.gdplayground.ui.playground;

import org.jspecify.annotations.NullMarked;
