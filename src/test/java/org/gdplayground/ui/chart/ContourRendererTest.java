package org.gdplayground.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.RegressionProblem;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.engine.function.Sphere;
import org.junit.jupiter.api.Test;

class ContourRendererTest {

    private final ContourRenderer renderer = new ContourRenderer();

    @Test
    void producesAPngOfTheRequestedSize() {
        Sphere sphere = new Sphere();
        ContourImage image = renderer.render(sphere, sphere.bounds(), 800, 560, "x", "y");

        BufferedImage decoded = Png.decode(image.openPng());
        assertThat(decoded.getWidth()).isEqualTo(800);
        assertThat(decoded.getHeight()).isEqualTo(560);
        assertThat(image.frame().width()).isEqualTo(800);
        assertThat(image.frame().height()).isEqualTo(560);
        assertThat(image.frame().bounds()).isEqualTo(sphere.bounds());
        // The plot area sits inside the image, leaving room for the axes on the left and bottom.
        assertThat(image.frame().left()).isGreaterThan(20);
        assertThat(image.frame().bottom()).isLessThan(540);
        assertThat(image.frame().right()).isLessThanOrEqualTo(800);
        assertThat(image.minValue()).isBetween(0.0, 0.01);
        assertThat(image.maxValue()).isBetween(45.0, 50.0);
    }

    @Test
    void theMinimumOfTheSphereIsLowerInThePaletteThanTheCorners() {
        Sphere sphere = new Sphere();
        ContourImage image = renderer.render(sphere, sphere.bounds(), 400, 300, "x", "y");
        BufferedImage png = Png.decode(image.openPng());
        PlotFrame f = image.frame();

        double centre = luminanceAround(png, f.px(0), f.py(0));
        for (double[] corner : List.of(new double[] {-4.9, -4.9}, new double[] {4.9, 4.9}, new double[] {-4.9, 4.9},
                new double[] {4.9, -4.9})) {
            assertThat(centre).isLessThan(luminanceAround(png, f.px(corner[0]), f.py(corner[1])) - 50);
        }
        // The centre is the darkest band of viridis (dark purple), not grey or white.
        int rgb = png.getRGB((int) f.px(0.05), (int) f.py(0.05)) & 0xffffff;
        assertThat(rgb).isNotEqualTo(ContourRenderer.NON_FINITE_RGB).isNotEqualTo(0xffffff);
        assertThat(rgb & 0xff).isGreaterThan((rgb >> 8) & 0xff); // more blue than green: purple
    }

    @Test
    void rosenbrocksValleyFloorIsLowerThanItsCorner() {
        Rosenbrock r = new Rosenbrock();
        ContourImage image = renderer.render(r, r.bounds(), 400, 300, "x", "y");
        BufferedImage png = Png.decode(image.openPng());
        PlotFrame f = image.frame();
        assertThat(luminanceAround(png, f.px(1), f.py(1)))
                .isLessThan(luminanceAround(png, f.px(-1.95), f.py(-0.95)) - 50);
    }

    @Test
    void nonFiniteValuesArePaintedGrey() {
        // Every residual is about 1e200, so its square overflows to ∞ everywhere in the viewport.
        RegressionProblem huge = new RegressionProblem("huge", "(w·x + b − y)²", new double[][] {{1e100}, {2e100}},
                new double[] {1e200, 1e200}, true, new Bounds(-5, 5, -5, 5), new double[] {0, 0});
        ContourImage image = renderer.render(huge, huge.bounds(), 200, 150, "w", "b");
        BufferedImage png = Png.decode(image.openPng());
        PlotFrame f = image.frame();
        assertThat(png.getRGB((int) f.px(1), (int) f.py(1)) & 0xffffff).isEqualTo(ContourRenderer.NON_FINITE_RGB);
        assertThat(image.minValue()).isNaN();
        assertThat(image.maxValue()).isNaN();
    }

    @Test
    void rejectsObjectivesThatAreNotTwoDimensional() {
        RegressionProblem threeParams = new RegressionProblem("plane", "mse", new double[][] {{1, 2}, {2, 1}, {3, 3}},
                new double[] {1, 2, 3}, true, new Bounds(-1, 1, -1, 1), new double[] {0, 0, 0});
        RegressionProblem oneParam = new RegressionProblem("line", "mse", new double[][] {{1}, {2}},
                new double[] {1, 2}, false, new Bounds(-1, 1, -1, 1), new double[] {0});

        assertThatThrownBy(() -> renderer.render(threeParams, threeParams.bounds(), 400, 300, "x", "y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2-parameter");
        assertThatThrownBy(() -> renderer.render(oneParam, oneParam.bounds(), 400, 300, "x", "y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAbsurdSizes() {
        Sphere s = new Sphere();
        assertThatThrownBy(() -> renderer.render(s, s.bounds(), 10, 300, "x", "y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.render(s, s.bounds(), 400, 100_000, "x", "y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contourImageCopiesItsBytes() {
        byte[] bytes = {1, 2, 3};
        ContourImage image = new ContourImage(bytes, new PlotFrame(new Bounds(0, 1, 0, 1), 10, 10, 0, 0, 10, 10), 0,
                1);
        bytes[0] = 9;
        image.png()[1] = 9;
        assertThat(image.png()).containsExactly(1, 2, 3);
        assertThat(image.pngSize()).isEqualTo(3);
        assertThat(image).isEqualTo(new ContourImage(new byte[] {1, 2, 3}, image.frame(), 0, 1));
    }

    /** Prints render time and PNG size for the report; asserts only the size, never the time. */
    @Test
    void measuresRenderTimeAndPngSize() {
        for (Objective o : List.<Objective>of(new Sphere(), new Rosenbrock())) {
            long start = System.nanoTime();
            ContourImage first = renderer.render(o, o.bounds(), 800, 560, "x", "y");
            double firstMs = (System.nanoTime() - start) / 1e6;
            double[] ms = new double[7];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                renderer.render(o, o.bounds(), 800, 560, "x", "y");
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("[measure] contour %-10s 800x560: first %.0f ms, warm median %.0f ms (min %.0f, max %.0f)"
                    + ", PNG %d bytes%n", o.id(), firstMs, ms[ms.length / 2], ms[0], ms[ms.length - 1],
                    first.pngSize());
            assertThat(first.pngSize()).isBetween(5_000, 300_000);
        }
    }

    /** Mean luminance of the 5×5 pixels around (x, y), which averages a contour line away. */
    private static double luminanceAround(BufferedImage img, double x, double y) {
        double sum = 0;
        int n = 0;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                sum += PaletteTest.luminance(img.getRGB((int) x + dx, (int) y + dy));
                n++;
            }
        }
        return sum / n;
    }
}
