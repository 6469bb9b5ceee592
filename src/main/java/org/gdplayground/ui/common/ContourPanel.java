package org.gdplayground.ui.common;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiConsumer;
import org.gdplayground.ui.chart.ContourImage;
import org.gdplayground.ui.chart.PlotFrame;
import org.jspecify.annotations.Nullable;

/**
 * The contour of a surface (a cached PNG, the same for everyone) with a live SVG overlay in the same pixel
 * coordinates (trajectory, current point, minima, gradient arrow). A click reports the data coordinates.
 */
public class ContourPanel extends Div {

    private final Image image = new Image();
    private final Div overlay = new Div();
    private @Nullable ContourImage current;
    private String overlaySvg = "";
    private final List<BiConsumer<Double, Double>> clickListeners = new ArrayList<>();

    public ContourPanel(String id) {
        setId(id);
        addClassName("gdp-contour");
        image.addClassName("gdp-contour-bg");
        overlay.addClassName("gdp-contour-overlay");
        add(image, overlay);
        DomListenerRegistration reg = getElement().addEventListener("click", e -> {
            ContourImage c = current;
            if (c == null) {
                return;
            }
            double ox = e.getEventData().get("event.offsetX").asDouble();
            double oy = e.getEventData().get("event.offsetY").asDouble();
            double cw = e.getEventData().get("element.clientWidth").asDouble();
            double ch = e.getEventData().get("element.clientHeight").asDouble();
            clickAtPixel(ox * c.frame().width() / Math.max(1, cw), oy * c.frame().height() / Math.max(1, ch));
        });
        reg.addEventData("event.offsetX").addEventData("event.offsetY")
                .addEventData("element.clientWidth").addEventData("element.clientHeight");
    }

    /** Shows a background (alt text for screen readers). */
    public void setBackground(ContourImage contour, String alt) {
        if (current != contour) {
            current = contour;
            image.setSrc("data:image/png;base64," + Base64.getEncoder().encodeToString(contour.png()));
            image.setAlt(alt);
            getElement().getStyle().set("aspect-ratio", contour.frame().width() + " / " + contour.frame().height());
        }
    }

    public @Nullable PlotFrame frame() {
        ContourImage c = current;
        return c == null ? null : c.frame();
    }

    public @Nullable ContourImage background() {
        return current;
    }

    public void setOverlay(String svg) {
        if (!overlaySvg.equals(svg)) {
            overlaySvg = svg;
            overlay.getElement().setProperty("innerHTML", svg);
        }
    }

    public String overlay() {
        return overlaySvg;
    }

    /** Called with (x, y) in data coordinates when the plot area is clicked. */
    public void addPointListener(BiConsumer<Double, Double> listener) {
        clickListeners.add(listener);
    }

    /** A click at image pixel (px, py); also used by tests. */
    public void clickAtPixel(double px, double py) {
        ContourImage c = current;
        if (c == null || !c.frame().insidePlot(px, py)) {
            return;
        }
        double x = c.frame().dataX(px);
        double y = c.frame().dataY(py);
        clickListeners.forEach(l -> l.accept(x, y));
    }
}
