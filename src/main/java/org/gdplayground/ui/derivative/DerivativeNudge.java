package org.gdplayground.ui.derivative;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.ui.common.Formats;
import org.gdplayground.ui.common.StatusText;
import org.gdplayground.ui.common.SvgPanel;
import org.jspecify.annotations.Nullable;

/**
 * Seed 004's picture of a derivative, under the 1-parameter loss curve ({@code #derivative}): the learner picks a nudge
 * δw ({@code #nudge-dw}) and sees the rectangle the post draws, a strip of width δw and height ∂L/∂w added to (or, for
 * a negative slope, cut from) the loss drawn as an area, whose area (∂L/∂w)·δw is the estimated change of the loss;
 * beside it the true change and what one gradient-descent step does with the run's learning rate ({@link Nudge}).
 * Shown at the step under the cursor; all numbers from the surface's exact gradient.
 */
public final class DerivativeNudge {

    /** The nudges offered, smallest first by size, both directions (the sign matters). */
    static final List<Double> NUDGES = List.of(-0.5, -0.1, -0.01, 0.01, 0.1, 0.5);
    static final double DEFAULT = 0.1;

    private final Div box = new Div();
    private final Span heading = new Span();
    private final Select<Double> dw = new Select<>();
    private final SvgPanel picture = new SvgPanel("derivative-picture", "gdp-derivative-picture");
    private final Div rate = new Div();
    private final Div change = new Div();
    private final Div step = new Div();
    private @Nullable Objective objective;
    private double w = Double.NaN;
    private double lr = Double.NaN;
    private StatusText.Translator t = (k, a) -> k;

    public DerivativeNudge() {
        box.setId("derivative");
        box.addClassName("gdp-derivative");
        heading.addClassName("gdp-derivative-heading");
        dw.setId("nudge-dw");
        dw.setItems(NUDGES);
        dw.setValue(DEFAULT);
        dw.setItemLabelGenerator(v -> (v > 0 ? "+" : "−") + Formats.num(Math.abs(v)));
        dw.addValueChangeListener(e -> redraw());
        rate.setId("derivative-rate");
        change.setId("derivative-change");
        step.setId("derivative-step");
        Div numbers = new Div(rate, change, step);
        numbers.addClassName("gdp-derivative-numbers");
        Div controls = new Div(heading, dw);
        controls.addClassName("gdp-derivative-controls");
        box.add(controls, picture, numbers);
    }

    public Div component() {
        return box;
    }

    /** The picture at {@code w} of the 1-parameter {@code o} with the run's learning rate, in {@code t}'s language. */
    public void show(Objective o, double w, double lr, StatusText.Translator t) {
        this.objective = o;
        this.w = w;
        this.lr = lr;
        this.t = t;
        redraw();
    }

    /** The numbers shown (tests), or null when nothing is. */
    public @Nullable Nudge nudge() {
        Objective o = objective;
        return o == null || o.dimension() != 1 || !Double.isFinite(w) ? null
                : Nudge.at(o, w, dw.getValue() == null ? DEFAULT : dw.getValue(), lr);
    }

    private void redraw() {
        Objective o = objective;
        Nudge n = nudge();
        box.setVisible(n != null && n.finite());
        if (o == null || n == null || !n.finite()) {
            return;
        }
        String p = org.gdplayground.ui.common.Axes.of(o).x();
        heading.setText(t.tr("derivative.heading", p));
        dw.setLabel(t.tr("derivative.dw", p));
        dw.setAriaLabel(t.tr("derivative.dw", p));
        String g = Formats.num(n.slope());
        if (n.slope() == 0) {
            rate.setText(t.tr("derivative.rate.flat", p));
        } else {
            rate.setText(t.tr(n.slope() > 0 ? "derivative.rate.up" : "derivative.rate.down", p, g,
                    Formats.num(Math.abs(n.slope()))));
        }
        change.setText(t.tr("derivative.change", p, Formats.num(n.w() + n.dw()), Formats.num(n.estimate()),
                Formats.num(n.actual())));
        step.setText(t.tr("derivative.step", p, Formats.num(n.lr()), Formats.num(n.step()),
                Formats.num(n.stepEstimate()), Formats.num(n.stepActual())));
        picture.setSvg(RectanglePicture.svg(n, p, t));
        picture.getElement().setAttribute("role", "img");
        picture.getElement().setAttribute("aria-label", t.tr("derivative.picture", p, g, Formats.num(n.dw()),
                Formats.num(n.estimate())));
        box.getElement().setAttribute("data-estimate", Double.toString(n.estimate()));
        box.getElement().setAttribute("data-actual", Double.toString(n.actual()));
        box.getElement().setAttribute("data-slope", Double.toString(n.slope()));
    }
}
