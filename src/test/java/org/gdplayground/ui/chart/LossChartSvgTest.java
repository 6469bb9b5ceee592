package org.gdplayground.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LossChartSvgTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    @Test
    void divergingRunBreaksTheLineAndMarksInfinityAtTheTop() {
        double[] steps = {0, 1, 2, 3, 4, 5};
        double[] losses = {10, 5, 2, INF, NAN, 1};
        for (boolean log : new boolean[] {false, true}) {
            Document d = Xml.parse(LossChartSvg.render(steps, losses, log, 480, 260, "step", "loss", 2));
            List<Element> lines = Xml.withClass(d, "path", "gdp-loss");
            assertThat(lines).hasSize(1);
            assertThat(Xml.subpaths(lines.get(0).getAttribute("d"))).hasSize(2);
            assertThat(Xml.texts(d)).contains("∞");
            Element mark = Xml.withClass(d, "text", "gdp-inf").get(0);
            assertThat(Double.parseDouble(mark.getAttribute("y"))).isLessThan(40); // near the top edge
            assertThat(Xml.withClass(d, "circle", "gdp-point")).hasSize(1);
        }
    }

    @Test
    void nanFirstIsLabelledNaN() {
        Document d = Xml.parse(LossChartSvg.render(new double[] {0, 1, 2}, new double[] {1, NAN, INF}, false, 300, 200,
                "step", "loss", -1));
        assertThat(Xml.withClass(d, "text", "gdp-inf")).extracting(Element::getTextContent).containsExactly("NaN");
    }

    @Test
    void emptyInputGivesAxesOnly() {
        Document d = Xml.parse(LossChartSvg.render(new double[0], new double[0], false, 300, 200, "step", "loss", 0));
        assertThat(Xml.withClass(d, "path", "gdp-axis")).hasSize(1);
        assertThat(Xml.withClass(d, "path", "gdp-loss")).isEmpty();
        Xml.parse(LossChartSvg.render(new double[0], new double[0], true, 300, 200, "step", "loss", -1));
    }

    @Test
    void aSinglePointIsADot() {
        Document d = Xml.parse(LossChartSvg.render(new double[] {0}, new double[] {3.5}, true, 300, 200, "step",
                "loss", 0));
        double[] dot = Xml.subpaths(Xml.withClass(d, "path", "gdp-loss").get(0).getAttribute("d")).get(0);
        assertThat(dot).hasSize(4);
        assertThat(dot[0]).isEqualTo(dot[2]);
        assertThat(Xml.withClass(d, "circle", "gdp-point")).hasSize(1);
    }

    @Test
    void logScaleDrawsNonPositiveLossesOnTheBottomEdge() {
        double[] steps = {0, 1, 2, 3};
        double[] losses = {100, 1, 0, -2};
        Document d = Xml.parse(LossChartSvg.render(steps, losses, true, 400, 260, "step", "loss", -1));
        double[] pts = Xml.subpaths(Xml.withClass(d, "path", "gdp-loss").get(0).getAttribute("d")).get(0);
        assertThat(pts).hasSize(8); // one connected line through all four points
        double bottom = 260 - 42;
        assertThat(pts[5]).isCloseTo(bottom, within(0.01));
        assertThat(pts[7]).isCloseTo(bottom, within(0.01));
        // The axis gets one decade of room below the smallest positive loss (1), so 1 stays above the edge.
        assertThat(pts[3]).isLessThan(bottom - 10);
        assertThat(Xml.texts(d)).contains("0.1", "1", "100");
    }

    @Test
    void allNonFiniteOrOutOfRangeHighlightNeverThrows() {
        double[] steps = {0, 1, NAN, 3};
        double[] losses = {NAN, INF, 1, Double.NEGATIVE_INFINITY};
        for (boolean log : new boolean[] {false, true}) {
            Document d = Xml.parse(LossChartSvg.render(steps, losses, log, 300, 200, "step", "loss", 99));
            assertThat(Xml.withClass(d, "circle", "gdp-point")).isEmpty();
        }
        Xml.parse(LossChartSvg.render(new double[] {0, 1}, new double[] {Double.MAX_VALUE, -Double.MAX_VALUE}, false,
                300, 200, "s", "l", 1));
        Xml.parse(LossChartSvg.render(new double[] {0, 1}, new double[] {Double.MIN_VALUE, 1e308}, true, 300, 200,
                "s", "l", 1));
    }

    @Test
    void mismatchedLengthsAndAbsurdSizesAreRejected() {
        assertThatThrownBy(() -> LossChartSvg.render(new double[2], new double[3], false, 300, 200, "", "", -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LossChartSvg.render(new double[2], new double[2], false, 10, 200, "", "", -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparisonChartHasOneColouredLinePerSeriesAndALegend() {
        List<LossChartSvg.Series> series = List.of(
                new LossChartSvg.Series("GD <η=0.1>", Palette.color(0), new double[] {0, 1, 2},
                        new double[] {4, 2, 1}),
                new LossChartSvg.Series("Adam & co", Palette.color(1), new double[] {0, 1, 2},
                        new double[] {4, INF, NAN}));
        Document d = Xml.parse(LossChartSvg.render(series, true, 480, 260, "step", "loss"));
        List<Element> lines = Xml.withClass(d, "path", "gdp-loss");
        assertThat(lines).extracting(e -> e.getAttribute("stroke"))
                .contains(Palette.color(0), Palette.color(1));
        assertThat(Xml.withClass(d, "rect", "gdp-legend")).hasSize(1);
        assertThat(Xml.texts(d)).contains("GD <η=0.1>", "Adam & co", "∞");

        Document empty = Xml.parse(LossChartSvg.render(List.of(), false, 480, 260, "step", "loss"));
        assertThat(Xml.withClass(empty, "rect", "gdp-legend")).isEmpty();
    }

    @Test
    void seriesValidatesAndCopies() {
        double[] losses = {1, 2};
        LossChartSvg.Series s = new LossChartSvg.Series("a", "#000000", new double[] {0, 1}, losses);
        losses[0] = 99;
        assertThat(s.losses()).containsExactly(1, 2);
        assertThatThrownBy(() -> new LossChartSvg.Series("a", "red", new double[1], new double[1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LossChartSvg.Series("a", "#000000", new double[1], new double[2]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLiveFrameStaysSmall() {
        double[] steps = new double[500];
        double[] losses = new double[500];
        for (int i = 0; i < 500; i++) {
            steps[i] = i;
            losses[i] = 100 * Math.exp(-i / 40.0);
        }
        String svg = LossChartSvg.render(steps, losses, true, 480, 260, "step", "loss", 499);
        System.out.printf("[measure] loss chart 480x260, 500 points, log: %d bytes%n", svg.length());
        assertThat(svg.length()).isLessThan(12_000);
    }
}
