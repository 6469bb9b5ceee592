package org.gdplayground.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gdplayground.scenario.Control;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioSpec;

/**
 * A resolved scenario as the API shows it: every parameter of the language by its public name, defaults filled in,
 * in the order docs/using.md#every-parameter lists them. {@code tol} and {@code lossTol} are {@code null} when off; {@code batch} is
 * {@code "full"} or the size; {@code expr} is present for {@code fn=custom} only, {@code init} for
 * {@code initMode=given} only.
 */
final class ScenarioView {

    private ScenarioView() {
    }

    /** A playground scenario: the shared parameters with its one optimizer block after {@code fn}/{@code expr}. */
    static Map<String, Object> single(ScenarioSpec spec) {
        Map<String, Object> m = new LinkedHashMap<>();
        putSurface(m, spec);
        putRun(m, spec.run());
        putRest(m, spec);
        return m;
    }

    /** What the runs of a comparison share: everything but the optimizer blocks. */
    static Map<String, Object> shared(ScenarioSpec spec) {
        Map<String, Object> m = new LinkedHashMap<>();
        putSurface(m, spec);
        putRest(m, spec);
        return m;
    }

    private static void putSurface(Map<String, Object> m, ScenarioSpec spec) {
        m.put("fn", spec.fn());
        if (spec.expr() != null) {
            m.put("expr", spec.expr());
        }
    }

    private static void putRun(Map<String, Object> m, RunSpec run) {
        m.put("opt", run.opt());
        m.put("lr", run.lr());
        m.putAll(run.hyper());
    }

    private static void putRest(Map<String, Object> m, ScenarioSpec spec) {
        m.put("initMode", spec.initMode());
        if (spec.initMode().equals("given")) {
            m.put("init", spec.init());
        }
        m.put("steps", spec.steps());
        m.put("batch", spec.batch() == null ? "full" : spec.batch());
        m.put("shuffle", spec.shuffle());
        m.put("seed", spec.seed());
        m.put("grad", spec.grad());
        m.put("h", spec.h());
        m.put("schedule", spec.schedule());
        m.putAll(spec.scheduleParams());
        m.put("warmup", spec.warmup());
        m.put("tol", spec.tol());
        m.put("lossTol", spec.lossTol());
        m.put("points", spec.points());
        m.put("hide", spec.hide().stream().map(Control::id).toList());
        m.put("lock", spec.lock().stream().map(Control::id).toList());
    }
}
