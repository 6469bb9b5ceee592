/** Side-by-side optimizer comparison. */
@NullMarked
package org.gdplayground.ui.compare;

import org.jspecify.annotations.NullMarked;
