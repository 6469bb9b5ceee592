/** Engine — function: pure Java, no Spring, no Vaadin. */
@NullMarked
package org.gdplayground.engine.function;

import org.jspecify.annotations.NullMarked;
