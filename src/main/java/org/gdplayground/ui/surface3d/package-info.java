/**
 * The 3-D surface view ({@code <gdp-surface3d>}, drawn in the browser by {@code frontend/gdp-surface3d.js}): the
 * height mesh computed once per surface on the server, the path heights sent as deltas, and the card both the
 * playground and the compare page plug in next to the contour.
 */
@NullMarked
package org.gdplayground.ui.surface3d;

import org.jspecify.annotations.NullMarked;
