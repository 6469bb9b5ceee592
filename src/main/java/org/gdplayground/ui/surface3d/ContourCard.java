package org.gdplayground.ui.surface3d;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.ui.chart.ContourCache;
import org.gdplayground.ui.chart.ContourImage;
import org.gdplayground.ui.common.ChartCard;
import org.gdplayground.ui.common.ChartCards;
import org.gdplayground.ui.common.ChartFeed;
import org.gdplayground.ui.common.ChartSpecs;
import org.gdplayground.ui.common.Layout;
import org.gdplayground.ui.common.LiveChart;
import org.gdplayground.ui.common.RunPage;
import org.jspecify.annotations.Nullable;

/**
 * The contour card of a 2-parameter surface: the browser-drawn contour with every run's path, its 3-D face
 * ({@link Surface3dCard}) and, on the playground, the gradient-arrow switch. Hidden for other surfaces.
 */
public final class ContourCard implements ChartCard {

    private final String titleKey;
    private final ContourCache contours;
    private final Div card = new Div();
    private final H3 title = new H3();
    private final LiveChart contour = new LiveChart("contour");
    private final Surface3dCard surface3d = new Surface3dCard(contour);
    private final @Nullable Checkbox arrows;
    private @Nullable Objective objective;

    /**
     * @param titleKey the title's i18n key
     * @param contours the shared contour backgrounds
     * @param arrows   whether the card has the gradient-arrow switch (the page listens to it, see {@link #arrows})
     */
    public ContourCard(String titleKey, ContourCache contours, boolean arrows) {
        this.titleKey = titleKey;
        this.contours = contours;
        this.arrows = arrows ? new Checkbox() : null;
        card.addClassName("gdp-card");
        Checkbox a = this.arrows;
        if (a != null) {
            a.setId("grad-arrows");
            card.add(Layout.header(title, a, surface3d.toggle()), contour, surface3d.view());
        } else {
            card.add(Layout.header(title, surface3d.toggle()), contour, surface3d.view());
        }
    }

    /** The contour chart (clicks pick a start; tests read what was sent). */
    public LiveChart chart() {
        return contour;
    }

    /** The 3-D face. */
    public Surface3dCard surface3d() {
        return surface3d;
    }

    /** The gradient-arrow switch, when the card has one. */
    public @Nullable Checkbox arrows() {
        return arrows;
    }

    @Override
    public Component component() {
        return card;
    }

    @Override
    public void localize(Texts texts) {
        surface3d.localize(texts.plain());
        title.setText(texts.get(titleKey));
        Checkbox a = arrows;
        if (a != null) {
            a.setLabel(texts.get("pg.arrows"));
            a.setTooltipText(texts.get("pg.arrows.tip"));
        }
    }

    @Override
    public void configure(Scene scene) {
        Objective o = scene.objective();
        objective = o;
        boolean two = o.dimension() == 2;
        card.setVisible(two);
        if (two) {
            ContourImage raster = ChartSpecs.raster(contours, o);
            String alt = scene.texts().get("pg.contour.alt", o.formula());
            if (contour.getElement().hasAttribute("data-pick")) {
                // Keyboard use: arrow keys move the start point (gdp-plot.js), which a screen reader hears.
                alt += " " + scene.texts().get("a11y.contour.keys");
                contour.getElement().setAttribute("aria-roledescription", scene.texts().get("a11y.contour.role"))
                        .setAttribute("data-pick-moved", scene.texts().get("a11y.contour.moved", "{0}", "{1}"));
            }
            contour.getElement().setAttribute("aria-label", alt);
            String spec = ChartSpecs.contour(o, raster, scene.series(), scene.tr());
            contour.configure(scene.legend() ? spec : spec.replace("\"legend\":true", "\"legend\":false"));
        }
        surface3d.configure(o, scene.series(), scene.tr());
    }

    @Override
    public void frame(RunPage.Update u, ChartCards.Batch batch) {
        String delta = u.contourDelta();
        if (delta != null) {
            batch.add(contour, delta);
            surface3d.frame(u.frame());
        }
    }

    @Override
    public void cursor(RunPage.Update u) {
        Objective o = objective;
        if (o == null || o.dimension() != 2) {
            return;
        }
        if (u.mark()) {
            contour.mark(ChartFeed.mark(u.shown(), true));
            surface3d.mark(u.shown());
        }
        if (u.moved() && arrows != null) {
            showArrows(u.record());
        }
    }

    /** The gradient arrow at {@code at} when the switch is on, else none (after the switch or a scrub). */
    public void showArrows(@Nullable StepRecord at) {
        Objective o = objective;
        Checkbox a = arrows;
        if (o == null || o.dimension() != 2 || at == null || a == null) {
            return;
        }
        contour.append(ChartFeed.arrows(o, a.getValue() ? List.of(at) : null));
    }
}
