/** Engine: pure Java, no Spring, no Vaadin. */
@NullMarked
package org.gdplayground.engine;

import org.jspecify.annotations.NullMarked;
