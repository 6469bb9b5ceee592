package org.gdplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void codesAreSixCharactersFromTheUnambiguousAlphabet() {
        assertThat(Secrets.CODE_ALPHABET).doesNotContain("I", "L", "O", "0", "1");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String c = Secrets.newCode();
            assertThat(c).hasSize(6);
            assertThat(c.chars()).allMatch(ch -> Secrets.CODE_ALPHABET.indexOf(ch) >= 0);
            seen.add(c);
        }
        assertThat(seen).hasSizeGreaterThan(1990);
    }

    @Test
    void typedCodesAreNormalizedOrRefused() {
        assertThat(Secrets.normalizeCode(" abc-def ")).isEqualTo("ABCDEF");
        assertThat(Secrets.normalizeCode("abc def")).isEqualTo("ABCDEF");
        assertThat(Secrets.normalizeCode("ABCDE0")).isNull(); // zero is not in the alphabet
        assertThat(Secrets.normalizeCode("ABCDEFG")).isNull();
        assertThat(Secrets.normalizeCode(null)).isNull();
    }

    @Test
    void keysCarryAtLeast128RandomBits() {
        String key = Secrets.newKey();
        assertThat(Base64.getUrlDecoder().decode(key).length * 8).isGreaterThanOrEqualTo(128);
        assertThat(Secrets.newKey()).isNotEqualTo(key);
    }

    @Test
    void onlyTheRightKeyMatchesItsStoredHash() {
        String key = Secrets.newKey();
        String stored = Secrets.hash(key);
        assertThat(stored).hasSize(64).doesNotContain(key);
        assertThat(Secrets.matches(key, stored)).isTrue();
        assertThat(Secrets.matches(key + "x", stored)).isFalse();
        assertThat(Secrets.matches(key.substring(1), stored)).isFalse();
        assertThat(Secrets.matches("", stored)).isFalse();
        assertThat(Secrets.matches(null, stored)).isFalse();
        assertThat(Secrets.matches("", Secrets.hash(""))).as("an empty key never matches").isFalse();
    }
}
