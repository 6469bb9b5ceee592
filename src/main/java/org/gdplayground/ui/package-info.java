/** Vaadin views and shared UI components. */
@NullMarked
package org.gdplayground.ui;

import org.jspecify.annotations.NullMarked;
