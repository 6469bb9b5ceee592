/** Engine — basins of attraction: where a scenario's optimizer ends from every start of a grid. Pure Java. */
@NullMarked
package org.gdplayground.engine.basin;

import org.jspecify.annotations.NullMarked;
