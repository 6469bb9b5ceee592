package org.gdplayground.ui.playground;

import org.gdplayground.engine.function.DataView;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.run.Status;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.session.Frame;
import org.gdplayground.ui.common.Axes;
import org.gdplayground.ui.common.PlotRenderer;
import org.gdplayground.ui.common.RunPage;
import org.gdplayground.ui.common.StatusText;
import org.gdplayground.ui.derivative.DerivativeNudge;
import org.jspecify.annotations.Nullable;

/**
 * The playground's pictures of the step under the cursor: the slider's label, the explanation with its numbers and the
 * insight panel, the 1-parameter curve and the data with the fit (slow, server-drawn pictures).
 */
final class OneRunPictures {

    private final PlaygroundView view;
    /** Seed 004's rectangle under the 1-parameter curve, at the step under the cursor. */
    final DerivativeNudge derivative = new DerivativeNudge();

    OneRunPictures(PlaygroundView view) {
        this.view = view;
    }

    /** The slider label and, when due, the explanation of the step under the cursor. */
    void showCursor(RunPage.Update u) {
        StepRecord cur = u.record();
        if (cur == null || view.objective() == null) {
            return;
        }
        view.scrubValue.setText("k = " + cur.k());
        if (u.explain()) {
            explain(cur, u.previous());
        }
    }

    private void explain(StepRecord rec, @Nullable StepRecord prev) {
        Objective o = view.objective();
        Optimizer optimizer = view.optimizer();
        ScenarioSpec s = view.spec();
        Frame.RunView v = view.run();
        if (o == null || optimizer == null || s == null) {
            view.explain.clear();
            view.insight.clear();
            return;
        }
        if (rec.k() == 0 && v != null && v.status() == Status.DIVERGED) {
            // Nothing can be stepped from a start where the loss or gradient is not a number: say so, not "Press Step".
            view.explain.message(StatusText.of(v, false, view::getTranslation));
            view.insight.clear();
            return;
        }
        double lr = rec.k() == 0 ? s.run().lr() : rec.lr();
        view.insight.show(o, rec.theta(), rec.k(), lr, s.h(), optimizer, view::getTranslation);
        if (o.dimension() == 1) {
            derivative.show(o, rec.theta(0), lr, view::getTranslation);
        }
        String noteKey = "pg.differs." + optimizer.key();
        view.explain.show(optimizer, rec, prev, Axes.of(o).names(), view::getTranslation,
                view.messages().has(noteKey) ? view.getTranslation(noteKey) : null);
    }

    /** The 1-parameter loss curve with the track up to the cursor. */
    String drawCurve(Objective o, RunPage.Update u) {
        return PlotRenderer.curve(o, track(u), Axes.of(o).x(), view.getTranslation("table.loss"),
                view.getTranslation("pg.slope"));
    }

    /** The data with the fit at the cursor. */
    @Nullable
    String drawData(Objective o, RunPage.Update u) {
        DataView rp = o.data().orElse(null);
        if (rp == null) {
            return null;
        }
        return PlotRenderer.data(rp, track(u), view.dataUpload.xLabel(view.getTranslation("pg.data.x")),
                view.dataUpload.yLabel(view.getTranslation("pg.data.y")), view.getTranslation("pg.data.pred"),
                view.dataUpload.yLabel(view.getTranslation("pg.data.truth")));
    }

    /** "Least squares: a = 2.1, b = 0.3 with loss 0.12": the data's best fit, for comparison. */
    String leastSquares(Objective o, DataView rp) {
        double[] ls = rp.leastSquaresOptimum();
        java.util.List<String> names = Axes.of(o).names();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ls.length; i++) {
            sb.append(i > 0 ? ", " : "").append(names.get(i)).append(" = ").append(
                    org.gdplayground.ui.common.Formats.num(ls[i]));
        }
        return view.getTranslation("pg.leastSquares", sb, org.gdplayground.ui.common.Formats.num(rp.value(ls)));
    }

    private static PlotRenderer.Track track(RunPage.Update u) {
        return new PlotRenderer.Track(u.run().records(), u.cursor(), PlotRenderer.SINGLE);
    }
}
