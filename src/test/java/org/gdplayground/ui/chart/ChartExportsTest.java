package org.gdplayground.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.gdplayground.engine.function.Sphere;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ChartExportsTest {

    private static final List<LossChartSvg.Series> SERIES = List.of(
            new LossChartSvg.Series("GD", Palette.color(0), new double[] {0, 1, 2, 3, 4},
                    new double[] {10, 3, 1, 0.3, 0}),
            new LossChartSvg.Series("GD", Palette.color(1), new double[] {0, 1, 2, 3},
                    new double[] {10, 50, Double.POSITIVE_INFINITY, Double.NaN}),
            new LossChartSvg.Series("single", Palette.color(2), new double[] {2}, new double[] {4}));

    @Test
    void lossPngDecodesAtTheRequestedSize() {
        for (boolean log : new boolean[] {false, true}) {
            byte[] png = ChartExports.lossPng(SERIES, log, 640, 400, "step", "loss");
            BufferedImage img = Png.decode(new ByteArrayInputStream(png));
            assertThat(img.getWidth()).isEqualTo(640);
            assertThat(img.getHeight()).isEqualTo(400);
        }
        BufferedImage empty = Png.decode(new ByteArrayInputStream(
                ChartExports.lossPng(List.of(), true, 300, 200, "step", "loss")));
        assertThat(empty.getWidth()).isEqualTo(300);
    }

    @Test
    void lossSvgIsAnSvgDocument() {
        String svg = ChartExports.lossSvg(SERIES, true, 640, 400, "step", "loss <y>");
        assertThat(svg).contains("<svg");
        Document d = Xml.parse(svg);
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(ChartExports.lossSvg(SERIES, false, 640, 400, "step", "loss")).contains("<svg");
    }

    @Test
    void contourPngPaintsTrajectoriesOnTheBackground() {
        Sphere sphere = new Sphere();
        ContourImage background = new ContourRenderer().render(sphere, sphere.bounds(), 400, 300, "x", "y");
        double[][] horizontal = {{-4, -2, 0, 2, 4}, {2, 2, 2, 2, 2}};
        double[][] diverging = {{0, 1e300, Double.NaN}, {0, 1e300, 1}};
        byte[] png = ChartExports.contourPng(background, List.of(horizontal, diverging), List.of("#ff0000"),
                sphere.minima());

        BufferedImage out = Png.decode(new ByteArrayInputStream(png));
        BufferedImage before = Png.decode(background.openPng());
        assertThat(out.getWidth()).isEqualTo(400);
        assertThat(out.getHeight()).isEqualTo(300);
        PlotFrame f = background.frame();
        int onLine = out.getRGB((int) f.px(1), (int) Math.round(f.py(2))) & 0xffffff;
        assertThat(onLine).isNotEqualTo(before.getRGB((int) f.px(1), (int) Math.round(f.py(2))) & 0xffffff);
        assertThat((onLine >> 16) & 0xff).isGreaterThan(200); // the red line
        // Away from lines and markers the background is unchanged.
        assertThat(out.getRGB((int) f.px(-3), (int) f.py(-3))).isEqualTo(before.getRGB((int) f.px(-3),
                (int) f.py(-3)));
    }

    @Test
    void contourPngRejectsMalformedTrajectories() {
        Sphere sphere = new Sphere();
        ContourImage background = new ContourRenderer().render(sphere, sphere.bounds(), 200, 150, "x", "y");
        assertThatThrownBy(() -> ChartExports.contourPng(background, List.<double[][]>of(new double[][] {{0, 1}, {0}}),
                List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
