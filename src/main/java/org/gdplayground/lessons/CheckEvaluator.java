package org.gdplayground.lessons;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges a learner's run by a step's {@link Check}: the success message when the goal holds, else the first reaction
 * whose situation holds, else the hint. Messages may name the run's numbers: {@code {step}}, {@code {since}},
 * {@code {loss}}, {@code {lr}}, {@code {opt}}, {@code {theta}} (of the run the condition is about).
 */
public final class CheckEvaluator {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(step|since|loss|lr|opt|theta|momentum)}");

    /** Whether the goal was met, and what to say. */
    public enum Verdict {
        PASSED,
        REACTION,
        HINT
    }

    /** The result of a check. */
    public record Feedback(Verdict verdict, String message) {

        public boolean passed() {
            return verdict == Verdict.PASSED;
        }
    }

    private CheckEvaluator() {
    }

    public static Feedback evaluate(Check check, RunOutcome outcome, Locale locale) {
        if (check.goal().holds(outcome)) {
            return new Feedback(Verdict.PASSED, fill(check.success().in(locale), check.goal(), outcome));
        }
        for (Check.Reaction r : check.reactions()) {
            if (r.when().holds(outcome)) {
                return new Feedback(Verdict.REACTION, fill(r.say().in(locale), r.when(), outcome));
            }
        }
        return new Feedback(Verdict.HINT, fill(check.hint().in(locale), check.goal(), outcome));
    }

    /** Fills the placeholders with the numbers of the run {@code about} is about. */
    static String fill(String message, Condition about, RunOutcome outcome) {
        RunOutcome.Run run = about.run(outcome);
        if (run == null && !outcome.runs().isEmpty()) {
            run = outcome.runs().get(0);
        }
        if (run == null) {
            return message;
        }
        RunOutcome.Run r = run;
        Matcher m = PLACEHOLDER.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "step" -> Integer.toString(r.step());
                case "since" -> Integer.toString(Math.max(r.since(), 0));
                case "loss" -> num(r.loss());
                case "lr" -> num(r.lr());
                case "opt" -> r.opt();
                case "momentum" -> r.momentum() == null ? "—" : num(r.momentum());
                default -> vec(r.theta());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** 4 significant digits, e-notation for tiny or huge magnitudes, ∞ and NaN spelled out. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        String s = a >= 1e-4 && a < 1e6 ? new java.math.BigDecimal(v).round(new java.math.MathContext(4))
                .stripTrailingZeros().toPlainString() : String.format(Locale.ROOT, "%.3e", v)
                .replaceAll("\\.?0+e", "e").replace("e+0", "e").replace("e+", "e").replace("e-0", "e-");
        return s;
    }

    static String vec(java.util.List<Double> v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(num(v.get(i)));
        }
        return sb.append(')').toString();
    }
}
