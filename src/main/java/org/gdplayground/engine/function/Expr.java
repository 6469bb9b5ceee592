package org.gdplayground.engine.function;

import java.util.Locale;
import java.util.Optional;

/**
 * The syntax tree of a typed expression f(x, y), as built by the parser behind {@link CustomSurface#parse}. Immutable.
 * Sub-trees without a variable are folded into a single {@link Num} while parsing (computed with the same double
 * operations, so values do not change); parentheses leave no node.
 */
public sealed interface Expr {

    /** A number or a named constant (pi, e). */
    record Num(double value) implements Expr {
    }

    /** A variable: index 0 is x, index 1 is y. */
    record Var(int index) implements Expr {
        public Var {
            if (index != 0 && index != 1) {
                throw new IllegalArgumentException("variable index must be 0 (x) or 1 (y), got " + index);
            }
        }
    }

    /** Unary minus. */
    record Neg(Expr operand) implements Expr {
    }

    /** A binary operation. */
    record Binary(Op op, Expr left, Expr right) implements Expr {
    }

    /** A call of a one-argument function. */
    record Call(Fn fn, Expr argument) implements Expr {
    }

    /** Binary operators; {@code ^} is right-associative and binds tighter than unary minus. */
    enum Op {
        ADD('+'), SUB('-'), MUL('*'), DIV('/'), POW('^');

        private final char symbol;

        Op(char symbol) {
            this.symbol = symbol;
        }

        public char symbol() {
            return symbol;
        }

        /** a op b in double arithmetic ({@link Math#pow} for {@code ^}). */
        public double apply(double a, double b) {
            return switch (this) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> a / b;
                case POW -> Math.pow(a, b);
            };
        }
    }

    /** The functions an expression may call; {@code log} is the natural logarithm. */
    enum Fn {
        SIN, COS, TAN, EXP, LOG, SQRT, ABS, TANH;

        /** The name as typed, e.g. {@code "sin"}. */
        public String symbol() {
            return name().toLowerCase(Locale.ROOT);
        }

        public double apply(double v) {
            return switch (this) {
                case SIN -> Math.sin(v);
                case COS -> Math.cos(v);
                case TAN -> Math.tan(v);
                case EXP -> Math.exp(v);
                case LOG -> Math.log(v);
                case SQRT -> Math.sqrt(v);
                case ABS -> Math.abs(v);
                case TANH -> Math.tanh(v);
            };
        }

        /** The function with that exact (lower-case) name. */
        public static Optional<Fn> bySymbol(String name) {
            for (Fn f : values()) {
                if (f.symbol().equals(name)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }
}
