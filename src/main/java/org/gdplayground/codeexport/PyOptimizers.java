package org.gdplayground.codeexport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The optimizers in Python: the {@code torch.optim} constructor with the run's hyper-parameters (names as in the
 * script's constants, see {@link PythonExport#constant}), and the update rule written out — the engine's rules,
 * which are the ones PyTorch documents (Lion: the authors' {@code lion_pytorch.py}; Newton: θ ← θ − γ·H⁻¹g). The
 * written-out lines use {@code theta}, {@code g} (the gradient at θ), {@code lr} (this step's learning rate) and
 * {@code t} (the step, from 1), and work on NumPy arrays and on torch tensors alike.
 */
final class PyOptimizers {

    private PyOptimizers() {
    }

    static String describe(String opt) {
        return switch (opt) {
            case "sgd" -> "plain gradient descent θ ← θ − γ·g";
            case "momentum" -> "heavy ball as torch writes it: b ← μ·b + g, θ ← θ − γ·b";
            case "nesterov" -> "Nesterov momentum as torch writes it: θ ← θ − γ·(g + μ·b)";
            case "lion" -> "Lion (Chen et al. 2023; not in torch.optim, written out)";
            case "newton" -> "Newton's method θ ← θ − γ·H⁻¹g (not in torch.optim, written out)";
            default -> "as torch.optim documents it";
        };
    }

    /** {@code torch.optim.X([theta], …)} for every optimizer except Lion and Newton. */
    static String torchConstructor(String opt, Map<String, Double> hyper) {
        boolean wd = hyper.containsKey("weightDecay");
        String decay = wd ? ", weight_decay=WEIGHT_DECAY" : "";
        return switch (opt) {
            case "sgd" -> "torch.optim.SGD([theta], lr=LR" + decay + ")";
            case "momentum" -> "torch.optim.SGD([theta], lr=LR, momentum=MOMENTUM, dampening=DAMPENING" + decay + ")";
            case "nesterov" -> "torch.optim.SGD([theta], lr=LR, momentum=MOMENTUM, nesterov=True" + decay + ")";
            case "adagrad" -> "torch.optim.Adagrad([theta], lr=LR, initial_accumulator_value=INITIAL_ACCUMULATOR, "
                    + "eps=EPS" + decay + ")";
            case "rmsprop" -> "torch.optim.RMSprop([theta], lr=LR, alpha=ALPHA, eps=EPS" + decay + ")";
            case "adadelta" -> "torch.optim.Adadelta([theta], lr=LR, rho=RHO, eps=EPS" + decay + ")";
            case "adam" -> "torch.optim.Adam([theta], lr=LR, betas=(BETA1, BETA2), eps=EPS" + decay + ")";
            case "amsgrad" -> "torch.optim.Adam([theta], lr=LR, betas=(BETA1, BETA2), eps=EPS" + decay
                    + ", amsgrad=True)";
            case "adamw" -> "torch.optim.AdamW([theta], lr=LR, betas=(BETA1, BETA2), eps=EPS" + decay + ")";
            case "adamax" -> "torch.optim.Adamax([theta], lr=LR, betas=(BETA1, BETA2), eps=EPS" + decay + ")";
            case "nadam" -> "torch.optim.NAdam([theta], lr=LR, betas=(BETA1, BETA2), eps=EPS" + decay
                    + ", momentum_decay=MOMENTUM_DECAY)  # PyTorch >= 2.0 (1.x counted mu twice)";
            case "radam" -> "torch.optim.RAdam([theta], lr=LR, betas=(BETA1, BETA2), eps=EPS" + decay + ")";
            case "rprop" -> "torch.optim.Rprop([theta], lr=LR, etas=(ETA_MINUS, ETA_PLUS), "
                    + "step_sizes=(STEP_MIN, STEP_MAX))";
            case "asgd" -> "torch.optim.ASGD([theta], lr=LR, lambd=LAMBD, alpha=ALPHA, t0=T0" + decay + ")";
            case "lbfgs" -> "torch.optim.LBFGS([theta], lr=LR, max_iter=1, history_size=HISTORY_SIZE, "
                    + "tolerance_grad=TOLERANCE_GRAD, tolerance_change=TOLERANCE_CHANGE, "
                    + "line_search_fn=\"strong_wolfe\" if STRONG_WOLFE else None)";
            default -> throw new IllegalArgumentException("no torch.optim class for " + opt);
        };
    }

    /** The optimizer's state before the first step. */
    static List<String> stateInit(String opt, String m) {
        String zeros = m + ".zeros_like(theta)";
        return switch (opt) {
            case "sgd" -> List.of();
            case "momentum", "nesterov" -> List.of("b = " + zeros + "  # momentum buffer");
            case "adagrad" -> List.of("s = " + m + ".full_like(theta, INITIAL_ACCUMULATOR)  # sum of squared gradients");
            case "rmsprop" -> List.of("v = " + zeros + "  # running average of g²");
            case "adadelta" -> List.of("v = " + zeros + "  # running average of g²",
                    "u = " + zeros + "  # running average of squared updates");
            case "adam", "adamw" -> List.of("m = " + zeros + "  # first moment", "v = " + zeros + "  # second moment");
            case "amsgrad" -> List.of("m = " + zeros + "  # first moment", "v = " + zeros + "  # second moment",
                    "v_max = " + zeros + "  # largest second moment so far");
            case "adamax" -> List.of("m = " + zeros + "  # first moment", "u = " + zeros + "  # infinity norm");
            case "nadam" -> List.of("m = " + zeros + "  # first moment", "v = " + zeros + "  # second moment",
                    "mu_product = 1.0");
            case "radam" -> List.of("m = " + zeros + "  # first moment", "v = " + zeros + "  # second moment",
                    "rho_inf = 2 / (1 - BETA2) - 1");
            case "rprop" -> List.of("eta = " + m + ".full_like(theta, LR)  # step size per coordinate",
                    "prev = " + zeros + "  # the previous step's gradient");
            case "asgd" -> List.of("eta, mu = LR, 1.0", "ax = " + zeros + "  # the averaged θ");
            case "lion" -> List.of("m = " + zeros + "  # momentum");
            case "newton" -> List.of();
            default -> throw new IllegalArgumentException("no written-out rule for " + opt);
        };
    }

    /** Step t's update lines. */
    static List<String> update(String opt, Map<String, Double> hyper, String m) {
        List<String> l = new ArrayList<>();
        Double wd = hyper.get("weightDecay");
        boolean coupled = wd != null && wd != 0 && !opt.equals("adamw") && !opt.equals("lion");
        if (coupled) {
            l.add("g = g + WEIGHT_DECAY * theta  # L2 weight decay, as torch");
        }
        switch (opt) {
            case "sgd" -> l.add("theta = theta - lr * g");
            case "momentum" -> {
                l.add("b = g if t == 1 else MOMENTUM * b + (1 - DAMPENING) * g");
                l.add("theta = theta - lr * b");
            }
            case "nesterov" -> {
                l.add("b = g if t == 1 else MOMENTUM * b + g");
                l.add("theta = theta - lr * (g + MOMENTUM * b)");
            }
            case "adagrad" -> {
                l.add("s = s + g * g");
                l.add("theta = theta - lr * (g / (" + m + ".sqrt(s) + EPS))");
            }
            case "rmsprop" -> {
                l.add("v = ALPHA * v + (1 - ALPHA) * g * g");
                l.add("theta = theta - lr * (g / (" + m + ".sqrt(v) + EPS))");
            }
            case "adadelta" -> {
                l.add("v = RHO * v + (1 - RHO) * g * g");
                l.add("delta = " + m + ".sqrt(u + EPS) / " + m + ".sqrt(v + EPS) * g");
                l.add("u = RHO * u + (1 - RHO) * delta * delta");
                l.add("theta = theta - lr * delta");
            }
            case "adam", "adamw", "amsgrad" -> {
                l.add("m = BETA1 * m + (1 - BETA1) * g");
                l.add("v = BETA2 * v + (1 - BETA2) * g * g");
                l.add("m_hat = m / (1 - BETA1 ** t)");
                if (opt.equals("amsgrad")) {
                    l.add("v_max = " + m + ".maximum(v_max, v)");
                    l.add("v_hat = v_max / (1 - BETA2 ** t)");
                } else {
                    l.add("v_hat = v / (1 - BETA2 ** t)");
                }
                l.add(opt.equals("adamw")
                        ? "theta = theta * (1 - lr * WEIGHT_DECAY) - lr * m_hat / (" + m + ".sqrt(v_hat) + EPS)"
                        : "theta = theta - lr * m_hat / (" + m + ".sqrt(v_hat) + EPS)");
            }
            case "adamax" -> {
                l.add("m = BETA1 * m + (1 - BETA1) * g");
                l.add("u = " + m + ".maximum(BETA2 * u, " + m + ".abs(g) + EPS)");
                l.add("theta = theta - (lr / (1 - BETA1 ** t)) * (m / u)");
            }
            case "nadam" -> {
                l.add("mu = BETA1 * (1 - 0.5 * 0.96 ** (t * MOMENTUM_DECAY))");
                l.add("mu_next = BETA1 * (1 - 0.5 * 0.96 ** ((t + 1) * MOMENTUM_DECAY))");
                l.add("mu_product = mu_product * mu");
                l.add("m = BETA1 * m + (1 - BETA1) * g");
                l.add("v = BETA2 * v + (1 - BETA2) * g * g");
                l.add("denom = " + m + ".sqrt(v / (1 - BETA2 ** t)) + EPS");
                l.add("theta = (theta + (-lr * (1 - mu) / (1 - mu_product)) * (g / denom)");
                l.add("         + (-lr * mu_next / (1 - mu_product * mu_next)) * (m / denom))");
            }
            case "radam" -> {
                l.add("bc1, bc2 = 1 - BETA1 ** t, 1 - BETA2 ** t");
                l.add("rho = rho_inf - 2 * t * BETA2 ** t / bc2");
                l.add("m = BETA1 * m + (1 - BETA1) * g");
                l.add("v = BETA2 * v + (1 - BETA2) * g * g");
                l.add("m_hat = m / bc1");
                l.add("if rho > 5:  # the variance is tractable: rectified adaptive step");
                l.add("    r = math.sqrt((rho - 4) * (rho - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho))");
                l.add("    theta = theta - m_hat * lr * (math.sqrt(bc2) / (" + m + ".sqrt(v) + EPS)) * r");
                l.add("else:  # early steps: plain momentum");
                l.add("    theta = theta - m_hat * lr");
            }
            case "rprop" -> {
                l.add("if t == 1:");
                l.add("    eta = " + m + ".full_like(theta, lr)");
                l.add("product = g * prev");
                l.add("factor = " + m + ".where(product > 0, ETA_PLUS, " + m + ".where(product < 0, ETA_MINUS, 1.0))");
                l.add("eta = " + m + ".minimum(" + m + ".maximum(eta * factor, " + m + ".full_like(eta, STEP_MIN)), "
                        + m + ".full_like(eta, STEP_MAX))");
                l.add("g = " + m + ".where(product < 0, 0.0, g)  # a sign flip: no move this step");
                l.add("theta = theta - eta * " + m + ".sign(g)");
                l.add("prev = g");
            }
            case "asgd" -> {
                l.add("if t == 1:");
                l.add("    eta = lr");
                l.add("theta = theta * (1 - LAMBD * eta) - eta * g");
                l.add("ax = theta.copy() if mu == 1 else ax + (theta - ax) * mu" .replace(".copy()",
                        m.equals("torch") ? ".clone()" : ".copy()"));
                l.add("eta = lr / (1 + LAMBD * lr * t) ** ALPHA");
                l.add("mu = 1 / max(1, t - T0)");
            }
            case "lion" -> {
                l.add("c = BETA1 * m + (1 - BETA1) * g");
                l.add("theta = theta * (1 - lr * WEIGHT_DECAY) - lr * " + m + ".sign(c)");
                l.add("m = BETA2 * m + (1 - BETA2) * g");
            }
            case "newton" -> {
                l.add("h = hessian(theta)");
                String sv = m.equals("torch") ? "torch.linalg.svdvals(h)" : "np.linalg.svd(h, compute_uv=False)";
                l.add("if not " + sv + ".min() > 1e-12 * " + m + ".abs(h).max():");
                l.add("    print(f\"singular Hessian at step {t}: Newton's method cannot step\")");
                l.add("    break");
                l.add("theta = theta - lr * " + m + ".linalg.solve(h, g)");
            }
            default -> throw new IllegalArgumentException("no written-out rule for " + opt);
        }
        return l;
    }
}
