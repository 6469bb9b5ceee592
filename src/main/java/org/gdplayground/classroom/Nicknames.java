package org.gdplayground.classroom;

import java.text.Normalizer;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a student may call themselves: 1–24 characters (code points, any script, emoji included) after trimming.
 * Control, line-breaking and invisible formatting characters (bidi overrides and isolates, which would reorder the
 * dashboard's text around the name) are stripped first; only the joiners emoji need stay. A nickname is data: pages
 * always show it as text, never as markup.
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
        String n = Normalizer.normalize(strip(typed), Normalizer.Form.NFC).strip();
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

    /** The text without control, line-breaking and formatting characters (zero-width joiners kept). */
    static String strip(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean drop = Character.isISOControl(c) || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    || (type == Character.FORMAT && c != 0x200C && c != 0x200D);
            if (!drop) {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
