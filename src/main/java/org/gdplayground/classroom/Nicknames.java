package org.gdplayground.classroom;

import java.text.Normalizer;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a student may call themselves: 1–24 characters (code points, any script, emoji included) after trimming, no
 * control or line-breaking characters. A nickname is data: pages always show it as text, never as markup.
 */
public final class Nicknames {

    public static final int MAX_LENGTH = 24;

    private Nicknames() {
    }

    /** The nickname as it will be stored (trimmed, NFC), or empty when it is not allowed. */
    public static Optional<String> validate(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String n = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
        int length = n.codePointCount(0, n.length());
        if (length < 1 || length > MAX_LENGTH) {
            return Optional.empty();
        }
        boolean clean = n.codePoints().noneMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                || Character.getType(c) == Character.UNASSIGNED
                || Character.getType(c) == Character.PRIVATE_USE
                || Character.getType(c) == Character.SURROGATE);
        return clean ? Optional.of(n) : Optional.empty();
    }
}
