package org.gdplayground.engine.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.function.ExpressionException.Kind;
import org.gdplayground.engine.function.Expr.Binary;
import org.gdplayground.engine.function.Expr.Num;
import org.gdplayground.engine.function.Expr.Op;
import org.gdplayground.engine.function.Expr.Var;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The expression language: parsing, evaluation, automatic differentiation and every error. */
class CustomSurfaceTest {

    private static final ExpressionLimits LIMITS = ExpressionLimits.defaults();

    private static double eval(String text, double x, double y) {
        return CustomSurface.parse(text, LIMITS).value(new double[] {x, y});
    }

    private static double eval(String text) {
        return eval(text, Double.NaN, Double.NaN);
    }

    private static double[] grad(String text, double x, double y) {
        double[] g = new double[2];
        CustomSurface.parse(text, LIMITS).gradient(new double[] {x, y}, g);
        return g;
    }

    private static ExpressionException fail(String text, ExpressionLimits limits) {
        return catchThrowableOfType(ExpressionException.class, () -> CustomSurface.parse(text, limits));
    }

    private static void assertError(String text, Kind kind, int position, @Nullable String found) {
        ExpressionException e = fail(text, LIMITS);
        assertThat(e).as("error for \"%s\"", text).isNotNull();
        assertThat(e.kind()).as("kind for \"%s\" (%s)", text, e.getMessage()).isEqualTo(kind);
        assertThat(e.position()).as("position for \"%s\"", text).isEqualTo(position);
        assertThat(e.found()).as("found for \"%s\"", text).isEqualTo(found);
        assertThat(e.expected()).isNotBlank();
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- precedence and associativity

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
            "2^3^2; 512",
            "-2^2; -4",
            "1-2-3; -4",
            "2*3+4; 10",
            "2+3*4; 14",
            "(2+3)*4; 20",
            "8/4/2; 1",
            "2^-1; 0.5",
            "2*-3; -6",
            "--3; 3",
            "-(2)^2; -4",
            "(-2)^2; 4",
            "2^(1+2); 8",
            "12/3*2; 8",
            "1-2+3; 2"})
    void constantArithmetic(String text, double expected) {
        assertThat(eval(text)).isEqualTo(expected);
    }

    @Test
    void precedenceWithVariablesIsEvaluatedNotFolded() {
        assertThat(eval("-x^2", 3, 0)).isEqualTo(-9);
        assertThat(eval("x^y^2", 2, 3)).isEqualTo(512);
        assertThat(eval("x-y-x", 1, 2)).isEqualTo(-2);
        assertThat(eval("x/y/x", 4, 2)).isEqualTo(0.5);
        assertThat(eval("x*y+x", 2, 3)).isEqualTo(8);
        assertThat(eval("-x-y", 1, 2)).isEqualTo(-3);
    }

    @Test
    void treeShapeIsLeftAssociativeAndConstantsAreFolded() {
        Var x = new Var(0);
        Var y = new Var(1);
        assertThat(CustomSurface.parse("x-y-x", LIMITS).tree())
                .isEqualTo(new Binary(Op.SUB, new Binary(Op.SUB, x, y), x));
        assertThat(CustomSurface.parse("x^y^x", LIMITS).tree())
                .isEqualTo(new Binary(Op.POW, x, new Binary(Op.POW, y, x)));
        assertThat(CustomSurface.parse("2*pi*x", LIMITS).tree())
                .isEqualTo(new Binary(Op.MUL, new Num(2 * Math.PI), x));
        assertThat(CustomSurface.parse("x^-(1+1)", LIMITS).tree()).isEqualTo(new Binary(Op.POW, x, new Num(-2)));
        assertThat(CustomSurface.parse("-x^2", LIMITS).tree())
                .isEqualTo(new Expr.Neg(new Binary(Op.POW, x, new Num(2))));
    }

    // ---- functions, constants, numbers, white space

    @Test
    void functions() {
        assertThat(eval("sin(x)", Math.PI / 6, 0)).isCloseTo(0.5, within(1e-15));
        assertThat(eval("cos(x)", Math.PI / 3, 0)).isCloseTo(0.5, within(1e-15));
        assertThat(eval("tan(x)", Math.PI / 4, 0)).isCloseTo(1, within(1e-15));
        assertThat(eval("exp(x)", 1, 0)).isEqualTo(Math.E);
        assertThat(eval("log(x)", Math.E, 0)).isEqualTo(1);
        assertThat(eval("sqrt(x)", 16, 0)).isEqualTo(4);
        assertThat(eval("abs(x)", -3, 0)).isEqualTo(3);
        assertThat(eval("tanh(x)", 0, 0)).isEqualTo(0);
        assertThat(eval("tanh(y)", 0, 1e3)).isEqualTo(1);
        assertThat(eval("sqrt(abs(sin(x)))", -Math.PI / 2, 0)).isEqualTo(1);
        assertThat(eval("log(e)")).isEqualTo(1);
        assertThat(eval("cos(pi)")).isEqualTo(-1);
    }

    @Test
    void constantsAndNumbers() {
        assertThat(eval("pi")).isEqualTo(Math.PI);
        assertThat(eval("e")).isEqualTo(Math.E);
        assertThat(eval("1e-3")).isEqualTo(0.001);
        assertThat(eval("2.5E+2")).isEqualTo(250);
        assertThat(eval("1E2")).isEqualTo(100);
        assertThat(eval(".5")).isEqualTo(0.5);
        assertThat(eval("3.")).isEqualTo(3);
        assertThat(eval("0.125e1")).isEqualTo(1.25);
        assertThat(eval("1e3*x", 2, 0)).isEqualTo(2000);
        assertThat(eval("x-1e-1", 1, 0)).isEqualTo(0.9);
        assertThat(eval("1e-400")).isEqualTo(0);
    }

    @Test
    void whiteSpaceIsIgnored() {
        assertThat(eval("  x \t+\n y ", 1, 2)).isEqualTo(3);
        assertThat(eval(" sin ( x ) * 2 ", Math.PI / 2, 0)).isEqualTo(2);
        assertThat(eval("2 ^ 3 ^ 2")).isEqualTo(512);
    }

    // ---- automatic differentiation

    @Test
    void gradientOfSinTimesExpIsTheHandDerivedOne() {
        // ∂/∂x sin(x)·e^y = cos(x)·e^y, ∂/∂y = sin(x)·e^y
        assertThat(grad("sin(x)*exp(y)", 0, 0)).containsExactly(1, 0);
        double[] g = grad("sin(x)*exp(y)", Math.PI / 2, Math.log(2));
        assertThat(g[0]).isCloseTo(0, within(1e-15));
        assertThat(g[1]).isCloseTo(2, within(1e-15));
        g = grad("sin(x)*exp(y)", 0.5, -0.3);
        assertThat(g[0]).isCloseTo(Math.cos(0.5) * Math.exp(-0.3), within(1e-15));
        assertThat(g[1]).isCloseTo(Math.sin(0.5) * Math.exp(-0.3), within(1e-15));
    }

    @Test
    void gradientsOfEachFunctionAndOperator() {
        assertThat(grad("x^3", -2, 0)).containsExactly(12, 0); // negative base, whole exponent: 3x²
        assertThat(grad("x^-1", 2, 0)[0]).isEqualTo(-0.25);
        assertThat(grad("x^0", 0, 1)).containsExactly(0, 0); // whole exponent: pow(int), no 0·∞ at the origin
        assertThat(grad("x^1+y^2", 0, 0)).containsExactly(1, 0);
        assertThat(grad("x^0.5", 4, 0)[0]).isCloseTo(0.25, within(1e-15));
        assertThat(grad("2^x", 3, 0)[0]).isCloseTo(8 * Math.log(2), within(1e-14));
        double[] g = grad("x^y", 2, 3); // y·x^(y−1), x^y·ln x
        assertThat(g[0]).isCloseTo(12, within(1e-13));
        assertThat(g[1]).isCloseTo(8 * Math.log(2), within(1e-13));
        assertThat(grad("x/y", 3, 2)).containsExactly(0.5, -0.75);
        assertThat(grad("x*y-y", 3, 2)).containsExactly(2, 2);
        assertThat(grad("-x+y", 3, 2)).containsExactly(-1, 1);
        assertThat(grad("sqrt(x)", 4, 0)[0]).isCloseTo(0.25, within(1e-15));
        assertThat(grad("abs(x)", -3, 0)[0]).isEqualTo(-1);
        assertThat(grad("log(x)", 2, 0)[0]).isCloseTo(0.5, within(1e-15));
        assertThat(grad("exp(2*x)", 0, 0)[0]).isCloseTo(2, within(1e-15));
        assertThat(grad("cos(x)", Math.PI / 2, 0)[0]).isCloseTo(-1, within(1e-15));
        assertThat(grad("tan(x)", 0.3, 0)[0]).isCloseTo(1 / (Math.cos(0.3) * Math.cos(0.3)), within(1e-14));
        assertThat(grad("tanh(x)", 0.3, 0)[0]).isCloseTo(1 - Math.tanh(0.3) * Math.tanh(0.3), within(1e-15));
        assertThat(grad("7", 1, 1)).containsExactly(0, 0);
    }

    @Test
    void customSurfaceDescribesItself() {
        CustomSurface s = CustomSurface.parse("x^2 + 3*y", LIMITS);
        assertThat(s.id()).isEqualTo("custom").isEqualTo(CustomSurface.ID);
        assertThat(s.formula()).isEqualTo("x^2 + 3*y").isEqualTo(s.expression());
        assertThat(s.dimension()).isEqualTo(2);
        assertThat(s.bounds()).isEqualTo(new Bounds(-5, 5, -5, 5));
        assertThat(s.minima()).isEmpty();
        assertThat(s.defaultStart()).containsExactly(-3, 4);
        assertThat(s).isEqualTo(CustomSurface.parse("x^2 + 3*y", LIMITS));
    }

    // ---- errors: every kind with its position

    /** One example per kind, under limits of 20 characters and depth 3, with the position it must report. */
    private static final Map<Kind, Map.Entry<String, Integer>> EXAMPLES = Map.ofEntries(
            Map.entry(Kind.EMPTY, Map.entry("  ", 0)),
            Map.entry(Kind.TOO_LONG, Map.entry("x+x+x+x+x+x+x+x+x+x+x", 20)),
            Map.entry(Kind.TOO_DEEP, Map.entry("(((x)))", 2)),
            Map.entry(Kind.UNEXPECTED_CHARACTER, Map.entry("x&y", 1)),
            Map.entry(Kind.UNEXPECTED_TOKEN, Map.entry("x*)", 2)),
            Map.entry(Kind.UNEXPECTED_END, Map.entry("x*", 2)),
            Map.entry(Kind.EXPECTED_OPENING_PAREN, Map.entry("exp+1", 3)),
            Map.entry(Kind.EXPECTED_CLOSING_PAREN, Map.entry("(x", 2)),
            Map.entry(Kind.UNMATCHED_CLOSING_PAREN, Map.entry("x+1)", 3)),
            Map.entry(Kind.UNKNOWN_NAME, Map.entry("x*foo", 2)),
            Map.entry(Kind.MALFORMED_NUMBER, Map.entry("y-1E-", 2)),
            Map.entry(Kind.NUMBER_OUT_OF_RANGE, Map.entry("2e308", 0)));

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindIsReportedWithItsPosition(Kind kind) {
        Map.Entry<String, Integer> example = EXAMPLES.get(kind);
        assertThat(example).as("an example for %s", kind).isNotNull();
        ExpressionException e = fail(example.getKey(), new ExpressionLimits(20, 3));
        assertThat(e).as("error for \"%s\"", example.getKey()).isNotNull();
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.position()).isEqualTo(example.getValue());
        if (kind != Kind.EMPTY && kind != Kind.TOO_LONG) {
            assertThat(e.getMessage()).startsWith("at position " + example.getValue() + ": ");
        }
    }

    @Test
    void unbalancedParentheses() {
        assertError("(x+1", Kind.EXPECTED_CLOSING_PAREN, 4, null);
        assertThat(fail("(x+1", LIMITS)).hasMessage("at position 4: expected ')' but found end of input");
        assertError("sin(x", Kind.EXPECTED_CLOSING_PAREN, 5, null);
        assertError("(x y)", Kind.EXPECTED_CLOSING_PAREN, 3, "y");
        assertError(")", Kind.UNEXPECTED_TOKEN, 0, ")");
        assertError("()", Kind.UNEXPECTED_TOKEN, 1, ")");
        assertError("x)", Kind.UNMATCHED_CLOSING_PAREN, 1, ")");
        assertError("(x))", Kind.UNMATCHED_CLOSING_PAREN, 3, ")");
    }

    @Test
    void unknownNames() {
        assertError("foo(x)", Kind.UNKNOWN_NAME, 0, "foo");
        assertThat(fail("foo(x)", LIMITS).getMessage()).startsWith("at position 0: unknown name 'foo'; expected x, y");
        assertError("x + z", Kind.UNKNOWN_NAME, 4, "z");
        assertError("2*xy", Kind.UNKNOWN_NAME, 2, "xy");
        assertError("Sin(x)", Kind.UNKNOWN_NAME, 0, "Sin");
        assertError("ln(x)", Kind.UNKNOWN_NAME, 0, "ln");
    }

    @Test
    void unexpectedEndAndEmpty() {
        assertError("x+", Kind.UNEXPECTED_END, 2, null);
        assertThat(fail("x+", LIMITS)).hasMessage(
                "at position 2: expected number, x, y, pi, e, function, '-' or '(' but found end of input");
        assertError("2^", Kind.UNEXPECTED_END, 2, null);
        assertError("-", Kind.UNEXPECTED_END, 1, null);
        assertError("", Kind.EMPTY, 0, null);
        assertError(" \t\n", Kind.EMPTY, 0, null);
    }

    @Test
    void unexpectedTokensAndCharacters() {
        assertError("x y", Kind.UNEXPECTED_TOKEN, 2, "y");
        assertError("2x", Kind.UNEXPECTED_TOKEN, 1, "x");
        assertError("*x", Kind.UNEXPECTED_TOKEN, 0, "*");
        assertError("x*/y", Kind.UNEXPECTED_TOKEN, 2, "/");
        assertError("+x", Kind.UNEXPECTED_TOKEN, 0, "+");
        assertError("x # y", Kind.UNEXPECTED_CHARACTER, 2, "#");
        assertError("sin(x, y)", Kind.UNEXPECTED_CHARACTER, 5, ",");
        assertError("x²", Kind.UNEXPECTED_CHARACTER, 1, "²");
        assertError("x+😀", Kind.UNEXPECTED_CHARACTER, 2, "😀");
        assertError("sin x", Kind.EXPECTED_OPENING_PAREN, 4, "x");
        assertError("sin", Kind.EXPECTED_OPENING_PAREN, 3, null);
    }

    @Test
    void malformedAndOutOfRangeNumbers() {
        assertError("1e", Kind.MALFORMED_NUMBER, 0, "1e");
        assertError("x*2e+", Kind.MALFORMED_NUMBER, 2, "2e+");
        assertError("x+1.2.3", Kind.MALFORMED_NUMBER, 2, "1.2.3");
        assertError("1e999", Kind.NUMBER_OUT_OF_RANGE, 0, "1e999");
    }

    @Test
    void tooLongIsRejectedBeforeParsing() {
        String text = "x+".repeat(5_000); // 10,000 characters
        ExpressionException e = fail(text, LIMITS);
        assertThat(e.kind()).isEqualTo(Kind.TOO_LONG);
        assertThat(e.position()).isEqualTo(200);
        assertThat(e.found()).isNull();
        assertThat(e).hasMessage("the expression is too long; expected at most 200 characters");
        // the limit itself is inclusive
        ExpressionLimits five = new ExpressionLimits(5, 32);
        assertThat(CustomSurface.parse("x+y+x", five).value(new double[] {1, 2})).isEqualTo(4);
        assertThat(fail("x+y+x ", five).kind()).isEqualTo(Kind.TOO_LONG);
    }

    @Test
    void thousandNestedParenthesesAreTooDeepWithoutStackOverflow() {
        String text = "(".repeat(1_000) + "x" + ")".repeat(1_000);
        ExpressionException e = fail(text, new ExpressionLimits(5_000, 32));
        assertThat(e.kind()).isEqualTo(Kind.TOO_DEEP);
        assertThat(e.position()).isEqualTo(31); // the 32nd '(' would make the tree 33 high
        assertThat(e).hasMessage("at position 31: the expression is nested too deeply; expected at most 32 levels"
                + " of nesting");
        assertThat(fail("-".repeat(1_000) + "x", new ExpressionLimits(5_000, 32)).kind()).isEqualTo(Kind.TOO_DEEP);
        assertThat(fail("sin(".repeat(1_000) + "x" + ")".repeat(1_000), new ExpressionLimits(10_000, 32)).kind())
                .isEqualTo(Kind.TOO_DEEP);
        assertThat(fail("x^".repeat(1_000) + "x", new ExpressionLimits(5_000, 32)).kind()).isEqualTo(Kind.TOO_DEEP);
    }

    @Test
    void longOperatorChainsCountTowardsTheDepth() {
        ExpressionLimits wide = new ExpressionLimits(1_000, 32);
        // x+x+…+x with n terms is n levels high: 32 terms pass, the 33rd is rejected at the 32nd '+' (index 63)
        assertThat(CustomSurface.parse("x" + "+x".repeat(31), wide).value(new double[] {1, 0})).isEqualTo(32);
        ExpressionException e = fail("x" + "+x".repeat(400), wide);
        assertThat(e.kind()).isEqualTo(Kind.TOO_DEEP);
        assertThat(e.position()).isEqualTo(63);
    }

    @Test
    void depthBoundaryIsExact() {
        ExpressionLimits three = new ExpressionLimits(200, 3);
        assertThat(CustomSurface.parse("((x))", three).value(new double[] {2, 0})).isEqualTo(2);
        assertThat(CustomSurface.parse("x+y+x", three).value(new double[] {2, 1})).isEqualTo(5);
        assertThat(CustomSurface.parse("sin((x))", three).value(new double[] {0, 0})).isEqualTo(0);
        assertThat(CustomSurface.parse("--x", three).value(new double[] {2, 0})).isEqualTo(2);
        ExpressionException e = fail("(((x)))", three);
        assertThat(e.kind()).isEqualTo(Kind.TOO_DEEP);
        assertThat(e.position()).isEqualTo(2);
        e = fail("x+y+x+y", three);
        assertThat(e.kind()).isEqualTo(Kind.TOO_DEEP);
        assertThat(e.position()).isEqualTo(5);
        assertThat(fail("---x", three).kind()).isEqualTo(Kind.TOO_DEEP);
        assertThat(fail("x", new ExpressionLimits(200, 1))).isNull();
        assertThat(fail("-x", new ExpressionLimits(200, 1)).kind()).isEqualTo(Kind.TOO_DEEP);
    }

    @Test
    void deepestAllowedExpressionEvaluatesAndDifferentiates() {
        int depth = ExpressionLimits.MAX_DEPTH.range().max() == 256 ? 256 : 0;
        String text = "(".repeat(depth - 2) + "x^2" + ")".repeat(depth - 2);
        CustomSurface s = CustomSurface.parse(text, new ExpressionLimits(1_000, depth));
        assertThat(s.value(new double[] {3, 0})).isEqualTo(9);
        double[] g = new double[2];
        s.gradient(new double[] {3, 0}, g);
        assertThat(g).containsExactly(6, 0);
        String chain = "x" + "*x".repeat(depth - 1);
        CustomSurface c = CustomSurface.parse(chain, new ExpressionLimits(1_000, depth));
        c.gradient(new double[] {1, 0}, g);
        assertThat(g[0]).isEqualTo(depth);
    }

    @Test
    void limitsAreValidated() {
        assertThat(ExpressionLimits.defaults()).isEqualTo(new ExpressionLimits(200, 32));
        assertThatThrownBy(() -> new ExpressionLimits(0, 32)).isInstanceOf(InvalidParameterException.class)
                .hasMessage("maxLength must be whole number in [1, 100000], got 0");
        assertThatThrownBy(() -> new ExpressionLimits(200, 100_000)).isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("maxDepth must be");
    }
}
