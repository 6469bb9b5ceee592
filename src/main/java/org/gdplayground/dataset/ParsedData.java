package org.gdplayground.dataset;

import java.util.List;

/**
 * A valid uploaded data set: column names (features, then the target), the numbers, and its canonical text (the form
 * it is stored and hashed in: names quoted, numbers in Java's shortest round-trip notation, LF line ends).
 *
 * @param names     header names, features first, the target last
 * @param x         rows × features
 * @param y         the target, one per row
 * @param canonical the normalised content
 * @param id        a short prefix of the SHA-256 (hex) of {@code canonical}
 */
public record ParsedData(List<String> names, double[][] x, double[] y, String canonical, String id) {

    public ParsedData {
        names = List.copyOf(names);
    }

    public int rows() {
        return y.length;
    }

    public int features() {
        return names.size() - 1;
    }

    public List<String> featureNames() {
        return names.subList(0, names.size() - 1);
    }

    public String target() {
        return names.getLast();
    }
}
