package org.gdplayground.engine.optimizer;

import java.util.ArrayList;
import java.util.List;

/**
 * An optimizer's state between steps as named vectors in a fixed, documented order per optimizer (e.g. Adam:
 * {@code m, v, mHat, vHat}). Some entries are derived for display only (e.g. {@code mHat}); only the stored ones
 * are read back when stepping from a state. Immutable.
 *
 * @param vectors what step records, tables and explanations show: a fixed set of fixed-length vectors per run
 * @param hidden  what a rule needs to resume but nobody displays, of varying length (L-BFGS's (s, y) memory);
 *                empty for every other optimizer
 */
public record State(List<NamedVector> vectors, List<NamedVector> hidden) {

    /** The stateless optimizer's state (plain SGD). */
    public static final State EMPTY = new State(List.of());

    public State {
        vectors = List.copyOf(vectors);
        hidden = List.copyOf(hidden);
    }

    /** Only displayed vectors. */
    public State(List<NamedVector> vectors) {
        this(vectors, List.of());
    }

    /** The vector called {@code name} (displayed or hidden); IllegalArgumentException when there is none. */
    public NamedVector get(String name) {
        for (NamedVector v : vectors) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        for (NamedVector v : hidden) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException("state has no vector '" + name + "', it has " + names());
    }

    /** Names of the displayed vectors, in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(vectors.size());
        for (NamedVector v : vectors) {
            names.add(v.name());
        }
        return List.copyOf(names);
    }
}
