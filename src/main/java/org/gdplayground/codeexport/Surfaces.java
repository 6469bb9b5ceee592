package org.gdplayground.codeexport;

import java.util.List;

/**
 * The built-in surfaces as Python lines over {@code x} and {@code y} (the body of {@code loss_fn} after unpacking θ,
 * and for NumPy the hand-derived gradient), written with the same operations in the same order as the engine's
 * {@code value} and {@code gradient}, so the exported numbers are the app's.
 */
final class Surfaces {

    private Surfaces() {
    }

    /** The body of {@code loss_fn}; {@code m} is "np" or "torch". */
    static List<String> value(String id, String m) {
        return switch (id) {
            case "sphere" -> List.of("return x * x + y * y");
            case "textbook-quadratic" -> List.of("return 0.01 * x * x + 0.1 * x");
            case "ellipse" -> List.of("return x * x + 10 * y * y");
            case "saddle" -> List.of("return x * x - y * y");
            case "plateau" -> List.of("return 1 - " + m + ".exp(-(x * x + y * y))");
            case "two-minima" -> List.of("a = x * x - 1", "return a * a + 0.3 * x + y * y");
            case "rosenbrock" -> List.of("a = 1 - x", "b = y - x * x", "return a * a + 100 * b * b");
            case "beale" -> List.of("a = 1.5 - x + x * y", "b = 2.25 - x + x * y * y",
                    "c = 2.625 - x + x * y * y * y", "return a * a + b * b + c * c");
            case "booth" -> List.of("a = x + 2 * y - 7", "b = 2 * x + y - 5", "return a * a + b * b");
            case "himmelblau" -> List.of("a = x * x + y - 11", "b = x + y * y - 7", "return a * a + b * b");
            case "six-hump-camel" -> List.of("x2 = x * x", "y2 = y * y",
                    "return (4 - 2.1 * x2 + x2 * x2 / 3) * x2 + x * y + (-4 + 4 * y2) * y2");
            case "rastrigin" -> List.of("two_pi = 2 * math.pi",
                    "return 20 + x * x - 10 * " + m + ".cos(two_pi * x) + y * y - 10 * " + m + ".cos(two_pi * y)");
            default -> throw new IllegalArgumentException("no Python form for surface " + id);
        };
    }

    /** The body of the NumPy {@code gradient} after unpacking θ. */
    static List<String> gradient(String id) {
        return switch (id) {
            case "sphere" -> List.of("return np.array([2 * x, 2 * y])");
            case "textbook-quadratic" -> List.of("return np.array([0.02 * x + 0.1])");
            case "ellipse" -> List.of("return np.array([2 * x, 20 * y])");
            case "saddle" -> List.of("return np.array([2 * x, -2 * y])");
            case "plateau" -> List.of("e = np.exp(-(x * x + y * y))", "return np.array([2 * x * e, 2 * y * e])");
            case "two-minima" -> List.of("return np.array([4 * x * (x * x - 1) + 0.3, 2 * y])");
            case "rosenbrock" -> List.of("b = y - x * x", "return np.array([-2 * (1 - x) - 400 * x * b, 200 * b])");
            case "beale" -> List.of("y2 = y * y", "y3 = y2 * y", "a = 1.5 - x + x * y", "b = 2.25 - x + x * y2",
                    "c = 2.625 - x + x * y3",
                    "return np.array([2 * a * (y - 1) + 2 * b * (y2 - 1) + 2 * c * (y3 - 1),",
                    "                 2 * a * x + 4 * b * x * y + 6 * c * x * y2])");
            case "booth" -> List.of("a = x + 2 * y - 7", "b = 2 * x + y - 5",
                    "return np.array([2 * a + 4 * b, 4 * a + 2 * b])");
            case "himmelblau" -> List.of("a = x * x + y - 11", "b = x + y * y - 7",
                    "return np.array([4 * x * a + 2 * b, 2 * a + 4 * y * b])");
            case "six-hump-camel" -> List.of("x2 = x * x",
                    "return np.array([8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y, x - 8 * y + 16 * y * y * y])");
            case "rastrigin" -> List.of("two_pi = 2 * math.pi",
                    "return np.array([2 * x + 10 * two_pi * np.sin(two_pi * x),",
                    "                 2 * y + 10 * two_pi * np.sin(two_pi * y)])");
            default -> throw new IllegalArgumentException("no Python gradient for surface " + id);
        };
    }
}
