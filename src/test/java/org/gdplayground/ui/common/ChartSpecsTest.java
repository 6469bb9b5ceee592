package org.gdplayground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gdplayground.engine.function.Ellipse;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.ui.chart.ContourCache;
import org.junit.jupiter.api.Test;

class ChartSpecsTest {

    private final ContourCache cache = new ContourCache(8);
    private final List<ChartSpecs.Series> one = List.of(new ChartSpecs.Series("0", "Adam", "#1f77b4"));

    private String contour(Objective o, List<ChartSpecs.Series> series, String lang) {
        return ChartSpecs.contour(o, ChartSpecs.raster(cache, o), series, k -> lang + ":" + k);
    }

    @Test
    void pagesOnTheSameSurfaceShareOneContourSpec() {
        String a = contour(new Rosenbrock(), one, "en");
        String b = contour(new Rosenbrock(), one, "en");
        assertThat(b).isEqualTo(a).isSameAs(a);
        assertThat(a).contains("\"kind\":\"contour\"", "data:image/png;base64,");
    }

    @Test
    void differentSurfacesLanguagesOrSeriesAreNotShared() {
        String a = contour(new Rosenbrock(), one, "en");
        assertThat(contour(new Ellipse(), one, "en")).isNotEqualTo(a);
        assertThat(contour(new Rosenbrock(), one, "ko")).isNotEqualTo(a).contains("ko:table.loss");
        List<ChartSpecs.Series> two = List.of(one.get(0), new ChartSpecs.Series("1", "SGD", "#ff7f0e"));
        assertThat(contour(new Rosenbrock(), two, "en")).isNotEqualTo(a).contains("\"label\":\"SGD\"");
    }
}
