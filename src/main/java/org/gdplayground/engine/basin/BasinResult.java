package org.gdplayground.engine.basin;

import java.util.List;
import org.gdplayground.engine.function.Minimum;

/**
 * A finished basin map: the grid of starts and where each one ended.
 *
 * @param xs     the starts' x values, ascending (N of them)
 * @param ys     the starts' y values, ascending (N of them)
 * @param labels {@code labels[j][i]}: the index into {@code minima} of the minimum reached from (xs[i], ys[j]),
 *               {@link BasinMap#DIVERGED} or {@link BasinMap#NONE}
 * @param minima the objective's known minima (the catalog's order)
 * @param steps  the step limit of every run
 * @param nanos  wall time of the computation
 */
public record BasinResult(double[] xs, double[] ys, int[][] labels, List<Minimum> minima, int steps, long nanos) {

    public BasinResult {
        minima = List.copyOf(minima);
    }

    /** Grid size N. */
    public int size() {
        return xs.length;
    }

    /** How many starts carry {@code label}. */
    public int count(int label) {
        int c = 0;
        for (int[] row : labels) {
            for (int l : row) {
                if (l == label) {
                    c++;
                }
            }
        }
        return c;
    }
}
