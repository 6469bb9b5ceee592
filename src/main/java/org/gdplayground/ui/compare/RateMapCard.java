package org.gdplayground.ui.compare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.gdplayground.engine.analysis.Eigen;
import org.gdplayground.engine.analysis.Hessians;
import org.gdplayground.engine.analysis.RateMap;
import org.gdplayground.engine.function.CustomSurface;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.optimizer.Momentum;
import org.gdplayground.engine.optimizer.Nesterov;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Sgd;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.ui.common.ChartCard;
import org.gdplayground.ui.common.ChartSpecs;
import org.gdplayground.ui.common.Layout;

/**
 * The convergence-rate map of momentum on the compare page (#rate-map), as Distill's "Why Momentum Really Works"
 * draws it: for every (learning rate, momentum β) the exact rate per step of heavy-ball momentum as torch writes it
 * ({@link RateMap}, the same numbers as {@code GET /api/v1/rate-map}), dark = fast, light = slow, red = diverges; the
 * runs' own (lr, β) are marked in their colours (plain gradient descent at β = 0). Shown for quadratic surfaces and
 * full-batch data problems, where the map is exact; lr from 0.01/L to 4/L (log), β from 0 to 0.99. On a typed
 * f(x, y) (never checked for being quadratic) the card says where the map applies instead; elsewhere it is hidden.
 */
final class RateMapCard implements ChartCard {

    static final int GRID = 81;

    private final Div card = new Div();
    private final H3 title = new H3();
    private final Div plot = new Div();
    private final Image image = new Image();
    private final Span note = new Span();
    private final Span xLabel = new Span();
    private final Span yLabel = new Span();

    RateMapCard() {
        card.addClassName("gdp-card");
        card.setId("rate-map");
        plot.addClassName("gdp-rate-map-plot");
        image.addClassName("gdp-rate-map-image");
        image.setId("rate-map-image");
        plot.add(image);
        xLabel.addClassName("gdp-rate-map-x");
        yLabel.addClassName("gdp-rate-map-y");
        note.addClassName("gdp-hint");
        note.setId("rate-map-note");
        card.add(Layout.header(title), yLabel, plot, xLabel, note);
    }

    @Override
    public Component component() {
        return card;
    }

    /** The sentence under the map, or where the map applies (for tests). */
    Span note() {
        return note;
    }

    /** The map with the runs' marks (for tests). */
    Div plot() {
        return plot;
    }

    @Override
    public void localize(Texts texts) {
        title.setText(texts.get("rate.title"));
    }

    @Override
    public void configure(Scene scene) {
        Objective f = scene.objective();
        boolean exact = RateMap.isQuadratic(f) && !scene.scenarios().isEmpty()
                && scene.scenarios().stream().allMatch(s -> s.batching() instanceof org.gdplayground.engine.run.Batching.Full);
        // a typed f(x, y) gets a sentence saying where the map applies (the API's refusal names the same surfaces)
        boolean typed = CustomSurface.ID.equals(f.id());
        card.setVisible(exact || typed);
        plot.setVisible(exact);
        xLabel.setVisible(exact);
        yLabel.setVisible(exact);
        if (!exact) {
            note.setText(typed ? scene.texts().get("rate.na") : "");
            return;
        }
        double[] eig = Eigen.symmetric(Hessians.at(f, f.defaultStart()));
        double l = 0;
        for (double e : eig) {
            l = Math.max(l, Math.abs(e));
        }
        if (!(l > 0)) {
            card.setVisible(false);
            return;
        }
        boolean nesterov = scene.scenarios().stream().anyMatch(s -> s.optimizer() instanceof Nesterov)
                && scene.scenarios().stream().noneMatch(s -> s.optimizer() instanceof Momentum);
        double lrMin = 0.01 / l;
        double lrMax = 4 / l;
        double[] lrs = RateMap.logSpaced(lrMin, lrMax, GRID);
        double[] betas = RateMap.linear(0, 0.99, GRID);
        RateMap.Result map = RateMap.exact(eig, nesterov, 0, 0, lrs, betas);
        image.setSrc("data:image/png;base64," + png(map.rates()));
        image.setAlt(scene.texts().get("rate.alt", f.formula()));
        plot.getChildren().filter(c -> c != image).toList().forEach(plot::remove);
        int otherKind = 0;
        for (int i = 0; i < scene.scenarios().size(); i++) {
            Scenario s = scene.scenarios().get(i);
            Optimizer o = s.optimizer();
            double beta = o instanceof Momentum m ? m.momentum() : o instanceof Nesterov n ? n.momentum()
                    : o instanceof Sgd ? 0 : Double.NaN;
            if (Double.isNaN(beta) || o.lr() < lrMin || o.lr() > lrMax) {
                continue;
            }
            if (o instanceof Nesterov != nesterov && !(o instanceof Sgd)) {
                // the map is the other momentum's: its colour at this (lr, β) is not this run's rate
                otherKind++;
                continue;
            }
            double x = Math.log(o.lr() / lrMin) / Math.log(lrMax / lrMin) * 100;
            double y = (1 - beta / 0.99) * 100;
            Span mark = new Span();
            mark.addClassName("gdp-rate-map-mark");
            ChartSpecs.Series series = i < scene.series().size() ? scene.series().get(i) : null;
            mark.getStyle().set("left", String.format(Locale.ROOT, "%.2f%%", x))
                    .set("top", String.format(Locale.ROOT, "%.2f%%", y))
                    .set("background", series == null ? "#000" : series.color());
            double rate = RateMap.exact(eig, o instanceof Nesterov, 0, 0, new double[] {o.lr(), o.lr()},
                    new double[] {beta, beta}).rates()[0][0];
            mark.getElement().setAttribute("title", (i < scene.names().size() ? scene.names().get(i) : "")
                    + String.format(Locale.ROOT, " · β %.3g · %.4g", beta, rate));
            mark.getElement().setAttribute("data-run", Integer.toString(i + 1));
            plot.add(mark);
        }
        xLabel.setText(scene.texts().get("rate.axis.lr", fmt(lrMin), fmt(lrMax)));
        yLabel.setText(scene.texts().get("rate.axis.beta"));
        String text = scene.texts().get(nesterov ? "rate.note.nesterov" : "rate.note.momentum", fmt(2 / l));
        note.setText(otherKind == 0 ? text : text + " " + scene.texts().get("rate.note.unmarked", otherKind));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /** rates[j][i] as a PNG, β = 0 at the bottom: rate &lt; 1 from dark (fast) to light (slow), ≥ 1 red. */
    static String png(double[][] rates) {
        int h = rates.length;
        int w = rates[0].length;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                img.setRGB(i, h - 1 - j, colour(rates[j][i]));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    /** Dark blue (rate 0) through green to pale yellow (rate → 1); red-orange from 1 on. */
    static int colour(double rate) {
        if (!(rate < 1)) {
            return 0xd9480f;
        }
        // steps to shrink the error 10×: log(0.1)/log(rate); map 1 … 1000 steps onto 0 … 1
        double steps = rate <= 0 ? 1 : Math.log(0.1) / Math.log(rate);
        double t = Math.max(0, Math.min(1, Math.log10(Math.max(1, steps)) / 3));
        int[][] stops = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};
        double p = t * (stops.length - 1);
        int k = Math.min(stops.length - 2, (int) p);
        double f = p - k;
        int r = (int) Math.round(stops[k][0] + f * (stops[k + 1][0] - stops[k][0]));
        int g = (int) Math.round(stops[k][1] + f * (stops[k + 1][1] - stops[k][1]));
        int b = (int) Math.round(stops[k][2] + f * (stops[k + 1][2] - stops[k][2]));
        return (r << 16) | (g << 8) | b;
    }
}
