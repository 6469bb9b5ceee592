package org.gdplayground.engine.run;

import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.Range;

/**
 * Which rows of a data problem each step's gradient uses. Surfaces have no rows: a {@link Scenario} on a surface
 * accepts only {@link Full}.
 */
public sealed interface Batching {

    /** Batch size k: whole number in [1, 1000000], default 1. */
    ParamSpec SIZE = ParamSpec.whole("batch", 1, Range.closed(1, 1_000_000));

    /** Stable key: {@code full}, or the batch size. */
    String key();

    /** Every step uses all rows ("gradient descent"); each step is one epoch. */
    record Full() implements Batching {
        @Override
        public String key() {
            return "full";
        }
    }

    /**
     * Steps over consecutive batches of {@code size} rows ("mini-batch SGD"; size 1 is per-sample SGD). Rows are in
     * data order when {@code shuffle} is off, else in a fresh permutation per epoch (Fisher–Yates with the run's
     * seeded generator). The last, partial batch of an epoch is used as it is; a size larger than the data is one
     * batch of all rows.
     */
    record MiniBatch(int size, boolean shuffle) implements Batching {
        public MiniBatch {
            SIZE.check(size);
        }

        @Override
        public String key() {
            return Integer.toString(size);
        }
    }
}
