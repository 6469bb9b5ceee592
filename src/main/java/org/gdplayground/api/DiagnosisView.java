package org.gdplayground.api;

import java.util.Locale;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.system.DiagnosisText;
import org.gdplayground.system.Messages;
import org.jspecify.annotations.Nullable;

/**
 * A run's diagnosis in an answer: {@code code} (diverging, oscillating, plateau, saddle, local-minimum,
 * too-slow, unbounded, global-minimum, none), the step it began ({@code null} for none), the sentence in the request's
 * language, and {@code suggestedLr}: a learning rate the engine checked by re-running the same scenario with it (for
 * diverging: the run does not diverge; for too-slow: it reaches a minimum or halves the loss gap); {@code null} when
 * none was found or none applies.
 */
record DiagnosisView(String code, @Nullable Integer sinceStep, String message, @Nullable Double suggestedLr) {

    static DiagnosisView of(Diagnosis d, Messages messages, Locale locale) {
        Integer since = d.sinceStep() == Diagnosis.NO_STEP ? null : d.sinceStep();
        return new DiagnosisView(d.code().id(), since, DiagnosisText.of(d, messages, locale),
                d.hasSuggestion() ? d.suggestedLr() : null);
    }
}
