package org.gdplayground.engine.function;

import java.util.List;

/**
 * A surface typed by the learner as an expression f(x, y) (grammar in {@code ExpressionParser}: + − * / ^, unary
 * minus, parentheses, sin cos tan exp log sqrt abs tanh, pi, e, x, y, decimal and exponent notation).
 *
 * <p>{@link #value} walks the tree in double arithmetic; {@link #gradient} is exact, by automatic differentiation
 * (commons-math3 {@code DerivativeStructure}) — unlike the built-ins it allocates per call. Plot bounds [−5, 5]²,
 * no known minima, default start (−3, 4).
 *
 * <p>Create it with {@link #parse} (or {@link Objectives#custom}), which enforces {@link ExpressionLimits}; the
 * canonical constructor trusts that {@code tree} is the parse of {@code expression}.
 *
 * @param expression the text as typed (also the {@link #formula()})
 * @param tree       its syntax tree
 */
public record CustomSurface(String expression, Expr tree) implements Surface {

    /** The id of every custom surface. */
    public static final String ID = "custom";

    private static final Bounds BOUNDS = new Bounds(-5, 5, -5, 5);

    /** Parses {@code expression} within {@code limits}; throws {@link ExpressionException} saying where and why not. */
    public static CustomSurface parse(String expression, ExpressionLimits limits) {
        return new CustomSurface(expression, ExpressionParser.parse(expression, limits));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] t) {
        return ExprEval.value(tree, t[0], t[1]);
    }

    @Override
    public void gradient(double[] t, double[] out) {
        ExprEval.gradient(tree, t[0], t[1], out);
    }

    @Override
    public void hessian(double[] t, double[] out) {
        ExprEval.hessian(tree, t[0], t[1], out);
    }

    @Override
    public String formula() {
        return expression;
    }

    @Override
    public Bounds bounds() {
        return BOUNDS;
    }

    @Override
    public List<Minimum> minima() {
        return List.of();
    }

    @Override
    public double[] defaultStart() {
        return new double[] {-3, 4};
    }
}
