package org.gdplayground.lessons;

import java.util.Locale;

/** One text of a lesson in both languages. */
public record Text(String en, String ko) {

    public Text {
        en = en.strip();
        ko = ko.strip();
    }

    /** The text in {@code locale}'s language: Korean for {@code ko}, English otherwise. */
    public String in(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? ko : en;
    }
}
