package org.gdplayground.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdplayground.engine.function.Bounds;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgPlotTest {

    private final PlotFrame frame = new PlotFrame(new Bounds(-5, 5, -5, 5), 800, 560, 60, 12, 716, 503);

    @Test
    void producesAStandaloneWellFormedSvg() {
        String svg = new SvgPlot(frame)
                .polyline(new double[] {-3, -1, 0}, new double[] {4, 1, 0}, "gdp-traj")
                .circle(0, 0, 5, "gdp-point")
                .star(0, 0, 9, "gdp-min")
                .cross(1, 1, 5, "gdp-min")
                .arrow(-1, 1, 2, -2, 60, "gdp-grad")
                .line(-5, 0, 5, 0, "gdp-axis")
                .text(-4, 4, "start", "gdp-label")
                .toSvg();

        Document d = Xml.parse(svg);
        Element root = d.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 800 560");
        assertThat(Xml.withClass(d, "path", "gdp-traj")).hasSize(1);
        assertThat(Xml.withClass(d, "circle", "gdp-point")).hasSize(1);
        assertThat(Xml.withClass(d, "path", "gdp-min")).hasSize(2);
        assertThat(Xml.withClass(d, "path", "gdp-grad")).hasSize(1);
        // Presentation defaults make it look right outside the page.
        assertThat(Xml.withClass(d, "path", "gdp-traj").get(0).getAttribute("stroke")).isNotEmpty();
        assertThat(Xml.elements(d, "clipPath")).hasSize(1);
    }

    @Test
    void mapsDataToPixelsWithTheFrame() {
        Document d = Xml.parse(new SvgPlot(frame).circle(2, -3, 4, "gdp-point").toSvg());
        Element c = Xml.elements(d, "circle").get(0);
        assertThat(Double.parseDouble(c.getAttribute("cx"))).isCloseTo(frame.px(2), within(0.005));
        assertThat(Double.parseDouble(c.getAttribute("cy"))).isCloseTo(frame.py(-3), within(0.005));
    }

    @Test
    void escapesText() {
        String svg = new SvgPlot(frame).text(0, 0, "<x & y> \"q\" 'a'\u0007", "gdp-label").toSvg();
        assertThat(svg).contains("&lt;x &amp; y&gt;").doesNotContain("<x & y>");
        assertThat(Xml.texts(Xml.parse(svg))).containsExactly("<x & y> \"q\" 'a'\ufffd");
    }

    @Test
    void escapesTheClassAttribute() {
        String svg = new SvgPlot(frame).circle(0, 0, 3, "a\"b<c").toSvg();
        assertThat(Xml.elements(Xml.parse(svg), "circle").get(0).getAttribute("class")).isEqualTo("a\"b<c");
    }

    @Test
    void breaksPolylinesAtNonFinitePoints() {
        String svg = new SvgPlot(frame).polyline(new double[] {-4, -3, Double.NaN, 1, 2, 3},
                new double[] {-4, -3, 0, 1, Double.POSITIVE_INFINITY, 3}, "gdp-traj").toSvg();
        String path = Xml.withClass(Xml.parse(svg), "path", "gdp-traj").get(0).getAttribute("d");
        List<double[]> parts = Xml.subpaths(path);
        assertThat(parts).hasSize(3); // (-4,-4)–(-3,-3), the lone (1,1), the lone (3,3)
        assertThat(parts.get(0)).hasSize(4);
        assertThat(parts.get(1)[0]).isCloseTo(frame.px(1), within(0.005));
        assertThat(parts.get(1)).hasSize(4); // a zero-length piece, drawn as a dot by the round cap
    }

    @Test
    void cutsDivergingLinesAtThePlotAreaWithoutHugeNumbers() {
        String svg = new SvgPlot(frame).polyline(new double[] {0, 1e300}, new double[] {0, 1e300}, "gdp-traj")
                .toSvg();
        String d = Xml.withClass(Xml.parse(svg), "path", "gdp-traj").get(0).getAttribute("d");
        for (double[] part : Xml.subpaths(d)) {
            for (double v : part) {
                assertThat(v).isBetween(0.0, 800.0);
            }
        }
        assertThat(svg).doesNotContain("E").doesNotContain("Infinity").doesNotContain("NaN");
    }

    @Test
    void dropsPointsCloserThanHalfAPixelButKeepsTheLastOne() {
        double[] xs = new double[1001];
        double[] ys = new double[1001];
        for (int i = 0; i <= 1000; i++) {
            xs[i] = i * 1e-4; // 0.0716 px apart
            ys[i] = 0;
        }
        String d = Xml.withClass(Xml.parse(new SvgPlot(frame).polyline(xs, ys, "gdp-traj").toSvg()), "path",
                "gdp-traj").get(0).getAttribute("d");
        double[] pts = Xml.subpaths(d).get(0);
        assertThat(pts.length / 2).isLessThan(30);
        assertThat(pts[pts.length - 2]).isCloseTo(frame.px(0.1), within(0.005));
    }

    @Test
    void writesAtMostTwoDecimals() {
        String svg = new SvgPlot(frame).polyline(new double[] {-1.23456, 0.987654, 3.14159},
                new double[] {2.71828, -1.41421, 0.333333}, "gdp-traj").circle(1 / 3.0, 2 / 3.0, 3.14159, "gdp-point")
                .toSvg();
        Matcher m = Pattern.compile("\\d+\\.(\\d+)").matcher(svg);
        int numbers = 0;
        while (m.find()) {
            assertThat(m.group(1).length()).as(m.group()).isLessThanOrEqualTo(2);
            numbers++;
        }
        assertThat(numbers).isGreaterThan(4);
        assertThat(SvgPlot.appendNum(new StringBuilder(), -0.001).toString()).isEqualTo("0");
        assertThat(SvgPlot.appendNum(new StringBuilder(), -12.5).toString()).isEqualTo("-12.5");
        assertThat(SvgPlot.appendNum(new StringBuilder(), 3.049).toString()).isEqualTo("3.05");
        assertThat(SvgPlot.appendNum(new StringBuilder(), 7.0).toString()).isEqualTo("7");
    }

    @Test
    void capsArrowLengthInPixelsAndKeepsDirection() {
        String svg = new SvgPlot(frame).arrow(0, 0, 1000, 0, 60, "gdp-grad").toSvg();
        double[] shaft = Xml.subpaths(Xml.withClass(Xml.parse(svg), "path", "gdp-grad").get(0).getAttribute("d"))
                .get(0);
        assertThat(shaft[2] - shaft[0]).isCloseTo(60, within(0.01));
        assertThat(shaft[3]).isCloseTo(shaft[1], within(0.01));
        // A zero or non-finite vector draws nothing.
        assertThat(new SvgPlot(frame).arrow(0, 0, 0, 0, 60, "gdp-grad").arrow(0, 0, Double.NaN, 1, "gdp-grad")
                .toSvg()).doesNotContain("<path");
    }

    @Test
    void skipsMarkersOutsideThePlot() {
        String svg = new SvgPlot(frame).circle(50, 0, 4, "gdp-point").star(Double.NaN, 0, 8, "gdp-min").toSvg();
        assertThat(svg).doesNotContain("<circle").doesNotContain("<path");
    }

    @Test
    void axesUseNiceLinearTicks() {
        SvgPlot plot = new SvgPlot(400, 300, new SvgPlot.Margins(50, 10, 20, 40), new Bounds(0, 1, 0, 1), false);
        Document d = Xml.parse(plot.axes("step", "loss <y>").toSvg());
        assertThat(Xml.texts(d)).containsSubsequence("0", "0.2", "0.4", "0.6", "0.8", "1")
                .contains("step", "loss <y>");
        assertThat(Xml.withClass(d, "path", "gdp-axis")).hasSize(1);
    }

    @Test
    void logAxesUseDecades() {
        SvgPlot plot = new SvgPlot(400, 400, new SvgPlot.Margins(50, 10, 20, 40), new Bounds(0, 10, 1e-6, 10), true);
        Document d = Xml.parse(plot.axes("step", "loss").toSvg());
        assertThat(Xml.texts(d)).containsSubsequence("1e-6", "1e-5", "1e-4", "0.001", "0.01", "0.1", "1", "10");
        assertThat(plot.py(1e-6)).isCloseTo(360, within(1e-9));
        assertThat(plot.py(10)).isCloseTo(10, within(1e-9));
        assertThat(plot.py(0)).isNaN();
        assertThatThrownBy(() -> new SvgPlot(400, 400, new SvgPlot.Margins(50, 10, 20, 40), new Bounds(0, 1, 0, 1),
                true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void explicitColourReplacesTheDefaultStrokeAndMustBeHex() {
        SvgPlot plot = new SvgPlot(frame);
        String svg = plot.polyline(new double[] {0, 1}, new double[] {0, 1}, "gdp-loss", "#123abc").toSvg();
        Element path = Xml.withClass(Xml.parse(svg), "path", "gdp-loss").get(0);
        assertThat(path.getAttribute("stroke")).isEqualTo("#123abc");
        assertThatThrownBy(() -> new SvgPlot(frame).polyline(new double[] {0, 1}, new double[] {0, 1}, "gdp-loss",
                "red\" onload=\"x")).isInstanceOf(IllegalArgumentException.class);
    }
}
