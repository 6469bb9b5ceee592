package org.gdplayground.ui.chart;

import java.util.List;
import java.util.Locale;

/**
 * A tiny JSON writer for what the pages send to their browser-side charts: numbers in their shortest exact form
 * (non-finite ones as {@code null}, which the charts treat as a break in a line), strings escaped. No reflection, no
 * tree: a frame's delta is written straight into one buffer.
 */
public final class JsonText {

    private final StringBuilder sb;
    private boolean needComma;

    public JsonText() {
        this(256);
    }

    public JsonText(int capacity) {
        sb = new StringBuilder(capacity);
    }

    public JsonText beginObject() {
        comma();
        sb.append('{');
        needComma = false;
        return this;
    }

    public JsonText endObject() {
        sb.append('}');
        needComma = true;
        return this;
    }

    public JsonText beginArray() {
        comma();
        sb.append('[');
        needComma = false;
        return this;
    }

    public JsonText endArray() {
        sb.append(']');
        needComma = true;
        return this;
    }

    /** A key inside an object; the value follows. */
    public JsonText key(String name) {
        comma();
        string(sb, name);
        sb.append(':');
        needComma = false;
        return this;
    }

    public JsonText value(double v) {
        comma();
        number(sb, v);
        needComma = true;
        return this;
    }

    public JsonText value(long v) {
        comma();
        sb.append(v);
        needComma = true;
        return this;
    }

    public JsonText value(boolean v) {
        comma();
        sb.append(v);
        needComma = true;
        return this;
    }

    public JsonText value(String v) {
        comma();
        string(sb, v);
        needComma = true;
        return this;
    }

    public JsonText nullValue() {
        comma();
        sb.append("null");
        needComma = true;
        return this;
    }

    public JsonText strings(List<String> values) {
        beginArray();
        values.forEach(this::value);
        return endArray();
    }

    /** Flat pairs {x₀, y₀, x₁, y₁, …} as [[x₀, y₀], [x₁, y₁], …]. */
    public JsonText pairs(double[] flat) {
        beginArray();
        for (int i = 0; i + 1 < flat.length; i += 2) {
            comma();
            sb.append('[');
            number(sb, flat[i]);
            sb.append(',');
            number(sb, flat[i + 1]);
            sb.append(']');
            needComma = true;
        }
        return endArray();
    }

    public JsonText numbers(double... values) {
        beginArray();
        for (double v : values) {
            value(v);
        }
        return endArray();
    }

    private void comma() {
        if (needComma) {
            sb.append(',');
        }
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    static void number(StringBuilder sb, double v) {
        if (!Double.isFinite(v)) {
            sb.append("null");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
        } else {
            sb.append(Double.toString(v));
        }
    }

    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
