package org.gdplayground.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.gdplayground.system.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CsvDataParserTest {

    private final CsvDataParser parser = new CsvDataParser(CsvCases.LIMITS);
    private final Messages messages = new Messages();

    static List<CsvCases.Bad> bad() {
        return CsvCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void everyBadFileIsRefusedWithRowAndColumn(CsvCases.Bad c) {
        assertThatThrownBy(() -> LeastSquaresFit.fit(parser.parse(c.bytes())))
                .isInstanceOfSatisfying(CsvProblem.class, p -> {
                    assertThat(p.code()).isEqualTo(c.code());
                    assertThat(p.row()).isEqualTo(c.row());
                    assertThat(p.column()).isEqualTo(c.column());
                    for (Locale l : List.of(Messages.ENGLISH, Messages.KOREAN)) {
                        String m = p.message(messages, l);
                        assertThat(m).doesNotStartWith("!").doesNotContain("{");
                        if (c.row() > 0) {
                            assertThat(m).contains(Integer.toString(c.row()));
                        }
                        if (c.column() != null) {
                            assertThat(m).contains(c.column());
                        }
                    }
                });
    }

    @Test
    void theMessageNamesRowColumnAndValue() throws Exception {
        CsvProblem p = problem("hours,score\n1,2\n2,4\n3,6\n4,8\n5,10\nabc,12\n");
        assertThat(p.message(messages, Messages.ENGLISH)).isEqualTo("Row 7, column 'hours': 'abc' is not a number.");
        assertThat(p.message(messages, Messages.KOREAN)).isEqualTo("7행 'hours' 열: 'abc' 값은 숫자가 아닙니다.");
    }

    @Test
    void exactLineIsFittedExactly() throws Exception {
        ParsedData d = parse("x,y\n0,1\n1,3\n2,5\n3,7\n");
        assertThat(d.names()).containsExactly("x", "y");
        double[] ls = LeastSquaresFit.fit(d);
        assertThat(ls[0]).isCloseTo(2, within(1e-12));
        assertThat(ls[1]).isCloseTo(1, within(1e-12));
    }

    @Test
    void leastSquaresByHand() throws Exception {
        // x = 1, 2, 3; y = 1, 2, 2: x̄ = 2, ȳ = 5/3, Sxy = 1, Sxx = 2 → w = 1/2, b = 5/3 − 1 = 2/3
        double[] ls = LeastSquaresFit.fit(parse("x,y\n1,1\n2,2\n3,2\n"));
        assertThat(ls[0]).isCloseTo(0.5, within(1e-12));
        assertThat(ls[1]).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void twoFeaturesInColumnOrderThenIntercept() throws Exception {
        // y = 3·a − 2·b + 5 exactly
        double[] ls = LeastSquaresFit.fit(parse("a,b,y\n0,0,5\n1,0,8\n0,1,3\n2,3,5\n"));
        assertThat(ls).hasSize(3);
        assertThat(ls[0]).isCloseTo(3, within(1e-10));
        assertThat(ls[1]).isCloseTo(-2, within(1e-10));
        assertThat(ls[2]).isCloseTo(5, within(1e-10));
    }

    @Test
    void quizScoresAgreeWithTheBuiltInProblem() throws Exception {
        ParsedData d = new CsvDataParser(DataLimits.defaults()).parse(("q1,q2,q3,final\n73,80,75,152\n93,88,93,185\n"
                + "89,91,90,180\n96,98,100,196\n73,66,70,142\n").getBytes(StandardCharsets.UTF_8));
        double[] ls = LeastSquaresFit.fit(d);
        double[] builtin = org.gdplayground.engine.function.Datasets.quizScores().leastSquaresOptimum();
        for (int i = 0; i < 4; i++) {
            assertThat(ls[i]).isCloseTo(builtin[i], within(1e-8));
        }
    }

    @Test
    void toleratesBomCrlfSpacesQuotedNamesAndBlankLines() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "\r\n \"study hours\" , \"score, final\"\r\n 1 , 3e0 \r\n\r\n2,+5.\r\n3,.7E1\r\n";
        byte[] body = (new String(bom, StandardCharsets.ISO_8859_1) + text).getBytes(StandardCharsets.ISO_8859_1);
        ParsedData d = parse(body);
        assertThat(d.names()).containsExactly("study hours", "score, final");
        assertThat(d.rows()).isEqualTo(3);
        assertThat(d.y()).containsExactly(3, 5, 7);
    }

    @Test
    void sameDataSameIdWhateverTheFormatting() throws Exception {
        String a = parse("x,y\n1,2\n2,4.0\n").id();
        String b = parse("\uFEFF\"x\", y\r\n1.0, 2\r\n\r\n2,4e0\r\n").id();
        String c = parse("x,y\n1,2\n2,4.5\n").id();
        assertThat(a).hasSize(16).matches("[0-9a-f]{16}").isEqualTo(b).isNotEqualTo(c);
        assertThat(CsvDataParser.isId(a)).isTrue();
        assertThat(CsvDataParser.isId("../etc/passwd")).isFalse();
    }

    @Test
    void canonicalTextParsesBackToTheSameData() throws Exception {
        ParsedData d = parse("\"a \"\"b\"\"\",y\n1,2\n3,4.25\n");
        ParsedData again = parse(d.canonical());
        assertThat(again.names()).containsExactly("a \"b\"", "y");
        assertThat(again.id()).isEqualTo(d.id());
        assertThat(again.canonical()).isEqualTo(d.canonical());
    }

    private ParsedData parse(String text) throws CsvProblem {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private ParsedData parse(byte[] bytes) throws CsvProblem {
        return parser.parse(bytes);
    }

    private CsvProblem problem(String text) {
        try {
            parse(text);
        } catch (CsvProblem p) {
            return p;
        }
        throw new AssertionError("accepted: " + text);
    }
}
