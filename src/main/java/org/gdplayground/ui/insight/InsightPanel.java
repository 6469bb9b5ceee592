package org.gdplayground.ui.insight;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gdplayground.engine.analysis.GradientCheck;
import org.gdplayground.engine.analysis.Insight;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Sgd;
import org.gdplayground.ui.common.Formats;
import org.gdplayground.ui.common.StatusText;

/**
 * The "Gradient check and stability" part of "Explain this step", a closed-by-default disclosure under the
 * explanation: at the step's θ, the exact gradient beside the central and forward differences with the chosen h and
 * their errors, the error-against-h plot (h = 10⁻¹ … 10⁻¹²), and the stability picture (Hessian, eigenvalues,
 * condition number, 2/L and what the optimizer's own critical lr means for the lr in force). Also moves the
 * {@link CriticalLrMark} on the lr slider to that optimizer's critical lr. Recomputes only when the point, lr, h, optimizer or language change; the gradient check and its plot only
 * while open.
 */
public final class InsightPanel extends Div {

    final Details details = new Details();
    final Pre check = new Pre();
    final Div checkNote = new Div();
    final Div plot = new Div();
    final Div legend = new Div();
    final Span plotNote = new Span();
    final Pre stability = new Pre();
    final Div verdict = new Div();
    private final CriticalLrMark mark;

    private record Point(Objective objective, double[] theta, double lr, double h, Optimizer opt) {
    }

    private Point point = new Point(dummy(), new double[0], 0, 0, Sgd.defaults());
    private StatusText.Translator tr = (k, a) -> k;
    private String shownKey = "";
    private boolean has;
    /** The step whose θ is shown; −1 when none is named. */
    private int step = -1;

    public InsightPanel(CriticalLrMark mark) {
        this.mark = mark;
        setId("insight");
        addClassName("gdp-insight");
        addClassName("gdp-explain");
        checkNote.getStyle().set("margin-top", ".25rem");
        check.setId("gradient-check");
        check.addClassName("gdp-explain-lines");
        plot.setId("gradient-check-plot");
        plot.getStyle().set("overflow-x", "auto").set("margin-top", ".5rem");
        legend.getStyle().set("font-size", "12px").set("display", "flex").set("gap", "1rem").set("flex-wrap", "wrap");
        plotNote.getStyle().set("font-size", "12px").set("color", "var(--lumo-secondary-text-color, #555)");
        stability.setId("stability");
        stability.addClassName("gdp-explain-lines");
        verdict.setId("stability-verdict");
        verdict.getStyle().set("margin-top", ".5rem");
        Div content = new Div(check, checkNote, plot, legend, plotNote, stability, verdict);
        details.setId("insight-details");
        details.add(content);
        details.addOpenedChangeListener(e -> refresh());
        add(details);
        setVisible(false);
    }

    private String summaryText = "";

    /**
     * Shows the picture at θ.
     *
     * @param lr  the learning rate in force at this step
     * @param h   the finite-difference step chosen in the form
     * @param opt the optimizer (its own critical lr is marked and explained)
     */
    public void show(Objective objective, double[] theta, double lr, double h, Optimizer opt,
            StatusText.Translator translator) {
        show(objective, theta, -1, lr, h, opt, translator);
    }

    /**
     * Shows the picture at step {@code step}'s θ, and says which step it is (the gradient check is drawn there,
     * not at the run's last point); {@code step} &lt; 0: no step named.
     */
    public void show(Objective objective, double[] theta, int step, double lr, double h, Optimizer opt,
            StatusText.Translator translator) {
        this.step = step;
        for (double v : theta) {
            if (!Double.isFinite(v)) {
                clear();
                return;
            }
        }
        point = new Point(objective, theta.clone(), lr, h, opt);
        tr = translator;
        has = true;
        setVisible(true);
        String title = tr.tr("insight.title");
        if (!title.equals(summaryText)) { // Details rebuilds its summary on every call: only when the words change
            summaryText = title;
            details.setSummaryText(title);
        }
        refresh();
    }

    /** Nothing to show (no run, or θ is not finite). */
    public void clear() {
        has = false;
        shownKey = "";
        setVisible(false);
        mark.hide();
    }

    private void refresh() {
        if (!has) {
            return;
        }
        Point p = point;
        boolean open = details.isOpened();
        String key = step + "|" + System.identityHashCode(p.objective()) + "|" + Arrays.toString(p.theta()) + "|" + p.lr() + "|"
                + p.h() + "|" + p.opt() + "|" + open + "|" + tr.tr("insight.title");
        if (key.equals(shownKey)) {
            return;
        }
        shownKey = key;
        Insight insight = Insight.of(p.objective(), p.theta());
        mark.show(StabilityText.criticalLr(insight, p.opt()), p.opt(), tr);
        if (!open) {
            return;
        }
        GradientCheck g = GradientCheck.of(p.objective(), p.theta(), p.h());
        List<String> checked = new ArrayList<>(checkLines(g, tr));
        if (step >= 0) {
            checked.set(0, tr.tr("insight.check.titleAtStep", Integer.toString(step), Formats.vec(g.at()),
                    Formats.num(g.h())));
        }
        check.setText(String.join("\n", checked));
        checkNote.setText(tr.tr("insight.check.note"));
        plot.getElement().setProperty("innerHTML",
                ErrorPlot.svg(g, tr.tr("insight.plot.x"), tr.tr("insight.plot.y")));
        plot.getElement().setAttribute("role", "img");
        plot.getElement().setAttribute("aria-label", tr.tr("insight.plot.alt"));
        legend.removeAll();
        legend.add(swatch(ErrorPlot.CENTRAL_COLOR, tr.tr("insight.plot.central")),
                swatch(ErrorPlot.FORWARD_COLOR, tr.tr("insight.plot.forward")),
                swatch("#888888", tr.tr("insight.plot.chosen", Formats.num(p.h()))));
        plotNote.setText((step >= 0 ? tr.tr("insight.plot.atStep", Integer.toString(step)) + " " : "")
                + bestNote(g, tr));
        List<String> lines = new ArrayList<>(List.of(tr.tr("insight.stab.title", Formats.vec(p.theta()))));
        lines.addAll(StabilityText.numbers(insight, tr));
        stability.setText(String.join("\n", lines));
        verdict.setText(String.join(" ", StabilityText.verdict(insight, p.lr(), p.opt(), tr)));
    }

    static List<String> checkLines(GradientCheck g, StatusText.Translator tr) {
        return List.of(
                tr.tr("insight.check.title", Formats.vec(g.at()), Formats.num(g.h())),
                tr.tr("insight.check.exact", precise(g.analytic())),
                tr.tr("insight.check.central", precise(g.central())),
                tr.tr("insight.check.error", Formats.num(g.centralError())),
                tr.tr("insight.check.forward", precise(g.forward())),
                tr.tr("insight.check.error", Formats.num(g.forwardError())));
    }

    /** Where the central error is smallest, and how much worse h = 1e-12 is. */
    static String bestNote(GradientCheck g, StatusText.Translator tr) {
        GradientCheck.SweepPoint best = g.sweep().getFirst();
        for (GradientCheck.SweepPoint s : g.sweep()) {
            if (s.centralError() < best.centralError()) {
                best = s;
            }
        }
        return tr.tr("insight.plot.best", Formats.num(best.h()), Formats.num(best.centralError()),
                Formats.num(g.sweep().getLast().centralError()));
    }

    /** Enough digits to see a difference in the 10th place: 6.000000000004, not 6. */
    static String precise(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i > 0 ? ", " : "").append(Formats.num(v[i], 13));
        }
        return sb.append(')').toString();
    }

    private static Span swatch(String color, String text) {
        Span dot = new Span("●");
        dot.getStyle().set("color", color).set("margin-right", ".25rem");
        Span s = new Span(dot, new Span(text));
        return s;
    }

    private static Objective dummy() {
        return new org.gdplayground.engine.function.Sphere();
    }
}
