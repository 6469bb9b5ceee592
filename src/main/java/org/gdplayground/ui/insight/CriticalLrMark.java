package org.gdplayground.ui.insight;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.ui.common.Formats;
import org.gdplayground.ui.common.StatusText;
import org.jspecify.annotations.Nullable;

/**
 * The selected optimizer's critical learning rate as a line on the learning-rate slider (a log10 range input): past
 * it the optimizer diverges on the quadratic at the current point — 2/L for plain gradient descent, 2(1 + μ)/L for
 * momentum, … ({@link org.gdplayground.engine.optimizer.Stability}). {@link #wrap} puts the slider and the mark in one
 * positioned box; the mark is hidden when the optimizer has no such bound (adaptive methods), L is zero or the value is
 * off the slider's scale.
 */
public final class CriticalLrMark extends Div {

    /** The thumb's width in px that a range input keeps free at both ends (Chromium: 16). */
    private static final int THUMB = 16;
    /** A range input's default left margin (Chromium, Firefox: 2 px); its width is 100% besides. */
    private static final int MARGIN = 2;

    private final Span line = new Span();
    private final Span label = new Span();
    private final double minExp;
    private final double maxExp;

    /** @param minExp, maxExp the slider's range in log10 of the learning rate */
    public CriticalLrMark(double minExp, double maxExp) {
        this.minExp = minExp;
        this.maxExp = maxExp;
        setId("critical-lr");
        addClassName("gdp-critical-lr");
        getStyle().set("position", "absolute").set("top", "0").set("bottom", "0").set("width", "2px")
                .set("margin-left", "-1px")
                .set("pointer-events", "none");
        line.getStyle().set("position", "absolute").set("top", "2px").set("bottom", "14px").set("left", "0")
                .set("width", "2px").set("background", "#d55e00");
        label.getStyle().set("position", "absolute").set("bottom", "-2px").set("left", "1px")
                .set("transform", "translateX(-50%)").set("font-size", "11px").set("line-height", "14px")
                .set("white-space", "nowrap").set("color", "#b34700");
        add(line, label);
        setVisible(false);
    }

    /** A box holding the slider with this mark over it (the slider keeps its own id and listeners). */
    public Div wrap(Component slider) {
        Div box = new Div(slider, this);
        box.setId("lr-slider-box");
        box.getStyle().set("position", "relative").set("padding-bottom", "14px");
        return box;
    }

    /** Hides the mark. */
    public void hide() {
        setVisible(false);
    }

    /**
     * Moves the mark to {@code criticalLr}, the critical lr of {@code optimizer} (hidden when null or off the scale).
     * Plain gradient descent's mark reads "2/L = …"; another optimizer's names it.
     */
    public void show(@Nullable Double criticalLr, Optimizer optimizer, StatusText.Translator tr) {
        if (criticalLr == null || !(criticalLr > 0) || !Double.isFinite(criticalLr)) {
            setVisible(false);
            return;
        }
        double e = Math.log10(criticalLr);
        if (e < minExp || e > maxExp) {
            setVisible(false);
            return;
        }
        double p = (e - minExp) / (maxExp - minExp);
        getStyle().set("left", String.format(Locale.ROOT, "calc(%dpx + (100%% - %dpx) * %.5f)", MARGIN + THUMB / 2,
                THUMB, p));
        String value = Formats.num(criticalLr);
        if (optimizer.stability().plainDescent()) {
            label.setText(tr.tr("insight.mark", value));
            getElement().setAttribute("title", tr.tr("insight.mark.tip", value));
        } else {
            String name = tr.tr(optimizer.labelKey());
            label.setText(tr.tr("stability.mark", value, name));
            getElement().setAttribute("title", tr.tr("stability.mark.tip", value, name));
        }
        getElement().setAttribute("data-opt", optimizer.key());
        getElement().setAttribute("data-value", Double.toString(criticalLr));
        setVisible(true);
    }
}
