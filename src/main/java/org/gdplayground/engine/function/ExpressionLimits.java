package org.gdplayground.engine.function;

import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.Range;

/**
 * Limits on a typed expression, checked before and while parsing so that hostile input fails fast.
 *
 * <ul>
 *   <li>{@code maxLength}: characters of the text. Every syntax-tree node consumes at least one character, so this
 *   also bounds the node count and the work of one evaluation.</li>
 *   <li>{@code maxDepth}: height of the syntax tree, where a number, variable or constant counts 1 and every
 *   operator, unary minus, function call and pair of parentheses adds one level above what it encloses. So {@code x}
 *   has depth 1, {@code (x)} and {@code -x} depth 2, {@code x+y+z} depth 3, {@code sin((x))} depth 3.</li>
 * </ul>
 *
 * <p>The upper ends of the allowed ranges keep the parser's recursion and the tree walks well inside a thread's
 * default stack.
 */
public record ExpressionLimits(int maxLength, int maxDepth) {

    /** Allowed and default maximum length: 200 characters by default, at most 100,000. */
    public static final ParamSpec MAX_LENGTH = ParamSpec.whole("maxLength", 200, Range.closed(1, 100_000));

    /** Allowed and default maximum depth: 32 by default, at most 256. */
    public static final ParamSpec MAX_DEPTH = ParamSpec.whole("maxDepth", 32, Range.closed(1, 256));

    /** @throws org.gdplayground.engine.InvalidParameterException when a limit is outside its allowed range */
    public ExpressionLimits {
        MAX_LENGTH.check(maxLength);
        MAX_DEPTH.check(maxDepth);
    }

    /** 200 characters, depth 32. */
    public static ExpressionLimits defaults() {
        return new ExpressionLimits((int) MAX_LENGTH.def(), (int) MAX_DEPTH.def());
    }
}
