package org.gdplayground.codeexport;

import org.gdplayground.engine.function.Expr;
import org.gdplayground.engine.function.Expr.Binary;
import org.gdplayground.engine.function.Expr.Call;
import org.gdplayground.engine.function.Expr.Neg;
import org.gdplayground.engine.function.Expr.Num;
import org.gdplayground.engine.function.Expr.Op;
import org.gdplayground.engine.function.Expr.Var;

/**
 * A typed expression f(x, y) as Python source: its value with NumPy or torch functions ({@code prefix} "np" or
 * "torch"), and for NumPy its two partial derivatives, derived symbolically (the exported script has no automatic
 * differentiation; the app uses forward-mode AD, which gives the same numbers up to rounding).
 *
 * <p>Source is built with precedence levels (1 + −, 2 * /, 3 unary minus, 4 **, 5 atoms and calls) so only the
 * parentheses Python needs are written. Python's precedence of {@code **} over unary minus matches the app's
 * grammar ({@code -x^2} is −(x²)).
 */
final class PythonExpr {

    /** Python source and its precedence level. */
    record Code(String text, int level) {
        boolean isZero() {
            return text.equals("0.0");
        }

        boolean isOne() {
            return text.equals("1.0");
        }
    }

    private static final Code ZERO = new Code("0.0", 5);
    private static final Code ONE = new Code("1.0", 5);

    private final String prefix;

    PythonExpr(String prefix) {
        this.prefix = prefix;
    }

    /** The value of {@code e} as Python source over the variables {@code x} and {@code y}. */
    String value(Expr e) {
        return code(e).text();
    }

    /** ∂e/∂x (variable 0) or ∂e/∂y (variable 1) as Python source. */
    String derivative(Expr e, int variable) {
        return d(e, variable).text();
    }

    private Code code(Expr e) {
        return switch (e) {
            case Num n -> number(n.value());
            case Var v -> new Code(v.index() == 0 ? "x" : "y", 5);
            case Neg n -> neg(code(n.operand()));
            case Binary b -> binary(b.op(), code(b.left()), code(b.right()));
            case Call c -> call(c.fn().symbol(), code(c.argument()));
        };
    }

    private Code d(Expr e, int var) {
        return switch (e) {
            case Num n -> ZERO;
            case Var v -> v.index() == var ? ONE : ZERO;
            case Neg n -> neg(d(n.operand(), var));
            case Binary b -> dBinary(b, var);
            case Call c -> dCall(c, var);
        };
    }

    private Code dBinary(Binary b, int var) {
        Code u = code(b.left());
        Code v = code(b.right());
        Code du = d(b.left(), var);
        Code dv = d(b.right(), var);
        return switch (b.op()) {
            case ADD -> add(du, dv);
            case SUB -> sub(du, dv);
            case MUL -> add(mul(du, v), mul(u, dv));
            case DIV -> div(sub(mul(du, v), mul(u, dv)), binary(Op.MUL, v, v));
            case POW -> {
                if (b.right() instanceof Num n) {
                    double p = n.value();
                    if (p == 0) {
                        yield ZERO;
                    }
                    Code power = p == 2 ? u : binary(Op.POW, u, number(p - 1));
                    yield mul(mul(number(p), power), du);
                }
                Code whole = binary(Op.POW, u, v);
                if (b.left() instanceof Num a) {
                    yield mul(mul(whole, number(Math.log(a.value()))), dv);
                }
                yield mul(whole, add(mul(dv, call("log", u)), div(mul(v, du), u)));
            }
        };
    }

    private Code dCall(Call c, int var) {
        Code u = code(c.argument());
        Code du = d(c.argument(), var);
        if (du.isZero()) {
            return ZERO;
        }
        Code outer = switch (c.fn()) {
            case SIN -> call("cos", u);
            case COS -> neg(call("sin", u));
            case TAN -> add(ONE, binary(Op.POW, call("tan", u), number(2)));
            case EXP -> call("exp", u);
            case LOG -> div(ONE, u);
            case SQRT -> div(ONE, mul(number(2), call("sqrt", u)));
            case ABS -> call("sign", u);
            case TANH -> sub(ONE, binary(Op.POW, call("tanh", u), number(2)));
        };
        return mul(outer, du);
    }

    private Code add(Code a, Code b) {
        if (a.isZero()) {
            return b;
        }
        if (b.isZero()) {
            return a;
        }
        return binary(Op.ADD, a, b);
    }

    private Code sub(Code a, Code b) {
        if (b.isZero()) {
            return a;
        }
        if (a.isZero()) {
            return neg(b);
        }
        return binary(Op.SUB, a, b);
    }

    private Code mul(Code a, Code b) {
        if (a.isZero() || b.isZero()) {
            return ZERO;
        }
        if (a.isOne()) {
            return b;
        }
        if (b.isOne()) {
            return a;
        }
        return binary(Op.MUL, a, b);
    }

    private Code div(Code a, Code b) {
        if (a.isZero()) {
            return ZERO;
        }
        if (b.isOne()) {
            return a;
        }
        return binary(Op.DIV, a, b);
    }

    private static Code neg(Code a) {
        if (a.isZero()) {
            return ZERO;
        }
        return new Code("-" + wrap(a, 3), 3);
    }

    private static Code binary(Op op, Code a, Code b) {
        return switch (op) {
            case ADD -> new Code(wrap(a, 1) + " + " + wrap(b, 1), 1);
            case SUB -> new Code(wrap(a, 1) + " - " + wrap(b, 2), 1);
            case MUL -> new Code(wrap(a, 2) + " * " + wrap(b, 2), 2);
            case DIV -> new Code(wrap(a, 2) + " / " + wrap(b, 3), 2);
            case POW -> new Code(wrap(a, 5) + " ** " + wrap(b, 3), 4);
        };
    }

    private Code call(String fn, Code argument) {
        return new Code(prefix + "." + fn + "(" + argument.text() + ")", 5);
    }

    /** The source of {@code c} where an operand of at least {@code level} is needed. */
    private static String wrap(Code c, int level) {
        return c.level() >= level ? c.text() : "(" + c.text() + ")";
    }

    /** A number: math.pi and math.e by name, negative numbers as a unary minus. */
    static Code number(double v) {
        if (v == Math.PI) {
            return new Code("math.pi", 5);
        }
        if (v == Math.E) {
            return new Code("math.e", 5);
        }
        String text = literal(v);
        return text.startsWith("-") ? new Code(text, 3) : new Code(text, 5);
    }

    /** A double as a Python float literal that reads back to exactly the same double. */
    static String literal(double v) {
        if (Double.isNaN(v)) {
            return "math.nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "math.inf" : "-math.inf";
        }
        return Double.toString(v).replace("E", "e");
    }

    /** Like {@link #literal} but whole numbers without ".0" (for counts and sizes). */
    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : literal(v);
    }
}
