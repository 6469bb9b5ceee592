/** Cross-cutting concerns: configuration, limits, error handling, i18n. */
@NullMarked
package org.gdplayground.system;

import org.jspecify.annotations.NullMarked;
