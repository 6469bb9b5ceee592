/** Basin maps for pages and the API: limits, the bounded computation and its cache. */
@NullMarked
package org.gdplayground.basin;

import org.jspecify.annotations.NullMarked;
