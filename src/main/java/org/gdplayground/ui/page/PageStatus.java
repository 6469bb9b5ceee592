package org.gdplayground.ui.page;

import java.util.Locale;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.session.Frame;
import org.gdplayground.system.DiagnosisText;
import org.gdplayground.ui.common.LiveText;
import org.gdplayground.ui.common.StatusText;

/**
 * The status line of a run page ({@code #status}): what one run or the runs in lock step are doing, an invalid form, a
 * busy server. The text goes to the {@link LiveText} component; the state travels as {@code data-state},
 * {@code data-step} (and for one run {@code data-loss}, {@code data-diagnosis}) for tests and scripts.
 */
public final class PageStatus {

    private final LiveText text;
    private String diagnosisKey = "";
    private String diagnosisText = "";

    public PageStatus(LiveText text) {
        this.text = text;
        text.setId("status");
        text.addClassName("gdp-status");
    }

    /** A field is invalid: the sentence says which, Play starts nothing. */
    public void invalid(String sentence) {
        text.setText(sentence);
        text.addClassName("gdp-status-invalid");
        text.getElement().setAttribute("data-state", "invalid");
    }

    public void clearInvalid() {
        text.removeClassName("gdp-status-invalid");
    }

    /** A plain sentence (the server is busy). */
    public void say(String sentence) {
        text.setText(sentence);
    }

    /** One run: its sentence with the diagnosis after it, and its state as data attributes. */
    public void run(Frame.RunView v, boolean playing, StatusText.Translator t, Locale locale) {
        clearInvalid();
        text.setText(StatusText.withDiagnosis(v, playing, t, d -> diagnosisSentence(d, t, locale)));
        text.getElement().setAttribute("data-state", v.status().name().toLowerCase(Locale.ROOT));
        text.getElement().setAttribute("data-step", Integer.toString(v.latest().k()));
        text.getElement().setAttribute("data-loss", Double.toString(v.latest().loss()));
        text.getElement().setAttribute("data-diagnosis", v.diagnosis().code().id());
    }

    /** Several runs in lock step: ready, running or paused at step k, or how they all ended (as their rows say). */
    public void runs(Frame f, int steps, boolean playing, StatusText.Translator t) {
        clearInvalid();
        RunOutcome.Tally tally = RunOutcome.tally(f.runs());
        String n = Integer.toString(tally.runs());
        String k = Integer.toString(f.step());
        String of = Integer.toString(steps);
        String state;
        if (f.finished()) {
            state = "finished";
            text.setText(t.tr("cmp.status.finished", n, Integer.toString(tally.allSteps()),
                    Integer.toString(tally.tolerance()), Integer.toString(tally.diverged())));
        } else if (f.step() == 0 && !playing) {
            state = "ready";
            text.setText(t.tr("cmp.status.ready", n, of));
        } else {
            state = playing ? "running" : "paused";
            text.setText(t.tr("cmp.status." + state, k, of, Integer.toString(tally.going()), n));
        }
        text.getElement().setAttribute("data-state", state);
        text.getElement().setAttribute("data-step", k);
    }

    /** The diagnosis in words, rebuilt only when it changes (not on every frame). */
    private String diagnosisSentence(Diagnosis d, StatusText.Translator t, Locale locale) {
        // the whole diagnosis (its numbers and checked suggestion), not only its code: a new run with the same code
        // must not keep the previous run's numbers
        String key = d + "|" + locale;
        if (!key.equals(diagnosisKey)) {
            diagnosisKey = key;
            diagnosisText = DiagnosisText.of(d, t::tr);
        }
        return diagnosisText;
    }
}
