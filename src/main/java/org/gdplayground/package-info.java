/** Gradient Descent Playground: application entry point. */
@NullMarked
package org.gdplayground;

import org.jspecify.annotations.NullMarked;
