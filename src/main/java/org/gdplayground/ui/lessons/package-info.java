/** The lesson pages: the list at {@code /lessons} and one lesson at {@code /lessons/<id>} with its live view. */
@NullMarked
package org.gdplayground.ui.lessons;

import org.jspecify.annotations.NullMarked;
