package org.gdplayground.engine.function;

import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.gdplayground.engine.function.Expr.Binary;
import org.gdplayground.engine.function.Expr.Call;
import org.gdplayground.engine.function.Expr.Neg;
import org.gdplayground.engine.function.Expr.Num;
import org.gdplayground.engine.function.Expr.Var;

/**
 * Tree walks over an {@link Expr}: the value in plain double arithmetic (no allocation), and the exact gradient by
 * forward-mode automatic differentiation with commons-math3 {@link DerivativeStructure} (two parameters, order 1),
 * and the exact Hessian the same way with order 2.
 * Recursion depth equals the tree's height, which the parser bounds.
 */
final class ExprEval {

    private static final int PARAMETERS = 2;
    private static final int ORDER = 1;

    private ExprEval() {
    }

    static double value(Expr e, double x, double y) {
        return switch (e) {
            case Num n -> n.value();
            case Var v -> v.index() == 0 ? x : y;
            case Neg n -> -value(n.operand(), x, y);
            case Binary b -> b.op().apply(value(b.left(), x, y), value(b.right(), x, y));
            case Call c -> c.fn().apply(value(c.argument(), x, y));
        };
    }

    /** Writes ∂f/∂x and ∂f/∂y at (x, y) into out[0], out[1]. */
    static void gradient(Expr e, double x, double y, double[] out) {
        DerivativeStructure dx = new DerivativeStructure(PARAMETERS, ORDER, 0, x);
        DerivativeStructure dy = new DerivativeStructure(PARAMETERS, ORDER, 1, y);
        DerivativeStructure f = ds(e, dx, dy);
        out[0] = f.getPartialDerivative(1, 0);
        out[1] = f.getPartialDerivative(0, 1);
    }

    /** Writes the Hessian [[f_xx, f_xy], [f_xy, f_yy]] at (x, y), row by row, into out[0..3]. */
    static void hessian(Expr e, double x, double y, double[] out) {
        DerivativeStructure dx = new DerivativeStructure(PARAMETERS, 2, 0, x);
        DerivativeStructure dy = new DerivativeStructure(PARAMETERS, 2, 1, y);
        DerivativeStructure f = ds(e, dx, dy);
        out[0] = f.getPartialDerivative(2, 0);
        out[1] = f.getPartialDerivative(1, 1);
        out[2] = out[1];
        out[3] = f.getPartialDerivative(0, 2);
    }

    static DerivativeStructure ds(Expr e, DerivativeStructure x, DerivativeStructure y) {
        return switch (e) {
            case Num n -> new DerivativeStructure(PARAMETERS, x.getOrder(), n.value());
            case Var v -> v.index() == 0 ? x : y;
            case Neg n -> ds(n.operand(), x, y).negate();
            case Binary b -> binary(b, x, y);
            case Call c -> {
                DerivativeStructure a = ds(c.argument(), x, y);
                yield switch (c.fn()) {
                    case SIN -> a.sin();
                    case COS -> a.cos();
                    case TAN -> a.tan();
                    case EXP -> a.exp();
                    case LOG -> a.log();
                    case SQRT -> a.sqrt();
                    case ABS -> a.abs();
                    case TANH -> a.tanh();
                };
            }
        };
    }

    private static DerivativeStructure binary(Binary b, DerivativeStructure x, DerivativeStructure y) {
        if (b.op() == Expr.Op.POW) {
            return power(b, x, y);
        }
        DerivativeStructure l = ds(b.left(), x, y);
        DerivativeStructure r = ds(b.right(), x, y);
        return switch (b.op()) {
            case ADD -> l.add(r);
            case SUB -> l.subtract(r);
            case MUL -> l.multiply(r);
            case DIV -> l.divide(r);
            case POW -> throw new AssertionError("handled above");
        };
    }

    /**
     * u^v: a whole constant exponent uses {@code pow(int)} (so u^0 is the constant 1 even at u = 0, where
     * {@code pow(double)} gives NaN), another constant exponent {@code pow(double)}, a constant base
     * {@code pow(double, DS)}, else the general {@code u.pow(v)} = exp(v·log u), which needs u &gt; 0.
     */
    private static DerivativeStructure power(Binary b, DerivativeStructure x, DerivativeStructure y) {
        if (b.right() instanceof Num n) {
            DerivativeStructure base = ds(b.left(), x, y);
            double p = n.value();
            if (p == Math.rint(p) && Math.abs(p) <= Integer.MAX_VALUE) {
                return base.pow((int) p);
            }
            return base.pow(p);
        }
        DerivativeStructure exponent = ds(b.right(), x, y);
        if (b.left() instanceof Num a) {
            return DerivativeStructure.pow(a.value(), exponent);
        }
        return ds(b.left(), x, y).pow(exponent);
    }
}
