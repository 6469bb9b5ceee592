package org.gdplayground.engine.run;

import java.util.ArrayList;
import java.util.List;

/** Evenly thinning a sequence for display, first and last always kept. */
public final class Thinning {

    private Thinning() {
    }

    /**
     * At most {@code max} (≥ 2) items of {@code items}, evenly spread by index (item round(i·(n − 1)/(max − 1)) for
     * i = 0 … max − 1), the first and the last always included. A list already short enough is returned as a copy.
     */
    public static <T> List<T> evenly(List<T> items, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2, got " + max);
        }
        int n = items.size();
        if (n <= max) {
            return List.copyOf(items);
        }
        List<T> out = new ArrayList<>(max);
        long span = n - 1L;
        long parts = max - 1L;
        for (int i = 0; i < max; i++) {
            out.add(items.get((int) ((i * span + parts / 2) / parts)));
        }
        return List.copyOf(out);
    }
}
