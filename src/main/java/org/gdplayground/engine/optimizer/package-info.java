/** Engine — optimizer: pure Java, no Spring, no Vaadin. */
@NullMarked
package org.gdplayground.engine.optimizer;

import org.jspecify.annotations.NullMarked;
