package org.gdplayground.ui.insight;

import java.util.ArrayList;
import java.util.List;
import org.gdplayground.engine.analysis.Insight;
import org.gdplayground.ui.common.Formats;
import org.gdplayground.ui.common.StatusText;

/** The stability picture in words: the numbers, the shape, and what 2/L means for the learning rate in force. */
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
     * What the picture means for the run: the shape, and for plain gradient descent ({@code sgd}) where the lr
     * stands against 1/L and 2/L; for any other optimizer that 2/L is a reference for plain descent only.
     */
    static List<String> verdict(Insight i, double lr, String optKey, StatusText.Translator tr) {
        List<String> out = new ArrayList<>();
        out.add(tr.tr("insight.kind." + i.kind().key()));
        Double crit = i.criticalLr();
        if (crit == null) {
            return out;
        }
        if (!optKey.equals("sgd")) {
            out.add(tr.tr("insight.lr.other", tr.tr("opt." + optKey + ".name"), Formats.num(crit)));
            return out;
        }
        if (i.kind() != Insight.Kind.MINIMUM) {
            return out;
        }
        String lrText = Formats.num(lr);
        double l = i.curvature();
        if (Math.abs(lr - crit) <= AT_TOLERANCE * crit) {
            out.add(tr.tr("insight.lr.at", lrText, Formats.num(crit)));
        } else if (lr > crit) {
            out.add(tr.tr("insight.lr.above", lrText, Formats.num(crit), Formats.num(Math.abs(1 - lr * l))));
        } else if (lr > 1 / l) {
            out.add(tr.tr("insight.lr.zigzag", lrText, Formats.num(crit), Formats.num(1 / l)));
        } else {
            double slowest = 0;
            for (double v : i.eigenvalues()) {
                if (Math.abs(v) > Insight.RELATIVE_ZERO * Math.max(1, l)) {
                    slowest = Math.max(slowest, Math.abs(1 - lr * v));
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
