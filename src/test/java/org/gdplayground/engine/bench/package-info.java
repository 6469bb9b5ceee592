/** Engine benchmarks, run on demand with scripts/engine-bench.sh (not unit tests). */
@NullMarked
package org.gdplayground.engine.bench;

import org.jspecify.annotations.NullMarked;
