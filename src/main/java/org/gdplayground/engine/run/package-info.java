/** Engine — run: pure Java, no Spring, no Vaadin. */
@NullMarked
package org.gdplayground.engine.run;

import org.jspecify.annotations.NullMarked;
