package org.gdplayground.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.gdplayground.engine.run.Status;
import org.gdplayground.engine.run.StopReason;
import org.gdplayground.system.Messages;

/** Why a run ended, for the API: a stable machine-readable code and a sentence in the request's language. */
final class StopReasons {

    /** A reason: {@code code} such as {@code non-finite-loss}, {@code sentence} localized. */
    record Reason(String code, String sentence) {
    }

    private StopReasons() {
    }

    /** {@code converged}, {@code max-steps}, {@code diverged} (and {@code running}, {@code cancelled}). */
    static String status(Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String code(StopReason reason) {
        return switch (reason) {
            case StopReason.MaxSteps m -> "max-steps";
            case StopReason.GradientNormBelow g -> "gradient-norm-below-tol";
            case StopReason.LossChangeBelow l -> "loss-change-below-tol";
            case StopReason.Diverged d -> switch (d.kind()) {
                case NON_FINITE_LOSS -> "non-finite-loss";
                case NON_FINITE_PARAMS -> "non-finite-params";
                case NON_FINITE_GRADIENT -> "non-finite-gradient";
                case SINGULAR_HESSIAN -> "singular-hessian";
            };
            case StopReason.Cancelled c -> "cancelled";
        };
    }

    static Reason of(StopReason reason, int stopStep, Messages messages, Locale locale) {
        String code = code(reason);
        String k = Integer.toString(stopStep);
        String sentence = switch (reason) {
            case StopReason.MaxSteps m -> messages.getTranslation("api.reason." + code, locale, k);
            case StopReason.GradientNormBelow g ->
                    messages.getTranslation("api.reason." + code, locale, k, number(g.norm()), number(g.tol()));
            case StopReason.LossChangeBelow l ->
                    messages.getTranslation("api.reason." + code, locale, k, number(l.change()), number(l.tol()));
            case StopReason.Diverged d -> stopStep == 0
                    ? messages.getTranslation("api.reason.non-finite-start", locale, number(d.value()))
                    : messages.getTranslation("api.reason." + code, locale, k, number(d.value()),
                            number(d.lastFiniteLoss()));
            case StopReason.Cancelled c -> messages.getTranslation("api.reason." + code, locale, k);
        };
        return new Reason(code, sentence);
    }

    /** Four significant digits for a sentence: {@code 0.001235}, {@code 1.235E+12}, {@code Infinity}. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toString();
    }
}
