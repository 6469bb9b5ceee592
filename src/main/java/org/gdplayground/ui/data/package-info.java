/** "Your own data" on the page: the CSV upload control beside the surface choice. */
@NullMarked
package org.gdplayground.ui.data;

import org.jspecify.annotations.NullMarked;
