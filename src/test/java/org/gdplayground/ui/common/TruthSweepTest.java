package org.gdplayground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.engine.function.Minimum;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Run;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.engine.run.StopReason;
import org.gdplayground.session.Frame;
import org.gdplayground.system.DiagnosisText;
import org.gdplayground.system.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every surface × several learning rates × every optimizer: each number the status line, the diagnosis and "Explain
 * this step" print — in English and in Korean — is one of the run's own facts (its records, its stop reason, the
 * engine's diagnosis and checked suggestion), and those facts agree with the records and the surface's exact
 * derivatives. A number computed a second time somewhere (a 1e-82 "suggestion") has no fact to match and fails.
 */
class TruthSweepTest {

    private static final double[] LRS = {1e-10, 1e-3, 0.03, 0.3, 3};
    private static final Messages MESSAGES = new Messages();
    /** A number as the texts write it: digits, decimals, e-exponent, a true or ASCII minus; ∞. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.^_])[−-]?(?:\\d+(?:\\.\\d+)?(?:e[−-]?\\d+)?|∞)");

    @Test
    void everyNumberInStatusDiagnosisAndExplanationIsTheRunsOwn() {
        int runs = 0;
        int numbers = 0;
        int suggestions = 0;
        Set<String> codes = new HashSet<>();
        for (Objective f : Objectives.builtins()) {
            for (String key : Optimizers.keys()) {
                for (double lr : LRS) {
                    Optimizer o;
                    try {
                        o = Optimizers.create(key, Map.of("lr", lr));
                    } catch (RuntimeException outOfRange) {
                        continue;
                    }
                    Run run = Scenario.of(f, o).withSteps(60).start();
                    run.runToEnd(() -> false);
                    Diagnosis d = run.diagnosis();
                    codes.add(d.code().id());
                    List<StepRecord> records = run.records();
                    StepRecord last = run.latest();
                    String what = f.id() + " " + key + " lr " + lr + " → " + d;
                    factsAgreeWithTheRecords(f, d, records, last, what);
                    if (d.hasSuggestion()) {
                        suggestionHolds(run, d, what);
                        suggestions++;
                    }
                    Frame.RunView view = new Frame.RunView(records, last, run.status(), run.stopReason(), 0,
                            run.scenario().steps(), new org.gdplayground.session.Trace.Delta(new double[0],
                                    new double[0]), d);
                    Set<String> allowed = allowed(facts(view, d));
                    for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
                        StatusText.Translator tr = (k, a) -> MESSAGES.getTranslation(k, locale, a);
                        String status = StatusText.withDiagnosis(view, false, tr);
                        String sentence = DiagnosisText.of(d, MESSAGES, locale);
                        numbers += check(status, allowed, what);
                        numbers += check(sentence, allowed, what);
                        assertThat(status).as(what).doesNotContain("!").doesNotContain("{");
                    }
                    numbers += explanationAddsUp(o, f, records, what);
                    runs++;
                }
            }
        }
        assertThat(runs).isGreaterThan(1000);
        assertThat(numbers).isGreaterThan(10_000);
        assertThat(suggestions).isGreaterThan(50);
        assertThat(codes).contains("diverging", "too-slow", "global-minimum", "plateau", "unbounded");
    }

    /** The suggested lr, re-run on the same scenario, does what the sentence says it does. */
    private static void suggestionHolds(Run run, Diagnosis d, String what) {
        Optimizer o = run.scenario().optimizer();
        Map<String, Double> v = new java.util.HashMap<>(o.values());
        v.put("lr", d.suggestedLr());
        Run again = run.scenario().withOptimizer(Optimizers.create(o.key(), v)).start();
        again.runToEnd(() -> false);
        Diagnosis ad = again.diagnosis();
        double start = again.records().getFirst().loss();
        double end = again.latest().loss();
        assertThat(again.status()).as(what).isNotEqualTo(org.gdplayground.engine.run.Status.DIVERGED);
        assertThat(ad.code()).as(what).isNotIn(Diagnosis.Code.DIVERGING, Diagnosis.Code.UNBOUNDED);
        if (d.code() == Diagnosis.Code.DIVERGING) {
            assertThat(d.suggestedLr()).as(what).isLessThan(o.lr());
            assertThat(end).as(what).isLessThan(start);
        } else {
            assertThat(d.suggestedLr()).as(what).isGreaterThan(o.lr());
            double floor = run.scenario().objective().minima().isEmpty() ? Math.min(0, start)
                    : run.scenario().objective().minima().getFirst().value();
            assertThat(ad.code() == Diagnosis.Code.GLOBAL_MINIMUM || ad.code() == Diagnosis.Code.LOCAL_MINIMUM
                    || end - floor <= 0.5 * (start - floor)).as(what + " → " + ad).isTrue();
        }
    }

    /** The diagnosis' numbers are the records' numbers and the surface's exact ones. */
    private static void factsAgreeWithTheRecords(Objective f, Diagnosis d, List<StepRecord> records, StepRecord last,
            String what) {
        if (d.sinceStep() != Diagnosis.NO_STEP) {
            assertThat(d.sinceStep()).as(what).isBetween(0, last.k());
        }
        switch (d.details()) {
            case Diagnosis.Flat fl -> {
                assertThat(fl.loss()).as(what).isEqualTo(last.loss());
                assertThat(fl.point()).as(what).containsExactlyElementsOf(box(last.theta()));
                assertThat(fl.gradNorm()).as(what).isEqualTo(gradNorm(f, last.theta()));
            }
            case Diagnosis.Crawling c -> {
                assertThat(c.steps()).as(what).isEqualTo(last.k());
                assertThat(c.lr()).as(what).isEqualTo(last.lr());
                assertThat(c.gradNorm()).as(what).isEqualTo(gradNorm(f, last.theta()));
                double moved = 0;
                for (int i = 0; i < last.dimension(); i++) {
                    double dx = last.theta(i) - records.getFirst().theta(i);
                    moved += dx * dx;
                }
                assertThat(c.moved()).as(what).isEqualTo(Math.sqrt(moved));
            }
            case Diagnosis.Unbounded u -> {
                assertThat(u.startLoss()).as(what).isEqualTo(records.getFirst().loss());
                if (Double.isFinite(last.loss())) {
                    assertThat(u.loss()).as(what).isEqualTo(last.loss());
                }
                assertThat(u.loss()).as(what).isLessThan(u.startLoss());
            }
            case Diagnosis.AtMinimum m when m.catalogued() -> assertThat(f.minima().stream()
                    .anyMatch(x -> java.util.Arrays.equals(x.point(), m.minimum().point())
                            && x.value() == m.minimum().value())).as(what).isTrue();
            case Diagnosis.Diverging v -> {
                if (Double.isFinite(v.lr())) {
                    assertThat(v.lr()).as(what).isEqualTo(last.lr()); // constant lr in this sweep
                }
            }
            default -> {
            }
        }
    }

    /** Every number a run's texts may print, and why. */
    private static List<Double> facts(Frame.RunView v, Diagnosis d) {
        List<Double> n = new ArrayList<>();
        StepRecord last = v.latest();
        n.add((double) last.k());
        n.add((double) v.steps());
        n.add(last.loss());
        n.add(v.records().getFirst().loss());
        n.add(2.0); // the 2 of "2/L", the bound's name
        n.add(0.0); // "almost 0" (the saddle's words)
        n.add(d.suggestedLr());
        n.add((double) d.sinceStep());
        switch (v.reason()) {
            case StopReason.Diverged x -> {
                n.add(x.value());
                n.add(x.lastFiniteLoss());
            }
            case StopReason.GradientNormBelow g -> {
                n.add(g.norm());
                n.add(g.tol());
            }
            case StopReason.LossChangeBelow l -> {
                n.add(l.change());
                n.add(l.tol());
            }
            case null, default -> {
            }
        }
        switch (d.details()) {
            case Diagnosis.Diverging x -> {
                n.addAll(List.of((double) x.overSteps(), x.lossRatio(), x.lr(), x.twoOverL(),
                        (double) x.nonFiniteStep()));
            }
            case Diagnosis.Oscillating o -> n.addAll(List.of((double) o.window(), (double) o.reversals(),
                    o.lossRatio()));
            case Diagnosis.Flat fl -> {
                n.addAll(fl.point());
                n.addAll(fl.eigenvalues());
                n.add(fl.loss());
                n.add(fl.gradNorm());
            }
            case Diagnosis.AtMinimum m -> {
                add(n, m.minimum());
                if (m.global() != null) {
                    add(n, m.global());
                }
            }
            case Diagnosis.Crawling c -> n.addAll(List.of((double) c.steps(), c.lr(), 100 * c.closed(),
                    c.gradNorm(), c.moved()));
            case Diagnosis.Unbounded u -> n.addAll(List.of(u.startLoss(), u.loss()));
            case Diagnosis.Nothing x -> {
            }
        }
        return n;
    }

    private static void add(List<Double> n, Minimum m) {
        for (double x : m.point()) {
            n.add(x);
        }
        n.add(m.value());
    }

    /** The texts a fact may appear as: the status' 4 significant digits, the diagnosis' 3, a whole number. */
    private static Set<String> allowed(List<Double> facts) {
        Set<String> s = new HashSet<>();
        for (double v : facts) {
            s.add(canon(Formats.num(v)));
            s.add(canon(DiagnosisText.number(v)));
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                s.add(canon(Long.toString((long) v)));
            }
            if (Double.isInfinite(v) || Double.isNaN(v)) {
                s.add(v > 0 ? "∞" : "-∞");
            }
        }
        return s;
    }

    private static int check(String text, Set<String> allowed, String what) {
        int count = 0;
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String tok = canon(m.group());
            // a sign written as an operator ("loss −6.9e9" reads the same as "loss -6.9e9")
            assertThat(allowed.contains(tok) || allowed.contains(tok.replace("-", "")))
                    .as("%s%n  text: %s%n  number %s is none of the run's facts %s", what, text, tok, allowed)
                    .isTrue();
            count++;
        }
        return count;
    }

    /**
     * "Explain this step" for the last step and step 1: each "θ ← … = r" line starts from the record's θ before
     * the step and ends at its θ after, both written with the same digits; for plain gradient descent the shown
     * numbers reproduce the shown result: before − lr × g = after, to the last digit shown.
     */
    private static int explanationAddsUp(Optimizer o, Objective f, List<StepRecord> records, String what) {
        int count = 0;
        List<String> names = Axes.of(f).names();
        for (int at : new int[] {1, records.size() - 1}) {
            if (at < 1 || at >= records.size()) {
                continue;
            }
            StepRecord rec = records.get(at);
            StepRecord prev = records.get(at - 1).k() == rec.k() - 1 ? records.get(at - 1) : null;
            if (!finite(rec)) {
                continue;
            }
            List<String> lines = Explainer.explain(o, rec, prev, names,
                    (k, a) -> MESSAGES.getTranslation(k, Locale.ENGLISH, a));
            for (int i = 0; i < Math.min(rec.dimension(), Explainer.MAX_COORDS); i++) {
                String p = names.get(i);
                double after = rec.theta(i);
                double before = prev != null ? prev.theta(i) : after - rec.update(i);
                String line = lines.stream().filter(l -> l.startsWith(p + " ← ")).reduce((a, b) -> b)
                        .orElseThrow(() -> new AssertionError(what + ": no update line for " + p + " in " + lines));
                List<Double> nums = numbers(line.substring(line.indexOf('←')));
                assertThat(nums.getLast()).as("%s%n  %s", what, line)
                        .isEqualTo(Double.parseDouble(Formats.plain(after, Explainer.DIGITS)));
                count += nums.size();
                if (o.key().equals("sgd") && o.weightDecay() == 0) {
                    double b = nums.get(0);
                    double lr = nums.get(1);
                    double g = nums.get(2);
                    double shown = nums.get(3);
                    assertThat(b).as(what).isEqualTo(Double.parseDouble(Formats.plain(before, Explainer.DIGITS)));
                    double scale = Math.max(Math.abs(b), Math.max(Math.abs(lr * g), Math.abs(shown)));
                    assertThat(Math.abs(b - lr * g - shown)).as("%s: hand arithmetic of %s", what, line)
                            .isLessThanOrEqualTo(1.5e-6 * scale);
                    if (prev != null) { // the shown θ before is the previous record's θ, not after − Δθ
                        assertThat(b).as(what).isEqualTo(Double.parseDouble(Formats.plain(prev.theta(i),
                                Explainer.DIGITS)));
                    }
                }
            }
        }
        return count;
    }

    private static boolean finite(StepRecord r) {
        for (double x : r.theta()) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return Double.isFinite(r.loss());
    }

    private static List<Double> numbers(String text) {
        List<Double> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text.replace("(−", "(-").replace('−', '-'));
        while (m.find()) {
            String t = m.group();
            if (!t.equals("∞")) {
                out.add(Double.parseDouble(t));
            }
        }
        return out;
    }

    private static String canon(String s) {
        return s.replace('−', '-');
    }

    private static double gradNorm(Objective f, double[] theta) {
        double[] g = new double[f.dimension()];
        f.gradient(theta, g);
        double s = 0;
        for (double x : g) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static List<Double> box(double[] v) {
        List<Double> out = new ArrayList<>();
        for (double x : v) {
            out.add(x);
        }
        return out;
    }
}
