package org.gdplayground.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gdplayground.system.Messages;
import org.junit.jupiter.api.Test;

/** Language and format choice, without Spring. */
class NegotiationTest {

    @Test
    void acceptLanguagePicksTheBestSupportedLanguage() {
        assertThat(ApiLanguage.fromHeader(null)).isEqualTo(Messages.ENGLISH);
        assertThat(ApiLanguage.fromHeader("")).isEqualTo(Messages.ENGLISH);
        assertThat(ApiLanguage.fromHeader("ko")).isEqualTo(Messages.KOREAN);
        assertThat(ApiLanguage.fromHeader("ko-KR,ko;q=0.9,en-US;q=0.8")).isEqualTo(Messages.KOREAN);
        assertThat(ApiLanguage.fromHeader("en-US,en;q=0.9,ko;q=0.8")).isEqualTo(Messages.ENGLISH);
        assertThat(ApiLanguage.fromHeader("fr, ko;q=0.5")).isEqualTo(Messages.KOREAN);
        assertThat(ApiLanguage.fromHeader("de, fr")).isEqualTo(Messages.ENGLISH);
        assertThat(ApiLanguage.fromHeader("ko;q=0, en")).isEqualTo(Messages.ENGLISH);
        assertThat(ApiLanguage.fromHeader("*")).isEqualTo(Messages.ENGLISH);
        assertThat(ApiLanguage.fromHeader("ko;q=banana")).isEqualTo(Messages.ENGLISH);
    }

    @Test
    void csvOnlyWhenAskedForAndPreferred() {
        Map<String, List<String>> none = Map.of();
        assertThat(Transport.wantsCsv(none, null)).isFalse();
        assertThat(Transport.wantsCsv(none, "text/csv")).isTrue();
        assertThat(Transport.wantsCsv(none, "text/csv, application/json")).isTrue();
        assertThat(Transport.wantsCsv(none, "text/csv;q=0.4, application/json")).isFalse();
        assertThat(Transport.wantsCsv(none, "text/*")).isFalse();
        assertThat(Transport.wantsCsv(none, "*/*")).isFalse();
        assertThat(Transport.wantsCsv(none, "text/csv;q=0")).isFalse();
        assertThat(Transport.wantsCsv(none, "not a media type")).isFalse();
        assertThat(Transport.wantsCsv(Map.of("format", List.of("csv")), "application/json")).isTrue();
        assertThat(Transport.wantsCsv(Map.of("format", List.of("json")), "text/csv")).isFalse();
    }

    @Test
    void sentenceNumbersHaveFourSignificantDigits() {
        assertThat(StopReasons.number(0.0012345678)).isEqualTo("0.001235");
        assertThat(StopReasons.number(1.4e308)).isEqualTo("1.4E+308");
        assertThat(StopReasons.number(Double.NaN)).isEqualTo("NaN");
        assertThat(StopReasons.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(StopReasons.number(0)).isEqualTo("0");
        assertThat(StopReasons.number(25)).isEqualTo("25");
    }

    @Test
    void evenTargetsKeepFirstAndLast() {
        assertThat(Runner.count(100, 20_001)).isEqualTo(101);
        assertThat(Runner.count(0, 5)).isEqualTo(1);
        assertThat(Runner.count(1_000_000, 20_001)).isEqualTo(20_001);
        assertThat(Runner.target(0, 1_000_000, 20_001)).isZero();
        assertThat(Runner.target(20_000, 1_000_000, 20_001)).isEqualTo(1_000_000);
        assertThat(Runner.target(1, 1_000_000, 20_001)).isEqualTo(50);
        int previous = -1;
        for (int i = 0; i < 7; i++) {
            int t = Runner.target(i, 6, 7);
            assertThat(t).isEqualTo(i).isGreaterThan(previous);
            previous = t;
        }
    }
}
