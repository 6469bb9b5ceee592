package org.gdplayground.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gdplayground.engine.optimizer.Asgd;
import org.gdplayground.engine.optimizer.Lbfgs;
import org.gdplayground.engine.optimizer.Lion;
import org.gdplayground.engine.optimizer.NamedVector;
import org.gdplayground.engine.optimizer.Newton;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.RAdam;
import org.gdplayground.engine.optimizer.Rprop;
import org.gdplayground.engine.run.StepRecord;
import org.jspecify.annotations.Nullable;

/**
 * "Explain this step": the optimizer's update rule written out with step k's own numbers, one coordinate per line
 * group, e.g. {@code w ← 1.5 − 0.1 × 2.99 = 1.201}. Every number (θ, g, the state, the result) is written with the
 * same {@value #DIGITS} significant digits, so a learner who redoes the arithmetic with the numbers shown gets the
 * shown result to within one unit in its last digit; the result on the right is the engine's value from the step
 * record, rounded the same way.
 *
 * <p>Every registered optimizer must have a case here: the default throws, and ExplainerTest explains a step of every
 * optimizer in {@code Optimizers.all()}, so a new optimizer without an explanation fails the build, not the page.
 * The words come from the bundles ({@link #messageKeys(String)}); MessagesTest checks they exist in both languages.
 */
public final class Explainer {

    /** Significant digits of every number in an explanation. */
    static final int DIGITS = 7;

    /** Coordinates explained at most (the rest are in the table). */
    static final int MAX_COORDS = 4;

    private Explainer() {
    }

    /** The message keys the explanation of optimizer {@code key} uses (each must exist in every bundle). */
    public static List<String> messageKeys(String key) {
        List<String> keys = new ArrayList<>(List.of("explain." + key + ".rule"));
        switch (key) {
            case "radam" -> keys.addAll(List.of("explain.radam.rectified", "explain.radam.unrectified"));
            case "rprop" -> keys.addAll(List.of("explain.rprop.grow", "explain.rprop.shrink", "explain.rprop.keep"));
            case "asgd" -> keys.add("explain.asgd.average");
            case "lbfgs" -> keys.addAll(List.of("explain.lbfgs.memory", "explain.lbfgs.lineSearch",
                    "explain.lbfgs.noMove", "explain.lbfgs.first"));
            case "newton" -> keys.addAll(List.of("explain.newton.minimum", "explain.newton.saddle"));
            default -> {
            }
        }
        return List.copyOf(keys);
    }

    /** English, for callers without a page language (tests, logs): the keys themselves are not shown. */
    public static List<String> explain(Optimizer optimizer, StepRecord rec, @Nullable StepRecord prev,
            List<String> names) {
        return explain(optimizer, rec, prev, names, (key, args) -> key);
    }

    /**
     * @param prev  record k − 1 when it was recorded (its state is the state before step k), else null
     * @param names parameter display names
     * @param tr    the page's translator for the few words (the math is language-neutral)
     * @return lines of plain text
     * @throws IllegalStateException when the optimizer has no explanation (a test makes sure none is missing)
     */
    public static List<String> explain(Optimizer optimizer, StepRecord rec, @Nullable StepRecord prev,
            List<String> names, StatusText.Translator tr) {
        List<String> lines = new ArrayList<>();
        if (rec.k() == 0) {
            return lines;
        }
        lines.add(tr.tr("explain." + optimizer.key() + ".rule"));
        whole(optimizer, rec, prev, names, tr, lines);
        Map<String, Double> hp = optimizer.values();
        double lr = rec.lr();
        double wd = hp.getOrDefault("weightDecay", 0.0);
        boolean decoupled = optimizer.key().equals("adamw");
        int t = rec.k();
        int n = Math.min(rec.dimension(), MAX_COORDS);
        for (int i = 0; i < n; i++) {
            String p = names.get(i);
            double after = rec.theta(i);
            // θ before the step: record k − 1's own θ when it was kept (after − Δθ cancels when θ is huge)
            double before = prev != null && prev.k() == rec.k() - 1 ? prev.theta(i) : after - rec.update(i);
            double g0 = rec.grad(i);
            double g = g0;
            if (wd != 0 && !decoupled) {
                g = g0 + wd * before;
                lines.add("g_" + p + " = " + f(g0) + " + λ × " + p + " = " + f(g0) + " + " + f(wd) + " × " + f(before)
                        + " = " + f(g));
            }
            String theta = p + " ← ";
            String b7 = f7(before);
            String a7 = f7(after);
            switch (optimizer.key()) {
                case "sgd" -> lines.add(theta + b7 + " − " + f(lr) + " × " + f(g) + " = " + a7);
                case "momentum", "nesterov" -> {
                    double mu = hp.getOrDefault("momentum", 0.9);
                    double b = s(rec, "b", i);
                    if (t == 1) {
                        lines.add("b_" + p + " ← g = " + f(b));
                    } else {
                        double damp = hp.getOrDefault("dampening", 0.0);
                        String bPrev = prevState(prev, "b", i);
                        lines.add("b_" + p + " ← μ·b + " + (damp == 0 ? "" : "(1 − τ)·") + "g = " + f(mu) + " × "
                                + bPrev + " + " + (damp == 0 ? "" : f(1 - damp) + " × ") + f(g) + " = " + f(b));
                    }
                    if (optimizer.key().equals("momentum")) {
                        lines.add(theta + b7 + " − " + f(lr) + " × " + f(b) + " = " + a7);
                    } else {
                        lines.add(theta + b7 + " − " + f(lr) + " × (" + f(g) + " + " + f(mu) + " × " + f(b)
                                + ") = " + a7);
                    }
                }
                case "adagrad" -> {
                    double sNew = s(rec, "s", i);
                    double eps = hp.getOrDefault("eps", 1e-10);
                    lines.add("s_" + p + " ← s + g² = " + prevState(prev, "s", i) + " + " + f(g) + "² = " + f(sNew));
                    lines.add(theta + b7 + " − " + f(lr) + " × " + f(g) + " / (√" + f(sNew) + " + " + f(eps)
                            + ") = " + a7);
                }
                case "rmsprop" -> {
                    double v = s(rec, "v", i);
                    double alpha = hp.getOrDefault("alpha", 0.99);
                    double eps = hp.getOrDefault("eps", 1e-8);
                    lines.add("v_" + p + " ← α·v + (1 − α)·g² = " + f(alpha) + " × " + prevState(prev, "v", i)
                            + " + " + f(1 - alpha) + " × " + f(g) + "² = " + f(v));
                    lines.add(theta + b7 + " − " + f(lr) + " × " + f(g) + " / (√" + f(v) + " + " + f(eps)
                            + ") = " + a7);
                }
                case "adadelta" -> {
                    double rho = hp.getOrDefault("rho", 0.9);
                    double eps = hp.getOrDefault("eps", 1e-6);
                    double v = s(rec, "v", i);
                    double u = s(rec, "u", i);
                    String uPrev = prevState(prev, "u", i);
                    double delta = lr == 0 ? 0 : (before - after) / lr;
                    lines.add("v_" + p + " ← ρ·v + (1 − ρ)·g² = " + f(rho) + " × " + prevState(prev, "v", i) + " + "
                            + f(1 - rho) + " × " + f(g) + "² = " + f(v));
                    lines.add("Δ_" + p + " = √(u + ε) / √(v + ε) · g = √(" + uPrev + " + " + f(eps) + ") / √(" + f(v)
                            + " + " + f(eps) + ") × " + f(g) + " = " + f(delta));
                    lines.add("u_" + p + " ← ρ·u + (1 − ρ)·Δ² = " + f(u));
                    lines.add(theta + b7 + " − " + f(lr) + " × " + f(delta) + " = " + a7);
                }
                case "adam", "adamw", "amsgrad" -> {
                    double b1 = hp.getOrDefault("beta1", 0.9);
                    double b2 = hp.getOrDefault("beta2", 0.999);
                    double eps = hp.getOrDefault("eps", 1e-8);
                    if (decoupled && wd != 0) {
                        lines.add(p + " ← " + p + "·(1 − γ·λ) = " + f(before) + " × (1 − " + f(lr) + " × " + f(wd)
                                + ") = " + f(before * (1 - lr * wd)));
                    }
                    double m = s(rec, "m", i);
                    double v = s(rec, "v", i);
                    double mHat = s(rec, "mHat", i);
                    double vHat = s(rec, "vHat", i);
                    lines.add("m_" + p + " ← β1·m + (1 − β1)·g = " + f(b1) + " × " + prevState(prev, "m", i) + " + "
                            + f(1 - b1) + " × " + f(g) + " = " + f(m));
                    lines.add("v_" + p + " ← β2·v + (1 − β2)·g² = " + f(b2) + " × " + prevState(prev, "v", i) + " + "
                            + f(1 - b2) + " × " + f(g) + "² = " + f(v));
                    if (optimizer.key().equals("amsgrad")) {
                        lines.add("vmax_" + p + " ← max(vmax, v) = " + f(s(rec, "vMax", i)));
                    }
                    lines.add("m̂ = m / (1 − β1^" + t + ") = " + f(mHat) + ",  v̂ = "
                            + (optimizer.key().equals("amsgrad") ? "vmax" : "v") + " / (1 − β2^" + t + ") = "
                            + f(vHat));
                    lines.add(theta + f(decoupled ? before * (1 - lr * wd) : before) + " − " + f(lr) + " × " + f(mHat)
                            + " / (√" + f(vHat) + " + " + f(eps) + ") = " + a7);
                }
                case "adamax" -> {
                    double b1 = hp.getOrDefault("beta1", 0.9);
                    double b2 = hp.getOrDefault("beta2", 0.999);
                    double m = s(rec, "m", i);
                    double u = s(rec, "u", i);
                    lines.add("m_" + p + " ← β1·m + (1 − β1)·g = " + f(b1) + " × " + prevState(prev, "m", i) + " + "
                            + f(1 - b1) + " × " + f(g) + " = " + f(m));
                    lines.add("u_" + p + " ← max(β2·u, |g| + ε) = max(" + f(b2) + " × " + prevState(prev, "u", i)
                            + ", " + f(Math.abs(g)) + " + ε) = " + f(u));
                    lines.add(theta + b7 + " − " + f(lr) + " / (1 − β1^" + t + ") × " + f(m) + " / " + f(u)
                            + " = " + a7);
                }
                case "nadam" -> {
                    double m = s(rec, "m", i);
                    double v = s(rec, "v", i);
                    double vHat = s(rec, "vHat", i);
                    double mu = s(rec, "mu", 0);
                    lines.add("m_" + p + " ← β1·m + (1 − β1)·g = " + f(m) + ",  v_" + p + " ← β2·v + (1 − β2)·g² = "
                            + f(v) + ",  v̂ = " + f(vHat));
                    lines.add("μ_t = " + f(mu) + ",  Π = " + f(s(rec, "muProduct", 0)));
                    lines.add(theta + b7 + " − γ·(1 − μ_t)/(1 − Π)·g/(√v̂ + ε) − γ·μ_{t+1}/(1 − Π·μ_{t+1})"
                            + "·m/(√v̂ + ε) = " + a7);
                }
                case "radam" -> {
                    RAdam.View st = RAdam.View.of(rec.state());
                    lines.add("m_" + p + " = " + f(st.m()[i]) + ",  v_" + p + " = " + f(st.v()[i]) + ",  m̂ = "
                            + f(st.mHat()[i]));
                    if (st.rectified()) {
                        double eps = hp.getOrDefault("eps", 1e-8);
                        double bc2 = 1 - Math.pow(hp.getOrDefault("beta2", 0.999), t);
                        double l = Math.sqrt(bc2) / (Math.sqrt(st.v()[i]) + eps);
                        lines.add(theta + b7 + " − " + f(lr) + " × " + f(st.mHat()[i]) + " × r × l = " + b7 + " − "
                                + f(lr) + " × " + f(st.mHat()[i]) + " × " + f(st.r()) + " × " + f(l) + " = " + a7);
                    } else {
                        lines.add(theta + b7 + " − " + f(lr) + " × " + f(st.mHat()[i]) + " = " + a7);
                    }
                }
                case "rprop" -> {
                    Rprop.View st = Rprop.View.of(rec.state());
                    String etaBefore = t == 1 ? f(lr) : prevState(prev, "eta", i);
                    // g_prev·g decides; without record k − 1, a zeroed g_prev after a non-zero g means a flip
                    double product = t == 1 ? 0 : prev != null ? s(prev, "prevGrad", i) * g
                            : st.prevGrad()[i] == 0 && g != 0 ? -1 : Double.NaN;
                    String change = product > 0 ? "explain.rprop.grow" : product < 0 ? "explain.rprop.shrink"
                            : product == 0 ? "explain.rprop.keep" : null;
                    lines.add("η_" + p + ": " + etaBefore + " → " + f(st.eta()[i])
                            + (change == null ? "" : "  (" + tr.tr(change) + ")"));
                    double used = product < 0 ? 0 : g;
                    lines.add(theta + b7 + " − " + f(st.eta()[i]) + " × sign(" + f(used) + ") = " + a7);
                }
                case "asgd" -> {
                    Asgd.View st = Asgd.View.of(rec.state());
                    double lambd = hp.getOrDefault("lambd", 1e-4);
                    String eta = t == 1 ? f(lr) : prevState(prev, "eta", 0);
                    lines.add(theta + b7 + " × (1 − λ·η) − η × g = " + b7 + " × (1 − " + f(lambd) + " × " + eta
                            + ") − " + eta + " × " + f(g) + " = " + a7);
                    lines.add("ax_" + p + " = " + f(st.ax()[i]));
                }
                case "lion" -> {
                    Lion.View st = Lion.View.of(rec.state());
                    double b1 = hp.getOrDefault("beta1", 0.9);
                    double b2 = hp.getOrDefault("beta2", 0.99);
                    String shrink = wd != 0 ? " × (1 − " + f(lr) + " × " + f(wd) + ")" : "";
                    lines.add("c_" + p + " = β1·m + (1 − β1)·g = " + f(b1) + " × " + prevState(prev, "m", i) + " + "
                            + f(1 - b1) + " × " + f(g) + " = " + f(st.c()[i]));
                    lines.add(theta + b7 + shrink + " − " + f(lr) + " × sign(" + f(st.c()[i]) + ") = " + a7);
                    lines.add("m_" + p + " ← β2·m + (1 − β2)·g = " + f(b2) + " × " + prevState(prev, "m", i)
                            + " + " + f(1 - b2) + " × " + f(g) + " = " + f(st.m()[i]));
                }
                case "lbfgs" -> {
                    Lbfgs.View st = Lbfgs.View.of(rec.state());
                    lines.add(theta + b7 + " + t × d = " + b7 + " + " + f(rec.update(i) == 0 ? 0 : st.t()) + " × "
                            + f(st.d()[i]) + " = " + a7);
                }
                case "newton" -> {
                    Newton.View st = Newton.View.of(rec.state());
                    lines.add(theta + b7 + " − " + f(lr) + " × (H⁻¹g)_" + p + " = " + b7 + " − " + f(lr) + " × "
                            + f(st.hinvG()[i]) + " = " + a7);
                }
                default -> throw new IllegalStateException("Explainer has no explanation for optimizer '"
                        + optimizer.key() + "': add a case (and its messages)");
            }
        }
        if (rec.dimension() > n) {
            lines.add("… (" + (rec.dimension() - n) + " more)");
        }
        return lines;
    }

    /** Lines about the whole step rather than one coordinate (L-BFGS's memory, Newton's H, RAdam's ρ). */
    private static void whole(Optimizer optimizer, StepRecord rec, @Nullable StepRecord prev, List<String> names,
            StatusText.Translator tr, List<String> lines) {
        switch (optimizer.key()) {
            case "radam" -> {
                RAdam.View st = RAdam.View.of(rec.state());
                lines.add(st.rectified() ? tr.tr("explain.radam.rectified", f(st.rho()), f(st.r()))
                        : tr.tr("explain.radam.unrectified", f(st.rho())));
            }
            case "asgd" -> {
                Asgd.View st = Asgd.View.of(rec.state());
                lines.add(tr.tr("explain.asgd.average", f(st.eta()), f(st.mu())));
            }
            case "lbfgs" -> {
                Lbfgs.View st = Lbfgs.View.of(rec.state());
                Lbfgs o = (Lbfgs) optimizer;
                boolean moved = false;
                for (int i = 0; i < rec.dimension(); i++) {
                    moved |= rec.update(i) != 0;
                }
                if (st.iter() == 1 && moved) {
                    lines.add(tr.tr("explain.lbfgs.first"));
                }
                lines.add(tr.tr("explain.lbfgs.memory", Integer.toString(st.memory()),
                        Formats.num(o.historySize()), vec(st.d()), f(st.t())));
                if (o.lineSearch() && moved) {
                    lines.add(tr.tr("explain.lbfgs.lineSearch", Integer.toString(st.evals()), f(st.t())));
                }
                if (!moved) {
                    lines.add(tr.tr("explain.lbfgs.noMove"));
                }
            }
            case "newton" -> {
                Newton.View st = Newton.View.of(rec.state());
                StringBuilder h = new StringBuilder("H = [");
                for (int r = 0; r < st.hessian().length; r++) {
                    h.append(r == 0 ? "" : "; ").append(vec(st.hessian()[r]));
                }
                lines.add(h.append("],  det H = ").append(f(st.det())).toString());
                lines.add("H⁻¹g = " + vec(st.hinvG()));
                lines.add(tr.tr(st.positiveDefinite() ? "explain.newton.minimum" : "explain.newton.saddle"));
            }
            default -> {
            }
        }
    }

    private static String vec(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i > 0 ? ", " : "").append(Formats.num(v[i], DIGITS));
        }
        return sb.append(')').toString();
    }

    private static String prevState(@Nullable StepRecord prev, String name, int i) {
        if (prev == null) {
            return "…";
        }
        for (NamedVector v : prev.state()) {
            if (v.name().equals(name)) {
                return f(v.get(i));
            }
        }
        return "0";
    }

    private static double s(StepRecord r, String name, int i) {
        for (NamedVector v : r.state()) {
            if (v.name().equals(name)) {
                return i < v.size() ? v.get(i) : Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static String f7(double v) {
        return f(v);
    }

    private static String f(double v) {
        String s = Formats.num(v, DIGITS);
        return v < 0 ? "(" + s + ")" : s;
    }
}
