package org.gdplayground.engine.run;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The kept step records of a run: append-only, with O(1) immutable snapshots. A snapshot is a view of the backing
 * array up to its size; slots below that size are never written again (growing copies into a new array and so does
 * thinning), so a snapshot handed to another thread stays valid and unchanged while the run goes on. This makes a
 * page's frame cost independent of how many records the run has kept.
 */
final class RecordLog {

    private StepRecord[] items = new StepRecord[64];
    private int size;

    void add(StepRecord r) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = r;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    StepRecord last() {
        if (size == 0) {
            throw new IllegalStateException("no record");
        }
        return items[size - 1];
    }

    /** Keeps only the records {@code keep} accepts, in a fresh array (snapshots taken before are not affected). */
    void retain(Predicate<StepRecord> keep) {
        StepRecord[] fresh = new StepRecord[items.length];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (keep.test(items[i])) {
                fresh[n++] = items[i];
            }
        }
        items = fresh;
        size = n;
    }

    /** An immutable view of the records so far, plus {@code extra} at the end when it is not null. */
    List<StepRecord> snapshot(@Nullable StepRecord extra) {
        return new Snapshot(items, size, extra);
    }

    private static final class Snapshot extends AbstractList<StepRecord> implements RandomAccess {
        private final StepRecord[] items;
        private final int size;
        private final @Nullable StepRecord extra;

        Snapshot(StepRecord[] items, int size, @Nullable StepRecord extra) {
            this.items = items;
            this.size = size;
            this.extra = extra;
        }

        @Override
        public StepRecord get(int index) {
            if (index >= 0 && index < size) {
                return items[index];
            }
            if (index == size && extra != null) {
                return extra;
            }
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return extra == null ? size : size + 1;
        }
    }
}
