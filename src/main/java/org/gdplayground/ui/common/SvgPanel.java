package org.gdplayground.ui.common;

import com.vaadin.flow.component.html.Div;
import java.util.Objects;

/** A box that shows an SVG document given as markup; swapping the markup is one small property update. */
public class SvgPanel extends Div {

    private String svg = "";

    public SvgPanel(String id, String cssClass) {
        setId(id);
        addClassName("gdp-svg");
        addClassName(cssClass);
    }

    /** Replaces the picture (no-op when unchanged). */
    public void setSvg(String markup) {
        if (!Objects.equals(svg, markup)) {
            svg = markup;
            getElement().setProperty("innerHTML", markup);
        }
    }

    public String svg() {
        return svg;
    }
}
