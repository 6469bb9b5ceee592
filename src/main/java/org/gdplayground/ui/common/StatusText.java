package org.gdplayground.ui.common;

import java.util.List;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.engine.run.StopReason;
import org.gdplayground.session.Frame;

/** The status line's sentence for a run, e.g. "Diverged at step 1938: lr too large: loss grew from 25 to 1.2e308". */
public final class StatusText {

    /** Translates a key with arguments in the page's language. */
    @FunctionalInterface
    public interface Translator {
        String tr(String key, Object... args);
    }

    private StatusText() {
    }

    /**
     * The status line with the run's diagnosis after it when there is one ("Finished all 100 steps · loss 1.7e17 ·
     * Diverging since step 1: loss ×12.8 in 7 steps — lr 1.1 is above 2/L = 1.").
     */
    public static String withDiagnosis(Frame.RunView run, boolean playing, Translator translator) {
        return withDiagnosis(run, playing, translator,
                d -> org.gdplayground.system.DiagnosisText.of(d, translator::tr));
    }

    /** As above, with the diagnosis sentence from {@code sentence} (a page caches it: it changes rarely). */
    public static String withDiagnosis(Frame.RunView run, boolean playing, Translator translator,
            java.util.function.Function<org.gdplayground.engine.diagnosis.Diagnosis, String> sentence) {
        String line = of(run, playing, translator);
        var d = run.diagnosis();
        if (d.code() == org.gdplayground.engine.diagnosis.Diagnosis.Code.NONE) {
            return line;
        }
        if (run.status() == org.gdplayground.engine.run.Status.DIVERGED) {
            // The line already says where and why it blew up; add only how early the diagnosis saw it coming.
            return d.sinceStep() >= 0 && d.sinceStep() < run.latest().k()
                    ? line + " · " + translator.tr("status.divergingSince", Integer.toString(d.sinceStep()))
                    : line;
        }
        return line + " · " + sentence.apply(d);
    }

    public static String of(Frame.RunView run, boolean playing, Translator translator) {
        // Whole numbers go in as text: MessageFormat would group them ("1,938").
        Translator t = (key, args) -> {
            Object[] a = args.clone();
            for (int i = 0; i < a.length; i++) {
                if (a[i] instanceof Integer || a[i] instanceof Long) {
                    a[i] = a[i].toString();
                }
            }
            return translator.tr(key, a);
        };
        StepRecord last = run.latest();
        String loss = Formats.num(last.loss());
        StopReason reason = run.reason();
        if (reason == null) {
            if (last.k() == 0 && !playing) {
                return t.tr("status.ready", run.steps(), loss);
            }
            return t.tr(playing ? "status.running" : "status.paused", last.k(), run.steps(), loss);
        }
        return switch (reason) {
            case StopReason.MaxSteps m -> t.tr("status.maxSteps", m.steps(), loss);
            case StopReason.GradientNormBelow g -> t.tr("status.convergedGrad", last.k(), Formats.num(g.norm()),
                    Formats.num(g.tol()), loss);
            case StopReason.LossChangeBelow l -> t.tr("status.convergedLoss", last.k(), Formats.num(l.change()),
                    Formats.num(l.tol()), loss);
            case StopReason.Diverged d when last.k() == 0 -> t.tr("status.cannotStart", Formats.num(d.value()));
            case StopReason.Diverged d -> t.tr("status.diverged", last.k(), diverged(d, run.records(), t,
                    run.diagnosis().details() instanceof org.gdplayground.engine.diagnosis.Diagnosis.Diverging v
                            ? v.twoOverL() : Double.NaN));
            case StopReason.Cancelled c -> t.tr("status.cancelled", c.steps());
        };
    }

    static String diverged(StopReason.Diverged d, List<StepRecord> records, Translator t) {
        return diverged(d, records, t, Double.NaN);
    }

    /** As above; {@code twoOverL}: the engine's 2/L when it knows it (used when the records are too thin to tell). */
    static String diverged(StopReason.Diverged d, List<StepRecord> records, Translator t, double twoOverL) {
        double first = records.isEmpty() ? Double.NaN : records.get(0).loss();
        return switch (d.kind()) {
            case NON_FINITE_LOSS -> {
                double suggestion = suggestLr(records);
                if (!Double.isFinite(suggestion) && twoOverL > 0 && Double.isFinite(twoOverL)) {
                    double p = Math.pow(10, Math.floor(Math.log10(twoOverL * (1 + 1e-9))));
                    suggestion = Math.floor(twoOverL * (1 + 1e-9) / p) * p;
                }
                if (Double.isFinite(first) && d.lastFiniteLoss() > first && Double.isFinite(suggestion)) {
                    yield t.tr("diverged.lrTooLarge", Formats.num(first), Formats.num(d.lastFiniteLoss()),
                            Formats.num(suggestion, 1));
                }
                yield t.tr("diverged.lossInfinite", Formats.num(d.value()), Formats.num(d.lastFiniteLoss()));
            }
            case NON_FINITE_PARAMS -> t.tr("diverged.params", Formats.num(d.value()));
            case NON_FINITE_GRADIENT -> t.tr("diverged.gradient", Formats.num(d.value()));
            case SINGULAR_HESSIAN -> t.tr("diverged.singularHessian", Formats.num(d.value()));
        };
    }

    /**
     * Largest stable plain-gradient-descent learning rate 2/L, with the curvature L estimated by secants
     * ‖g(θₖ) − g(θₖ₋₁)‖ / ‖θₖ − θₖ₋₁‖ over the first recorded steps (exact for a quadratic); NaN when unknown.
     */
    static double suggestLr(List<StepRecord> records) {
        double l = 0;
        for (int i = 1; i + 1 < records.size() && i < 20; i++) {
            StepRecord a = records.get(i);
            StepRecord b = records.get(i + 1);
            if (b.k() != a.k() + 1) {
                break;
            }
            double dg = 0;
            double dt = 0;
            for (int j = 0; j < a.dimension(); j++) {
                double x = b.grad(j) - a.grad(j);
                dg += x * x;
                dt += a.update(j) * a.update(j);
            }
            if (dt > 0 && Double.isFinite(dg) && Double.isFinite(dt)) {
                l = Math.max(l, Math.sqrt(dg / dt));
            }
        }
        if (!(l > 0) || !Double.isFinite(l)) {
            return Double.NaN;
        }
        double s = 2 / l * (1 + 1e-9);
        double p = Math.pow(10, Math.floor(Math.log10(s)));
        return Math.floor(s / p) * p;
    }
}
