package org.gdplayground.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SweepChartSvgTest {

    private static final String BLUE = Palette.color(0);
    private static final String RED = Palette.color(1);

    private static String render(List<SweepChartSvg.Point> points) {
        return SweepChartSvg.render(points, 480, 280, "learning rate", "final loss", "diverged", "lowest");
    }

    @Test
    void decadesOnTheXAxisOneDotPerFiniteRunAndTheLowestLabelled() {
        Document d = Xml.parse(render(List.of(
                new SweepChartSvg.Point(1e-4, 40, false, BLUE),
                new SweepChartSvg.Point(1e-3, 9, false, BLUE),
                new SweepChartSvg.Point(1e-2, 0.05, false, BLUE),
                new SweepChartSvg.Point(1e-1, 3, false, BLUE))));
        assertThat(Xml.texts(d)).contains("1e-4", "0.001", "0.01", "0.1", "lowest", "learning rate");
        List<Element> dots = Xml.withClass(d, "circle", "gdp-sweep-point");
        assertThat(dots).hasSize(4);
        assertThat(dots).allMatch(e -> e.getAttribute("fill").equals(BLUE));
        // x grows with log10 lr: equal steps between decades
        double x0 = Double.parseDouble(dots.get(0).getAttribute("cx"));
        double x1 = Double.parseDouble(dots.get(1).getAttribute("cx"));
        double x2 = Double.parseDouble(dots.get(2).getAttribute("cx"));
        assertThat(x2 - x1).isCloseTo(x1 - x0, org.assertj.core.data.Offset.offset(0.02));
        // log y: the lowest loss is the lowest dot
        double y2 = Double.parseDouble(dots.get(2).getAttribute("cy"));
        assertThat(dots).allMatch(e -> Double.parseDouble(e.getAttribute("cy")) <= y2);
        assertThat(Xml.withClass(d, "path", "gdp-sweep-line")).hasSize(1);
    }

    @Test
    void divergedRunsAreACrossOnTheTopEdgeNotADot() {
        Document d = Xml.parse(render(List.of(
                new SweepChartSvg.Point(0.01, 2, false, BLUE),
                new SweepChartSvg.Point(0.1, 0.5, false, BLUE),
                new SweepChartSvg.Point(1, Double.POSITIVE_INFINITY, true, RED),
                new SweepChartSvg.Point(10, 1e6, true, RED))));
        assertThat(Xml.withClass(d, "circle", "gdp-sweep-point")).hasSize(2);
        assertThat(Xml.withClass(d, "text", "gdp-inf")).extracting(Element::getTextContent)
                .containsExactly("✕", "✕");
        assertThat(Xml.withClass(d, "path", "gdp-inf-line")).allMatch(e -> e.getAttribute("stroke").equals(RED));
        assertThat(Xml.texts(d)).contains("diverged");
    }

    @Test
    void manyDivergedRunsAtNearbyRatesShareOneWordInsteadOfWordsRunTogether() {
        Document d = Xml.parse(render(List.of(
                new SweepChartSvg.Point(0.01, 2, false, BLUE),
                new SweepChartSvg.Point(0.2, Double.POSITIVE_INFINITY, true, RED),
                new SweepChartSvg.Point(0.22, Double.POSITIVE_INFINITY, true, RED),
                new SweepChartSvg.Point(0.25, Double.POSITIVE_INFINITY, true, RED),
                new SweepChartSvg.Point(0.01, Double.POSITIVE_INFINITY, true, RED))));
        assertThat(Xml.withClass(d, "text", "gdp-inf")).hasSize(4);
        // the far one and one for the three close together
        assertThat(Xml.texts(d).stream().filter("diverged"::equals)).hasSize(2);
    }

    @Test
    void negativeLossesGetALinearAxisAndNothingBreaksWithoutData() {
        Xml.parse(render(List.of(new SweepChartSvg.Point(0.01, -5, false, BLUE),
                new SweepChartSvg.Point(0.1, -5e12, false, BLUE))));
        Document empty = Xml.parse(render(List.of()));
        assertThat(Xml.withClass(empty, "path", "gdp-axis")).hasSize(1);
        Document allDiverged = Xml.parse(render(List.of(new SweepChartSvg.Point(1, Double.NaN, true, RED))));
        assertThat(Xml.withClass(allDiverged, "text", "gdp-inf")).hasSize(1);
    }

    @Test
    void rejectsABadColourAndSize() {
        assertThatThrownBy(() -> new SweepChartSvg.Point(1, 1, false, "red"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SweepChartSvg.render(List.of(), 10, 280, "", "", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
