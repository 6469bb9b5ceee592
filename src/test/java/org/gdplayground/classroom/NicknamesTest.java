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
    void controlCharactersAreRefused() {
        assertThat(Nicknames.validate("a\u0007b")).isEmpty();
        assertThat(Nicknames.validate("a\nb")).isEmpty();
        assertThat(Nicknames.validate("a\u2028b")).isEmpty();
    }
}
