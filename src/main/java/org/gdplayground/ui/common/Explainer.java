package org.gdplayground.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.gdplayground.engine.optimizer.Explanation;
import org.gdplayground.engine.optimizer.NamedVector;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.optimizer.State;
import org.gdplayground.engine.run.StepRecord;
import org.jspecify.annotations.Nullable;

/**
 * "Explain this step": the optimizer's update rule written out with step k's own numbers, one coordinate per line
 * group, e.g. {@code w ← 1.5 − 0.1 × 2.99 = 1.201}. Every number (θ, g, the state, the result) is written with the
 * same {@value #DIGITS} significant digits, so a learner who redoes the arithmetic with the numbers shown gets the
 * shown result to within one unit in its last digit; the result on the right is the engine's value from the step
 * record, rounded the same way.
 *
 * <p>The rule's lines are the optimizer's own ({@link Optimizer#explainStep}, {@link Optimizer#explainCoordinate}):
 * this class only frames them (the rule in words first, L2 weight decay, "… more") and supplies the step's numbers,
 * how they are shown and the reader's language ({@link Explanation}). The words come from the bundles
 * ({@link Optimizer#explanationKeys()}); a test over {@link Optimizers#all()} checks they exist in both languages.
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
        return Optimizers.get(key).defaults().explanationKeys();
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
     */
    public static List<String> explain(Optimizer optimizer, StepRecord rec, @Nullable StepRecord prev,
            List<String> names, StatusText.Translator tr) {
        List<String> lines = new ArrayList<>();
        if (rec.k() == 0) {
            return lines;
        }
        lines.add(tr.tr("explain." + optimizer.key() + ".rule"));
        double wd = optimizer.decoupledWeightDecay() ? 0 : optimizer.weightDecay();
        Step x = new Step(rec, prev, names, tr, wd, lines);
        optimizer.explainStep(x);
        int n = Math.min(rec.dimension(), MAX_COORDS);
        for (int i = 0; i < n; i++) {
            if (wd != 0) {
                String p = names.get(i);
                double g0 = rec.grad(i);
                double before = x.before(i);
                lines.add("g_" + p + " = " + f(g0) + " + λ × " + p + " = " + f(g0) + " + " + f(wd) + " × " + f(before)
                        + " = " + f(x.grad(i)));
            }
            optimizer.explainCoordinate(x, i);
        }
        if (rec.dimension() > n) {
            lines.add("… (" + (rec.dimension() - n) + " more)");
        }
        return lines;
    }

    /** Step k of a run as the optimizer's explanation reads it. */
    private record Step(StepRecord rec, @Nullable StepRecord prev, List<String> names, StatusText.Translator translator,
            double l2, List<String> lines) implements Explanation {

        @Override
        public int t() {
            return rec.k();
        }

        @Override
        public double lr() {
            return rec.lr();
        }

        @Override
        public int dimension() {
            return rec.dimension();
        }

        @Override
        public String name(int i) {
            return names.get(i);
        }

        @Override
        public double before(int i) {
            // θ before the step: record k − 1's own θ when it was kept (after − Δθ cancels when θ is huge)
            StepRecord p = prev;
            return p != null && p.k() == rec.k() - 1 ? p.theta(i) : rec.theta(i) - rec.update(i);
        }

        @Override
        public double after(int i) {
            return rec.theta(i);
        }

        @Override
        public double update(int i) {
            return rec.update(i);
        }

        @Override
        public double grad(int i) {
            return l2 == 0 ? rec.grad(i) : rec.grad(i) + l2 * before(i);
        }

        @Override
        public State state() {
            return new State(rec.state());
        }

        @Override
        public double state(String name, int i) {
            return Explainer.s(rec, name, i);
        }

        @Override
        public boolean hasPrevious() {
            return prev != null;
        }

        @Override
        public double previous(String name, int i) {
            StepRecord p = prev;
            return p == null ? Double.NaN : Explainer.s(p, name, i);
        }

        @Override
        public String previousText(String name, int i) {
            return prevState(prev, name, i);
        }

        @Override
        public String f(double v) {
            return Explainer.f(v);
        }

        @Override
        public String f7(double v) {
            return Explainer.f7(v);
        }

        @Override
        public String num(double v) {
            return Formats.num(v);
        }

        @Override
        public String vec(double[] v) {
            return Explainer.vec(v);
        }

        @Override
        public String tr(String key, Object... args) {
            return translator.tr(key, args);
        }

        @Override
        public void line(String text) {
            lines.add(text);
        }
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

    private static String vec(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i > 0 ? ", " : "").append(Formats.num(v[i], DIGITS));
        }
        return sb.append(')').toString();
    }
}
