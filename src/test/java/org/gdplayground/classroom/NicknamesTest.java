package org.gdplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NicknamesTest {

    @Test
    void anyScriptIsANameAndMarkupIsJustText() {
        assertThat(Nicknames.validate("<b>x</b>")).contains("<b>x</b>");
        assertThat(Nicknames.validate("  김민지 ")).contains("김민지");
        assertThat(Nicknames.validate("Zoë")).contains("Zoë");
        assertThat(Nicknames.validate("学生🙂")).contains("学生🙂");
    }

    @Test
    void lengthIsOneToTwentyFourCharactersAfterTrimming() {
        assertThat(Nicknames.validate("a")).contains("a");
        assertThat(Nicknames.validate("가".repeat(24))).isPresent();
        assertThat(Nicknames.validate("가".repeat(25))).isEmpty();
        assertThat(Nicknames.validate("🙂".repeat(24))).as("counted in characters, not UTF-16 units").isPresent();
        assertThat(Nicknames.validate("   ")).isEmpty();
        assertThat(Nicknames.validate("")).isEmpty();
        assertThat(Nicknames.validate(null)).isEmpty();
    }

    @Test
    void controlAndBidiCharactersAreStripped() {
        assertThat(Nicknames.validate("a\u0007b")).contains("ab");
        assertThat(Nicknames.validate("a\nb")).contains("ab");
        assertThat(Nicknames.validate("a\u2028b")).contains("ab");
        // a right-to-left override would turn the rest of the dashboard row around
        assertThat(Nicknames.validate("\u202Eevil\u202C")).contains("evil");
        assertThat(Nicknames.validate("x\u2066y\u2069\u200E\u200F\u061C")).contains("xy");
        assertThat(Nicknames.validate("\u202E\u2067")).as("nothing left").isEmpty();
        assertThat(Nicknames.validate("👩\u200D💻")).as("emoji joiners stay").contains("👩\u200D💻");
    }
}
