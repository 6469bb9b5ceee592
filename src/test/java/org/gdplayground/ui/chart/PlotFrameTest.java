package org.gdplayground.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.gdplayground.engine.function.Bounds;
import org.junit.jupiter.api.Test;

class PlotFrameTest {

    private final PlotFrame frame = new PlotFrame(new Bounds(-2, 2, -1, 3), 800, 560, 60, 12, 716, 503);

    @Test
    void dataToPixelAndBackRoundTrips() {
        double[] xs = {-2, -1.3, 0, 0.77, 2};
        double[] ys = {-1, -0.2, 1, 2.5, 3};
        for (double x : xs) {
            assertThat(frame.dataX(frame.px(x))).isCloseTo(x, within(1e-12));
        }
        for (double y : ys) {
            assertThat(frame.dataY(frame.py(y))).isCloseTo(y, within(1e-12));
        }
        assertThat(frame.px(frame.dataX(123.4))).isCloseTo(123.4, within(1e-9));
        assertThat(frame.py(frame.dataY(321.5))).isCloseTo(321.5, within(1e-9));
    }

    @Test
    void boundsMapToThePlotEdgesWithYPointingUp() {
        assertThat(frame.px(-2)).isEqualTo(60.0);
        assertThat(frame.px(2)).isCloseTo(776.0, within(1e-9));
        assertThat(frame.py(3)).isEqualTo(12.0);
        assertThat(frame.py(-1)).isCloseTo(515.0, within(1e-9));
        assertThat(frame.py(2)).isLessThan(frame.py(1));
        assertThat(frame.px(1)).isGreaterThan(frame.px(0));
        assertThat(frame.right()).isEqualTo(776.0);
        assertThat(frame.bottom()).isEqualTo(515.0);
    }

    @Test
    void insidePlotIncludesEdgesAndRejectsOutsideAndNaN() {
        assertThat(frame.insidePlot(60, 12)).isTrue();
        assertThat(frame.insidePlot(776, 515)).isTrue();
        assertThat(frame.insidePlot(400, 300)).isTrue();
        assertThat(frame.insidePlot(59.9, 300)).isFalse();
        assertThat(frame.insidePlot(400, 515.1)).isFalse();
        assertThat(frame.insidePlot(Double.NaN, 300)).isFalse();
    }

    @Test
    void withMarginsSubtractsMargins() {
        PlotFrame f = PlotFrame.withMargins(new Bounds(0, 1, 0, 1), 400, 300, 50, 10, 20, 40);
        assertThat(f.left()).isEqualTo(50.0);
        assertThat(f.top()).isEqualTo(10.0);
        assertThat(f.plotWidth()).isEqualTo(330.0);
        assertThat(f.plotHeight()).isEqualTo(250.0);
    }

    @Test
    void rejectsAnEmptyPlotArea() {
        assertThatThrownBy(() -> new PlotFrame(new Bounds(0, 1, 0, 1), 100, 100, 0, 0, 0, 50))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlotFrame(new Bounds(0, 1, 0, 1), 0, 100, 0, 0, 10, 50))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
