package org.gdplayground.ui.insight;

import java.util.ArrayList;
import java.util.List;
import org.gdplayground.engine.analysis.Insight;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Stability;
import org.gdplayground.ui.common.Formats;
import org.gdplayground.ui.common.StatusText;
import org.jspecify.annotations.Nullable;

/**
 * The stability picture in words: the numbers, the shape, and what the optimizer's own critical learning rate means for
 * the learning rate in force.
 */
final class StabilityText {

    /** Within this relative distance of 2/L the lr counts as "at" 2/L. */
    static final double AT_TOLERANCE = 1e-3;

    private StabilityText() {
    }

    /** The lines with the numbers: Hessian, eigenvalues, condition number, L and 2/L. */
    static List<String> numbers(Insight i, StatusText.Translator tr) {
        List<String> out = new ArrayList<>();
        StringBuilder h = new StringBuilder("[");
        for (int r = 0; r < i.hessian().length; r++) {
            h.append(r == 0 ? "" : "; ").append(row(i.hessian()[r]));
        }
        out.add(tr.tr("insight.stab.hessian", h.append(']')));
        out.add(tr.tr("insight.stab.eigen", Formats.vec(i.eigenvalues())));
        Double c = i.conditionNumber();
        out.add(c == null ? tr.tr("insight.stab.conditionNone") : tr.tr("insight.stab.condition", Formats.num(c)));
        Double crit = i.criticalLr();
        out.add(crit == null ? tr.tr("insight.stab.criticalNone")
                : tr.tr("insight.stab.critical", Formats.num(i.curvature()), Formats.num(crit)));
        return out;
    }

    /**
     * The optimizer's critical lr at this picture: its own bound on the local quadratic with curvature L
     * ({@link Optimizer#stability()}); null when it has none or L is zero.
     */
    static @Nullable Double criticalLr(Insight i, Optimizer optimizer) {
        return i.criticalLr() == null ? null : optimizer.stability().criticalLr(i.curvature());
    }

    /**
     * What the picture means for the run: the shape, then where the lr stands against the optimizer's own critical
     * lr — for plain gradient descent against 1/L and 2/L, for momentum, Nesterov, ASGD and Newton against their own
     * bound (with the sentence saying where it comes from), and for methods without such a bound the sentence saying
     * why there is none.
     */
    static List<String> verdict(Insight i, double lr, Optimizer optimizer, StatusText.Translator tr) {
        List<String> out = new ArrayList<>();
        out.add(tr.tr("insight.kind." + i.kind().key()));
        if (i.criticalLr() == null) {
            return out;
        }
        Stability st = optimizer.stability();
        Double crit = st.criticalLr(i.curvature());
        String name = tr.tr(optimizer.labelKey());
        if (crit == null) {
            out.add(tr.tr(st.noteKey(), name));
            return out;
        }
        if (!st.plainDescent()) {
            out.add(tr.tr(st.noteKey(), name, Formats.num(crit)));
        }
        if (i.kind() != Insight.Kind.MINIMUM) {
            return out;
        }
        String lrText = Formats.num(lr);
        String critText = Formats.num(crit);
        if (!st.plainDescent()) {
            out.add(Math.abs(lr - crit) <= AT_TOLERANCE * crit ? tr.tr("stability.verdict.at", lrText, name, critText)
                    : lr > crit ? tr.tr("stability.verdict.above", lrText, name, critText)
                    : tr.tr("stability.verdict.below", lrText, name, critText));
            return out;
        }
        double l = i.curvature() + st.l2();
        if (Math.abs(lr - crit) <= AT_TOLERANCE * crit) {
            out.add(tr.tr("insight.lr.at", lrText, critText));
        } else if (lr > crit) {
            out.add(tr.tr("insight.lr.above", lrText, critText, Formats.num(Math.abs(1 - lr * l))));
        } else if (lr > 1 / l) {
            out.add(tr.tr("insight.lr.zigzag", lrText, critText, Formats.num(1 / l)));
        } else {
            double slowest = 0;
            for (double v : i.eigenvalues()) {
                if (Math.abs(v) > Insight.RELATIVE_ZERO * Math.max(1, i.curvature())) {
                    slowest = Math.max(slowest, Math.abs(1 - lr * (v + st.l2())));
                }
            }
            out.add(tr.tr("insight.lr.below", lrText, Formats.num(1 / l), Formats.num(slowest)));
        }
        return out;
    }

    private static String row(double[] r) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < r.length; j++) {
            sb.append(j == 0 ? "" : ", ").append(Formats.num(r[j]));
        }
        return sb.toString();
    }
}
