package org.gdplayground.api;

import java.util.Locale;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.system.DiagnosisText;
import org.gdplayground.system.Messages;
import org.jspecify.annotations.Nullable;

/**
 * A run's diagnosis in an answer: {@code code} (diverging, oscillating, plateau, saddle, local-minimum,
 * global-minimum, none), the step it began ({@code null} for none) and the sentence in the request's language.
 */
record DiagnosisView(String code, @Nullable Integer sinceStep, String message) {

    static DiagnosisView of(Diagnosis d, Messages messages, Locale locale) {
        Integer since = d.sinceStep() == Diagnosis.NO_STEP ? null : d.sinceStep();
        return new DiagnosisView(d.code().id(), since, DiagnosisText.of(d, messages, locale));
    }
}
