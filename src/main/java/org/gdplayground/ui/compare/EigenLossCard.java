package org.gdplayground.ui.compare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gdplayground.engine.analysis.EigenLoss;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.session.Frame;
import org.gdplayground.ui.chart.SvgPlot;
import org.gdplayground.ui.common.ChartCard;
import org.gdplayground.ui.common.ChartSpecs;
import org.gdplayground.ui.common.Layout;
import org.gdplayground.ui.common.RunPage;
import org.gdplayground.ui.common.SvgPanel;
import org.jspecify.annotations.Nullable;

/**
 * The loss of each run split along the Hessian's eigendirections (#eigen-loss), as Distill's "Why Momentum Really
 * Works" draws it: one small log-scale chart per direction, steepest first, each labelled with its eigenvalue λ, one
 * line per run in the run's colour, all charts on one scale. The numbers are {@link EigenLoss}'s, from the runs'
 * recorded θ and the objective's exact Hessian, so the parts add up to the loss chart's curve minus L(θ*). On a
 * surface that is not a quadratic with a minimum the card shows one sentence saying where it applies.
 */
final class EigenLossCard implements ChartCard {

    /** At most this many directions get a chart (the steepest and the flattest ones). */
    static final int MAX_CHARTS = 4;
    /** Points per line at most (evenly spaced over the records). */
    static final int MAX_POINTS = 400;
    /** The lowest value shown, as a fraction of the highest: below it a line rests on the bottom edge. */
    static final double FLOOR = 1e-12;
    static final int WIDTH = 250;
    static final int HEIGHT = 180;

    private final Div card = new Div();
    private final H3 title = new H3();
    private final Div grid = new Div();
    private final Paragraph note = new Paragraph();
    private final Span hidden = new Span();
    private @Nullable EigenLoss split;
    private List<Integer> shownDirections = List.of();
    private final List<Span> captions = new ArrayList<>();
    private final List<SvgPanel> panels = new ArrayList<>();
    private List<String> colors = List.of();
    private Texts texts = (k, p) -> k;

    EigenLossCard() {
        card.addClassName("gdp-card");
        card.setId("eigen-loss");
        grid.addClassName("gdp-eigen-grid");
        note.addClassName("gdp-hint");
        note.setId("eigen-loss-note");
        hidden.addClassName("gdp-note");
        hidden.setId("eigen-loss-na");
        card.add(Layout.header(title), grid, note, hidden);
    }

    @Override
    public Component component() {
        return card;
    }

    @Override
    public void localize(Texts t) {
        this.texts = t;
        title.setText(t.get("eigen.title"));
    }

    @Override
    public void configure(Scene scene) {
        texts = scene.texts();
        EigenLoss.Result r = EigenLoss.of(scene.objective());
        split = r.split().orElse(null);
        grid.removeAll();
        captions.clear();
        panels.clear();
        colors = scene.series().stream().map(ChartSpecs.Series::color).toList();
        EigenLoss s = split;
        if (s == null) {
            grid.setVisible(false);
            note.setVisible(false);
            hidden.setVisible(true);
            hidden.setText(texts.get(r.absent().orElse(EigenLoss.Absent.NOT_QUADRATIC) == EigenLoss.Absent.NO_MINIMUM
                    ? "eigen.na.noMinimum" : "eigen.na.notQuadratic"));
            return;
        }
        grid.setVisible(true);
        note.setVisible(true);
        hidden.setVisible(false);
        shownDirections = directions(s.size());
        for (int i : shownDirections) {
            Span caption = new Span(caption(s, i));
            caption.addClassName("gdp-eigen-caption");
            SvgPanel panel = new SvgPanel("eigen-loss-" + (i + 1), "gdp-eigen-panel");
            panel.getElement().setAttribute("data-lambda", Double.toString(s.eigenvalues()[i]));
            panel.getElement().setAttribute("role", "img");
            panel.getElement().setAttribute("aria-label", texts.get("eigen.alt", fmt(s.eigenvalues()[i])));
            Div cell = new Div(caption, panel);
            cell.addClassName("gdp-eigen-cell");
            captions.add(caption);
            panels.add(panel);
            grid.add(cell);
        }
        int left = s.size() - shownDirections.size();
        note.setText(texts.get("eigen.note") + (left > 0 ? " " + texts.get("eigen.more", left) : ""));
    }

    @Override
    public void cursor(RunPage.Update u) {
        EigenLoss s = split;
        if (s == null || !u.redrawSlow()) {
            return;
        }
        List<List<StepRecord>> runs = u.frame().runs().stream().map(Frame.RunView::records).toList();
        List<String> svgs = draw(s, shownDirections, runs, colors, texts.get("eigen.axis.step"),
                texts.get("eigen.axis.loss"));
        for (int j = 0; j < panels.size(); j++) {
            panels.get(j).setSvg(svgs.get(j));
        }
    }

    /** The directions that get a chart, steepest first: all of them, or the two steepest and the two flattest. */
    static List<Integer> directions(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            if (n <= MAX_CHARTS || i >= n - MAX_CHARTS / 2 || i < MAX_CHARTS / 2) {
                out.add(i);
            }
        }
        return out;
    }

    private String caption(EigenLoss s, int i) {
        double[] l = s.eigenvalues();
        int n = l.length;
        String kind;
        if (l[n - 1] - l[0] <= 1e-9 * l[n - 1]) {
            kind = "eigen.kind.same";
        } else if (i == n - 1) {
            kind = "eigen.kind.steep";
        } else if (i == 0) {
            kind = "eigen.kind.flat";
        } else {
            kind = "eigen.kind.middle";
        }
        return texts.get("eigen.dir", fmt(l[i]), texts.get(kind));
    }

    /**
     * One SVG per direction in {@code dirs}: each run's term of that direction over its records, one shared log
     * scale for all charts (from the largest value at the start down to {@link #FLOOR} of it).
     */
    static List<String> draw(EigenLoss s, List<Integer> dirs, List<List<StepRecord>> runs, List<String> colors,
            String xLabel, String yLabel) {
        List<List<double[][]>> curves = new ArrayList<>();
        double top = 0;
        double startTop = 0;
        double maxStep = 1;
        for (int i : dirs) {
            List<double[][]> perRun = new ArrayList<>();
            for (List<StepRecord> records : runs) {
                if (records.isEmpty()) {
                    perRun.add(new double[][] {{}, {}});
                    continue;
                }
                double[][] c = s.curve(i, records, MAX_POINTS);
                perRun.add(c);
                startTop = Math.max(startTop, c[1][0]);
                for (int k = 0; k < c[0].length; k++) {
                    maxStep = Math.max(maxStep, c[0][k]);
                    if (Double.isFinite(c[1][k])) {
                        top = Math.max(top, c[1][k]);
                    }
                }
            }
            curves.add(perRun);
        }
        // A diverging run would squash the others against the floor: the scale stops 10⁴ above the largest start.
        double yMax = startTop > 0 ? Math.min(top, startTop * 1e4) : top;
        if (!(yMax > 0)) {
            yMax = 1;
        }
        double yMin = yMax * FLOOR;
        double hi = Math.pow(10, Math.ceil(Math.log10(yMax)));
        double lo = Math.pow(10, Math.floor(Math.log10(yMin)));
        List<String> out = new ArrayList<>();
        for (List<double[][]> perRun : curves) {
            SvgPlot plot = new SvgPlot(WIDTH, HEIGHT, new SvgPlot.Margins(60, 10, 12, 40),
                    new Bounds(0, maxStep, lo, hi), true);
            plot.axes(xLabel, yLabel);
            for (int r = 0; r < perRun.size(); r++) {
                double[][] c = perRun.get(r);
                double[] ys = new double[c[1].length];
                for (int k = 0; k < ys.length; k++) {
                    double v = c[1][k];
                    ys[k] = !Double.isFinite(v) ? Double.NaN : Math.max(v, lo);
                }
                plot.polyline(c[0], ys, "gdp-loss", r < colors.size() ? colors.get(r) : null);
            }
            out.add(plot.toSvg());
        }
        return out;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    // for tests
    List<SvgPanel> panels() {
        return panels;
    }

    List<Span> captions() {
        return captions;
    }

    Span notApplicable() {
        return hidden;
    }
}
