package org.gdplayground.engine.function;

import java.util.Optional;

import org.gdplayground.engine.function.ExpressionException.Kind;
import org.gdplayground.engine.function.Expr.Binary;
import org.gdplayground.engine.function.Expr.Call;
import org.gdplayground.engine.function.Expr.Fn;
import org.gdplayground.engine.function.Expr.Neg;
import org.gdplayground.engine.function.Expr.Num;
import org.gdplayground.engine.function.Expr.Op;
import org.gdplayground.engine.function.Expr.Var;
import org.jspecify.annotations.Nullable;

/**
 * Recursive-descent parser for f(x, y). Grammar (white space is ignored between tokens):
 *
 * <pre>
 * expression = term { ("+" | "-") term }
 * term       = unary { ("*" | "/") unary }
 * unary      = "-" unary | power
 * power      = primary [ "^" unary ]                 right-associative: 2^3^2 = 2^(3^2); -x^2 = -(x^2); 2^-1 = 0.5
 * primary    = number | "x" | "y" | "pi" | "e" | function "(" expression ")" | "(" expression ")"
 * function   = "sin" | "cos" | "tan" | "exp" | "log" | "sqrt" | "abs" | "tanh"
 * number     = digits [ "." [ digits ] ] [ exponent ] | "." digits [ exponent ]
 * exponent   = ("e" | "E") [ "+" | "-" ] digits
 * </pre>
 *
 * <p>Names are case-sensitive; there is no implicit multiplication ({@code 2x} is an error). The length limit is
 * checked before anything else, and the depth limit on the way down (a construct that is entered at nesting level L
 * makes the tree at least L + 1 high), so deeply nested input is rejected before the recursion gets deep. Constant
 * sub-trees are folded. One instance per parse (it keeps a cursor).
 */
final class ExpressionParser {

    static final String OPERAND = "number, x, y, pi, e, function, '-' or '('";
    static final String OPERATOR_OR_END = "operator (+ - * / ^) or end of input";
    static final String NAMES = "x, y, pi, e or a function (sin, cos, tan, exp, log, sqrt, abs, tanh)";

    private enum Type { NUMBER, NAME, PLUS, MINUS, STAR, SLASH, CARET, LPAREN, RPAREN, BAD_CHAR, END }

    /** A parsed sub-tree and its height (see {@link ExpressionLimits}). */
    private record Node(Expr expr, int height) {
    }

    private final String src;
    private final int maxDepth;

    /** Index of the next character to scan. */
    private int pos;
    /** The current token. */
    private Type type = Type.END;
    private int tokStart;
    private int tokEnd;
    private double number;
    /** Number of constructs (unary minus, exponent, parentheses, function call) enclosing the current position. */
    private int level;

    private ExpressionParser(String src, int maxDepth) {
        this.src = src;
        this.maxDepth = maxDepth;
    }

    /** Parses {@code text}, or throws {@link ExpressionException} saying where and why not. */
    static Expr parse(String text, ExpressionLimits limits) {
        if (text.length() > limits.maxLength()) {
            throw new ExpressionException(Kind.TOO_LONG, limits.maxLength(), null,
                    "at most " + limits.maxLength() + " characters");
        }
        if (text.isBlank()) {
            throw new ExpressionException(Kind.EMPTY, 0, null, "an expression");
        }
        ExpressionParser p = new ExpressionParser(text, limits.maxDepth());
        p.advance();
        Node root = p.expression();
        if (p.type == Type.RPAREN) {
            throw p.error(Kind.UNMATCHED_CLOSING_PAREN, OPERATOR_OR_END);
        }
        if (p.type != Type.END) {
            throw p.unexpected(OPERATOR_OR_END);
        }
        return root.expr();
    }

    // ---- grammar

    private Node expression() {
        Node left = term();
        while (type == Type.PLUS || type == Type.MINUS) {
            Op op = type == Type.PLUS ? Op.ADD : Op.SUB;
            int at = tokStart;
            advance();
            left = binary(op, left, term(), at);
        }
        return left;
    }

    private Node term() {
        Node left = unary();
        while (type == Type.STAR || type == Type.SLASH) {
            Op op = type == Type.STAR ? Op.MUL : Op.DIV;
            int at = tokStart;
            advance();
            left = binary(op, left, unary(), at);
        }
        return left;
    }

    private Node unary() {
        if (type != Type.MINUS) {
            return power();
        }
        int at = tokStart;
        enter(at);
        advance();
        Node operand = unary();
        level--;
        int h = height(operand.height() + 1, at);
        Expr e = operand.expr() instanceof Num n ? new Num(-n.value()) : new Neg(operand.expr());
        return new Node(e, h);
    }

    private Node power() {
        Node base = primary();
        if (type != Type.CARET) {
            return base;
        }
        int at = tokStart;
        enter(at);
        advance();
        Node exponent = unary();
        level--;
        return binary(Op.POW, base, exponent, at);
    }

    private Node primary() {
        switch (type) {
            case NUMBER -> {
                Node leaf = new Node(new Num(number), 1);
                advance();
                return leaf;
            }
            case NAME -> {
                return name();
            }
            case LPAREN -> {
                int at = tokStart;
                enter(at);
                advance();
                Node inner = expression();
                closeParen();
                level--;
                return new Node(inner.expr(), height(inner.height() + 1, at));
            }
            default -> throw unexpected(OPERAND);
        }
    }

    private Node name() {
        String name = src.substring(tokStart, tokEnd);
        int at = tokStart;
        @Nullable Expr leaf = switch (name) {
            case "x" -> new Var(0);
            case "y" -> new Var(1);
            case "pi" -> new Num(Math.PI);
            case "e" -> new Num(Math.E);
            default -> null;
        };
        if (leaf != null) {
            advance();
            return new Node(leaf, 1);
        }
        Optional<Fn> fn = Fn.bySymbol(name);
        if (fn.isEmpty()) {
            throw error(Kind.UNKNOWN_NAME, NAMES);
        }
        advance();
        if (type != Type.LPAREN) {
            throw type == Type.BAD_CHAR ? error(Kind.UNEXPECTED_CHARACTER, "'(' after " + name)
                    : error(Kind.EXPECTED_OPENING_PAREN, "'(' after " + name);
        }
        enter(at);
        advance();
        Node arg = expression();
        closeParen();
        level--;
        int h = height(arg.height() + 1, at);
        Expr e = arg.expr() instanceof Num n ? new Num(fn.get().apply(n.value())) : new Call(fn.get(), arg.expr());
        return new Node(e, h);
    }

    private void closeParen() {
        if (type != Type.RPAREN) {
            throw type == Type.BAD_CHAR ? error(Kind.UNEXPECTED_CHARACTER, "')'")
                    : error(Kind.EXPECTED_CLOSING_PAREN, "')'");
        }
        advance();
    }

    private Node binary(Op op, Node left, Node right, int at) {
        int h = height(Math.max(left.height(), right.height()) + 1, at);
        Expr e = left.expr() instanceof Num a && right.expr() instanceof Num b
                ? new Num(op.apply(a.value(), b.value()))
                : new Binary(op, left.expr(), right.expr());
        return new Node(e, h);
    }

    // ---- limits

    /** Enters a construct at {@code at}; whatever it encloses will make the tree at least level + 1 high. */
    private void enter(int at) {
        level++;
        if (level + 1 > maxDepth) {
            throw tooDeep(at);
        }
    }

    private int height(int h, int at) {
        if (h > maxDepth) {
            throw tooDeep(at);
        }
        return h;
    }

    private ExpressionException tooDeep(int at) {
        return new ExpressionException(Kind.TOO_DEEP, at, null, "at most " + maxDepth + " levels of nesting");
    }

    // ---- errors

    /** The current token is not what {@code expected} describes. */
    private ExpressionException unexpected(String expected) {
        return switch (type) {
            case END -> error(Kind.UNEXPECTED_END, expected);
            case BAD_CHAR -> error(Kind.UNEXPECTED_CHARACTER, expected);
            default -> error(Kind.UNEXPECTED_TOKEN, expected);
        };
    }

    /** An error at the current token, which it names (null at the end of input). */
    private ExpressionException error(Kind kind, String expected) {
        @Nullable String found = type == Type.END ? null : src.substring(tokStart, tokEnd);
        return new ExpressionException(kind, tokStart, found, expected);
    }

    // ---- lexer

    private void advance() {
        int n = src.length();
        while (pos < n && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
        tokStart = pos;
        if (pos >= n) {
            type = Type.END;
            tokEnd = pos;
            return;
        }
        char c = src.charAt(pos);
        if (isDigit(c) || (c == '.' && pos + 1 < n && isDigit(src.charAt(pos + 1)))) {
            scanNumber();
            return;
        }
        if (isLetter(c)) {
            pos++;
            while (pos < n && (isLetter(src.charAt(pos)) || isDigit(src.charAt(pos)))) {
                pos++;
            }
            type = Type.NAME;
            tokEnd = pos;
            return;
        }
        type = switch (c) {
            case '+' -> Type.PLUS;
            case '-' -> Type.MINUS;
            case '*' -> Type.STAR;
            case '/' -> Type.SLASH;
            case '^' -> Type.CARET;
            case '(' -> Type.LPAREN;
            case ')' -> Type.RPAREN;
            default -> Type.BAD_CHAR;
        };
        pos += Character.charCount(src.codePointAt(pos));
        tokEnd = pos;
    }

    private void scanNumber() {
        int n = src.length();
        int start = pos;
        boolean dot = false;
        boolean extraDot = false;
        while (pos < n && (isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
            if (src.charAt(pos) == '.') {
                extraDot |= dot;
                dot = true;
            }
            pos++;
        }
        if (extraDot) {
            throw new ExpressionException(Kind.MALFORMED_NUMBER, start, src.substring(start, pos),
                    "a number with at most one decimal point");
        }
        if (pos < n && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int p = pos + 1;
            if (p < n && (src.charAt(p) == '+' || src.charAt(p) == '-')) {
                p++;
            }
            if (p >= n || !isDigit(src.charAt(p))) {
                throw new ExpressionException(Kind.MALFORMED_NUMBER, start, src.substring(start, p),
                        "digits after the exponent 'e'");
            }
            while (p < n && isDigit(src.charAt(p))) {
                p++;
            }
            pos = p;
        }
        String text = src.substring(start, pos);
        number = Double.parseDouble(text);
        if (Double.isInfinite(number)) {
            throw new ExpressionException(Kind.NUMBER_OUT_OF_RANGE, start, text,
                    "a number of magnitude at most " + Double.MAX_VALUE);
        }
        type = Type.NUMBER;
        tokStart = start;
        tokEnd = pos;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
}
