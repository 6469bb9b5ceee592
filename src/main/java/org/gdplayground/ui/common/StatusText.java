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
        if (run.status() == org.gdplayground.engine.run.Status.DIVERGED
                && d.code() == org.gdplayground.engine.diagnosis.Diagnosis.Code.DIVERGING) {
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
            case StopReason.MaxSteps m when run.diagnosis().code()
                    == org.gdplayground.engine.diagnosis.Diagnosis.Code.UNBOUNDED -> t.tr("status.unbounded",
                            m.steps(), loss);
            case StopReason.MaxSteps m -> t.tr("status.maxSteps", m.steps(), loss);
            case StopReason.GradientNormBelow g -> t.tr("status.convergedGrad", last.k(), Formats.num(g.norm()),
                    Formats.num(g.tol()), loss);
            case StopReason.LossChangeBelow l -> t.tr("status.convergedLoss", last.k(), Formats.num(l.change()),
                    Formats.num(l.tol()), loss);
            case StopReason.Diverged d when last.k() == 0 -> t.tr("status.cannotStart", Formats.num(d.value()));
            case StopReason.Diverged d -> {
                double lr = run.diagnosis().suggestedLr();
                String why = diverged(d, run.records(), t, lr);
                String line = t.tr("status.diverged", last.k(), why);
                // quote the engine's checked suggestion once: in the reason when it went there, else after it
                yield Double.isFinite(lr) && !why.contains(Formats.num(lr))
                        ? line + " · " + t.tr("diagnosis.suggest.smaller", Formats.num(lr)) : line;
            }
            case StopReason.Cancelled c -> t.tr("status.cancelled", c.steps());
        };
    }

    static String diverged(StopReason.Diverged d, List<StepRecord> records, Translator t) {
        return diverged(d, records, t, Double.NaN);
    }

    /**
     * Why the run diverged. {@code suggestedLr}: the engine's checked suggestion ({@code Diagnosis#suggestedLr}, NaN
     * when there is none): the status quotes it and never estimates one of its own.
     */
    static String diverged(StopReason.Diverged d, List<StepRecord> records, Translator t, double suggestedLr) {
        double first = records.isEmpty() ? Double.NaN : records.get(0).loss();
        return switch (d.kind()) {
            case NON_FINITE_LOSS -> {
                if (Double.isFinite(first) && d.lastFiniteLoss() > first) {
                    yield Double.isFinite(suggestedLr)
                            ? t.tr("diverged.lrTooLarge.checked", Formats.num(first), Formats.num(d.lastFiniteLoss()),
                                    Formats.num(suggestedLr))
                            : t.tr("diverged.lrTooLarge.unchecked", Formats.num(first),
                                    Formats.num(d.lastFiniteLoss()));
                }
                yield t.tr("diverged.lossInfinite", Formats.num(d.value()), Formats.num(d.lastFiniteLoss()));
            }
            case NON_FINITE_PARAMS -> t.tr("diverged.params", Formats.num(d.value()));
            case NON_FINITE_GRADIENT -> t.tr("diverged.gradient", Formats.num(d.value()));
            case SINGULAR_HESSIAN -> t.tr("diverged.singularHessian", Formats.num(d.value()));
        };
    }
}
