package org.gdplayground.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.vaadin.flow.component.Component;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.session.Frame;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells a page that embeds this one (a lesson's live view, in an iframe of the same origin) how the run(s) ended or
 * where they paused: {@code window.parent.postMessage({type: "gdp-run", page, fn, schedule, batch, grad, initMode, h,
 * runs: [{index, opt, lr, momentum, status, finished, diagnosis, since, step, loss, theta}]})}. Nothing is sent when
 * the page is not embedded, while playing, or when nothing changed since the last report.
 */
public final class EmbedReport {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String POST = "if(window.parent!==window){window.parent.postMessage(JSON.parse($0),"
            + "window.location.origin)}";

    private final String page;
    private String last = "";

    /** @param page {@code playground} or {@code compare} */
    public EmbedReport(String page) {
        this.page = page;
    }

    /** Reports the runs unless they are still playing or nothing changed. */
    public void offer(Component view, ScenarioSpec spec, List<Frame.RunView> runs, boolean playing) {
        if (playing || runs.isEmpty()) {
            return;
        }
        String json = json(page, spec, runs);
        if (json.equals(last)) {
            return;
        }
        last = json;
        view.getElement().executeJs(POST, json);
    }

    /**
     * For a page that is not a scenario (the simpleNet page): reports one run of {@code opt} with learning rate
     * {@code lr} at step {@code step} (loss, parameters θ, finished or paused), unless playing or unchanged. A lesson
     * step whose live view is that page checks it with {@code page: <page>}.
     */
    public void offer(Component view, boolean playing, String opt, double lr, int step, double loss,
            boolean finished, double[] theta) {
        if (playing) {
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "gdp-run");
        m.put("page", page);
        m.put("fn", page);
        m.put("schedule", "constant");
        m.put("batch", "full");
        m.put("grad", "analytic");
        m.put("initMode", "given");
        m.put("h", 1e-4);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("index", 1);
        r.put("opt", opt);
        r.put("lr", lr);
        r.put("momentum", null);
        r.put("status", finished ? "max-steps" : "running");
        r.put("finished", finished);
        r.put("diagnosis", "none");
        r.put("since", -1);
        r.put("step", step);
        r.put("loss", finite(loss));
        List<Object> t = new ArrayList<>();
        for (double v : theta) {
            t.add(finite(v));
        }
        r.put("theta", t);
        m.put("runs", List.of(r));
        String json = JSON.writeValueAsString(m);
        if (!json.equals(last)) {
            last = json;
            view.getElement().executeJs(POST, json);
        }
    }

    static String json(String page, ScenarioSpec spec, List<Frame.RunView> runs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "gdp-run");
        m.put("page", page);
        m.put("fn", spec.fn());
        m.put("schedule", spec.schedule());
        m.put("batch", spec.batch() == null ? "full" : spec.batch().toString());
        m.put("grad", spec.grad());
        m.put("initMode", spec.initMode());
        m.put("h", spec.h());
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < runs.size() && i < spec.runs().size(); i++) {
            Frame.RunView v = runs.get(i);
            RunSpec rs = spec.runs().get(i);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("index", i + 1);
            r.put("opt", rs.opt());
            r.put("lr", rs.lr());
            r.put("momentum", rs.hyper().get("momentum"));
            r.put("status", v.finished() ? v.status().name().toLowerCase(Locale.ROOT).replace('_', '-') : "running");
            r.put("finished", v.finished());
            r.put("diagnosis", v.diagnosis().code().id());
            r.put("since", v.diagnosis().sinceStep());
            r.put("step", v.latest().k());
            r.put("loss", finite(v.latest().loss()));
            List<Object> theta = new ArrayList<>();
            for (double t : v.latest().theta()) {
                theta.add(finite(t));
            }
            r.put("theta", theta);
            out.add(r);
        }
        m.put("runs", out);
        return JSON.writeValueAsString(m);
    }

    /** JSON has no non-finite numbers: they travel as strings ("NaN", "Infinity", "-Infinity"). */
    private static Object finite(double v) {
        return Double.isFinite(v) ? (Object) v : Double.toString(v);
    }
}
