package org.gdplayground.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.function.Predicate;
import org.gdplayground.engine.function.Objective;
import org.jspecify.annotations.Nullable;

/**
 * A card with one picture drawn on the server as SVG (the 1-parameter curve, the data plot, the sweep): shown for
 * the scenarios it suits, redrawn when an update asks for the slow pictures. A page that renders the picture
 * elsewhere (the compare page, on the playback thread) gives no drawing and sets it through {@link #panel}.
 */
public final class SvgCard implements ChartCard {

    /** Draws the picture for an update (on the UI thread), or returns null to keep the one shown. */
    @FunctionalInterface
    public interface Drawing {
        @Nullable String draw(Objective o, RunPage.Update u);
    }

    private final String titleKey;
    private final Predicate<Objective> suits;
    private final @Nullable Drawing drawing;
    private final Div card = new Div();
    private final H3 title = new H3();
    private final SvgPanel panel;
    private @Nullable Objective objective;

    /**
     * @param panel    the picture's panel (id and CSS class are the page's)
     * @param titleKey the title's i18n key
     * @param suits    for which surfaces the card is shown
     * @param drawing  how the picture is drawn on a slow redraw, or null when the page sets it
     * @param below    what follows the picture (a note)
     */
    public SvgCard(SvgPanel panel, String titleKey, Predicate<Objective> suits, @Nullable Drawing drawing,
            Component... below) {
        this.panel = panel;
        this.titleKey = titleKey;
        this.suits = suits;
        this.drawing = drawing;
        card.addClassName("gdp-card");
        card.add(Layout.header(title), panel);
        card.add(below);
    }

    /** The picture. */
    public SvgPanel panel() {
        return panel;
    }

    @Override
    public Component component() {
        return card;
    }

    @Override
    public void localize(Texts texts) {
        title.setText(texts.get(titleKey));
    }

    @Override
    public void configure(Scene scene) {
        objective = scene.objective();
        card.setVisible(suits.test(scene.objective()));
    }

    @Override
    public void cursor(RunPage.Update u) {
        Objective o = objective;
        Drawing d = drawing;
        if (u.redrawSlow() && d != null && o != null && suits.test(o) && !u.run().records().isEmpty()) {
            String svg = d.draw(o, u);
            if (svg != null) {
                panel.setSvg(svg);
            }
        }
    }

    /** A plain predicate on the number of parameters, for {@code suits}. */
    public static Predicate<Objective> dimension(int n) {
        return o -> o.dimension() == n;
    }
}
