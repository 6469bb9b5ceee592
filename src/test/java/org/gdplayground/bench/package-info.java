/** Load benchmarks against a running server, run on demand with scripts/class-load-bench.sh (not unit tests). */
@NullMarked
package org.gdplayground.bench;

import org.jspecify.annotations.NullMarked;
