package org.gdplayground.ui.lessons;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lessons' small markup: paragraphs separated by a blank line, {@code *emphasis*}, {@code **strong**} and
 * {@code `code or a formula`}. Built as components (never as HTML), so a lesson file cannot inject markup.
 */
final class Markup {

    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*|`(.+?)`");

    private Markup() {
    }

    /** One {@link Paragraph} per paragraph of {@code text}. */
    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        for (String block : text.strip().split("\\n\\s*\\n")) {
            String line = block.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!line.isEmpty()) {
                Paragraph p = new Paragraph();
                p.add(inline(line).toArray(Component[]::new));
                out.add(p);
            }
        }
        return out;
    }

    /** The inline parts of one paragraph. */
    static List<Component> inline(String line) {
        List<Component> parts = new ArrayList<>();
        Matcher m = INLINE.matcher(line);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Text(line.substring(at, m.start())));
            }
            if (m.group(1) != null) {
                Span strong = new Span(m.group(1));
                strong.addClassName("gdp-lesson-strong");
                parts.add(strong);
            } else if (m.group(2) != null) {
                parts.add(new Emphasis(m.group(2)));
            } else {
                Span code = new Span(m.group(3));
                code.addClassName("gdp-lesson-code");
                parts.add(code);
            }
            at = m.end();
        }
        if (at < line.length()) {
            parts.add(new Text(line.substring(at)));
        }
        return parts;
    }

    /** The text without markup (for tests and titles). */
    static String plain(String text) {
        return INLINE.matcher(text).replaceAll(r -> Matcher.quoteReplacement(
                r.group(1) != null ? r.group(1) : r.group(2) != null ? r.group(2) : r.group(3)));
    }
}
