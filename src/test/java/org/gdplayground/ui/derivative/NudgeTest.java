package org.gdplayground.ui.derivative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.function.TextbookQuadratic;
import org.junit.jupiter.api.Test;

class NudgeTest {

    private final TextbookQuadratic f = new TextbookQuadratic(); // 0.01·x² + 0.1·x

    @Test
    void theLossChangesTheSlopeTimesTheNudgeAndTheRestIsTheCurvature() {
        Nudge n = Nudge.at(f, 3, 0.1, 1);
        assertThat(n.loss()).isCloseTo(0.39, offset(1e-15));
        assertThat(n.slope()).isCloseTo(0.16, offset(1e-15)); // 0.02·3 + 0.1
        assertThat(n.estimate()).isCloseTo(0.016, offset(1e-15));
        assertThat(n.actual()).isCloseTo(0.0161, offset(1e-15));
        // L is quadratic: the true change exceeds the rectangle by exactly ½·L''·δw² = 0.01·0.01
        assertThat(n.actual() - n.estimate()).isCloseTo(1e-4, offset(1e-15));
    }

    @Test
    void aGradientDescentStepGoesAgainstTheSlopeAndTheEstimateNeverGoesUp() {
        Nudge n = Nudge.at(f, 3, 0.1, 1);
        assertThat(n.step()).isCloseTo(-0.16, offset(1e-15));
        assertThat(n.stepEstimate()).isCloseTo(-0.0256, offset(1e-15));
        assertThat(n.stepActual()).isCloseTo(-0.025344, offset(1e-15));
        // on the other side of the minimum (x* = −5) the slope is negative: w grows, the loss still goes down
        Nudge left = Nudge.at(f, -8, -0.01, 10);
        assertThat(left.slope()).isCloseTo(-0.06, offset(1e-15));
        assertThat(left.estimate()).isCloseTo(0.0006, offset(1e-15)); // moving further left: the loss grows
        assertThat(left.step()).isCloseTo(0.6, offset(1e-15));
        assertThat(left.stepEstimate()).isNegative();
        assertThat(left.stepActual()).isNegative();
    }

    @Test
    void usesTheSurfacesOwnExactGradient() {
        var o = Objectives.builtin("textbook-quadratic").orElseThrow();
        double[] g = new double[1];
        o.gradient(new double[] {1.25}, g);
        assertThat(Nudge.at(o, 1.25, 0.5, 0.1).slope()).isEqualTo(g[0]);
        assertThatThrownBy(() -> Nudge.at(Objectives.builtin("sphere").orElseThrow(), 1, 0.1, 0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePictureDrawsTheStripOnTheSidesTheSignsSay() {
        String up = RectanglePicture.svg(Nudge.at(f, 3, 0.1, 1), "x", (k, a) -> k);
        // slope 0.16, width 40 px: a strip 6.4 px high above the base (y = 120), to the right of the block (x = 190)
        assertThat(up).contains("<rect x='190.0' y='113.6' width='40.0' height='6.4' fill='#a1d99b'")
                .contains("derivative.grows").doesNotContain("derivative.notToScale");
        String cut = RectanglePicture.svg(Nudge.at(f, 3, -0.1, 1), "x", (k, a) -> k);
        assertThat(cut).contains("<rect x='150.0' y='113.6' width='40.0' height='6.4' fill='#fdae6b'")
                .contains("derivative.shrinks");
        String below = RectanglePicture.svg(Nudge.at(f, -8, 0.1, 1), "x", (k, a) -> k);
        assertThat(below).contains("y='120.0' width='40.0' height='2.4'").doesNotContain("derivative.notToScale");
        String tall = RectanglePicture.svg(Nudge.at(f, 3000, 0.1, 1), "x", (k, a) -> k);
        assertThat(tall).contains("y='40.0' width='40.0' height='80.0'").contains("derivative.notToScale");
        assertThat(RectanglePicture.stripWidth(0.01)).isCloseTo(16, offset(1e-9));
        assertThat(RectanglePicture.stripWidth(0.5)).isCloseTo(64, offset(0.1));
    }
}
