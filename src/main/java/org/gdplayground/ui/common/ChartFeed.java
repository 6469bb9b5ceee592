package org.gdplayground.ui.common;

import java.util.List;
import java.util.function.Function;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.session.Frame;
import org.gdplayground.ui.chart.JsonText;
import org.jspecify.annotations.Nullable;

/**
 * Frame → what the browser-drawn charts append: for each run only the points traced since the previous frame (the
 * playback thins them by pixel as the engine steps), the current point, and optionally the gradient arrow there.
 * A frame therefore costs the same early and late in a long run. Plain Java, no Vaadin; series ids are the runs'
 * indexes.
 */
public final class ChartFeed {

    private ChartFeed() {
    }

    /** The contour delta: new path points, the current point of every run and, when asked, −∇f there. */
    public static String contour(Frame f, Objective o, boolean arrows) {
        JsonText j = new JsonText(512).beginObject();
        pointsAndCurrent(j, f, v -> v.delta().path(), r -> new double[] {r.theta(0), r.theta(1)});
        arrowsTo(j, o, arrows ? f.runs().stream().map(Frame.RunView::latest).toList() : null);
        j.key("playing").value(f.playing());
        return j.endObject().toString();
    }

    /** The loss delta: new (k, loss) points and the current one of every run. */
    public static String loss(Frame f) {
        JsonText j = new JsonText(256).beginObject();
        pointsAndCurrent(j, f, v -> v.delta().loss(), r -> new double[] {r.k(), r.loss()});
        j.key("playing").value(f.playing());
        if (f.finished()) {
            j.key("finished").value(true); // the k axis then ends at the last step, not at the next round number
        }
        return j.endObject().toString();
    }

    /** Only the arrows at the given records (e.g. after the arrow toggle or a scrub), or none. */
    public static String arrows(Objective o, @Nullable List<StepRecord> at) {
        JsonText j = new JsonText(128).beginObject();
        arrowsTo(j, o, at);
        return j.endObject().toString();
    }

    /**
     * The "shown step" marks on a contour ({@code contour} true: θ₀, θ₁) or the loss chart (k, loss), one per run;
     * {@code {}} when following the newest step.
     */
    public static String mark(@Nullable List<StepRecord> shown, boolean contour) {
        JsonText j = new JsonText(96).beginObject();
        if (shown != null) {
            for (int i = 0; i < shown.size(); i++) {
                StepRecord r = shown.get(i);
                if (contour) {
                    j.key(Integer.toString(i)).numbers(r.theta(0), r.theta(1));
                } else {
                    j.key(Integer.toString(i)).numbers(r.k(), r.loss());
                }
            }
        }
        return j.endObject().toString();
    }

    /** Each run's new points (flat pairs) and its current point, keyed by the run's index. */
    private static void pointsAndCurrent(JsonText j, Frame f, Function<Frame.RunView, double[]> points,
            Function<StepRecord, double[]> current) {
        j.key("points").beginObject();
        for (int i = 0; i < f.runs().size(); i++) {
            double[] p = points.apply(f.runs().get(i));
            if (p.length > 0) {
                j.key(Integer.toString(i)).pairs(p);
            }
        }
        j.endObject();
        j.key("current").beginObject();
        for (int i = 0; i < f.runs().size(); i++) {
            j.key(Integer.toString(i)).numbers(current.apply(f.runs().get(i).latest()));
        }
        j.endObject();
    }

    private static void arrowsTo(JsonText j, Objective o, @Nullable List<StepRecord> at) {
        j.key("arrows");
        if (at == null || o.dimension() != 2) {
            j.nullValue();
            return;
        }
        j.beginObject();
        double[] g = new double[2];
        for (int i = 0; i < at.size(); i++) {
            double[] theta = at.get(i).theta();
            o.gradient(theta, g);
            j.key(Integer.toString(i)).numbers(theta[0], theta[1], -g[0], -g[1]);
        }
        j.endObject();
    }
}
