package org.gdplayground.ui.surface3d;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.ExpressionLimits;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.junit.jupiter.api.Test;

class SurfaceMeshTest {

    private static Objective builtin(String id) {
        return Objectives.builtin(id).orElseThrow();
    }

    @Test
    void samplesTheSurfaceOnTheGridRowByRow() {
        SurfaceMesh m = SurfaceMesh.of(builtin("sphere"), new Bounds(-2, 2, -1, 3), 5);
        // x = −2, −1, 0, 1, 2 and y = −1, 0, 1, 2, 3: values[j·n + i] = xᵢ² + yⱼ².
        assertThat(m.x(0)).isEqualTo(-2);
        assertThat(m.y(4)).isEqualTo(3);
        assertThat(m.value(0, 0)).isEqualTo(4 + 1);
        assertThat(m.value(2, 1)).isEqualTo(0);
        assertThat(m.value(4, 4)).isEqualTo(4 + 9);
        assertThat(m.values()[3 * 5 + 1]).isEqualTo(1 + 4);
        assertThat(m.floor()).isEqualTo(0);
        assertThat(m.top()).isEqualTo(13);
        assertThat(m.max()).isEqualTo(13);
        assertThat(m.nonFinite()).isZero();
        assertThat(m.clipped()).isZero();
    }

    @Test
    void theFloorIsAKnownMinimumTheGridMisses() {
        // Rosenbrock's minimum (1, 1) lies between the grid points of a 4 × 4 grid over [−2, 2] × [−1, 3].
        SurfaceMesh m = SurfaceMesh.of(builtin("rosenbrock"), builtin("rosenbrock").bounds(), 4);
        assertThat(m.floor()).isEqualTo(0);
        double gridMin = java.util.Arrays.stream(m.values()).min().orElseThrow();
        assertThat(gridMin).isGreaterThan(0);
    }

    @Test
    void logHeightIsLog10OfOnePlusTheRiseAboveTheFloor() {
        assertThat(SurfaceMesh.logHeight(0, 0)).isEqualTo(0);
        assertThat(SurfaceMesh.logHeight(9, 0)).isCloseTo(1, within(1e-15));
        assertThat(SurfaceMesh.logHeight(98, -1)).isCloseTo(2, within(1e-15));
        assertThat(SurfaceMesh.logHeight(-5, 0)).isEqualTo(0); // below the floor: drawn at the floor
        assertThat(SurfaceMesh.logHeight(Double.NaN, 0)).isNaN();
    }

    @Test
    void logHeightIsSuggestedForSteepSurfacesOnly() {
        assertThat(SurfaceMesh.of(builtin("rosenbrock"), 61).logSuggested()).isTrue();
        assertThat(SurfaceMesh.of(builtin("beale"), 61).logSuggested()).isTrue();
        assertThat(SurfaceMesh.of(builtin("sphere"), 61).logSuggested()).isFalse();
        assertThat(SurfaceMesh.of(builtin("himmelblau"), 61).logSuggested()).isFalse();
        assertThat(SurfaceMesh.of(builtin("booth"), 61).logSuggested()).isFalse();
    }

    @Test
    void heightsClampIntoTheDrawnRangeAndNeverInventANumber() {
        SurfaceMesh m = SurfaceMesh.of(builtin("sphere"), new Bounds(-2, 2, -2, 2), 5); // floor 0, top 8
        assertThat(m.height(3, false)).isEqualTo(3);
        assertThat(m.height(100, false)).isEqualTo(8);
        assertThat(m.clips(100)).isTrue();
        assertThat(m.clips(3)).isFalse();
        assertThat(m.height(7, true)).isCloseTo(Math.log10(8), within(1e-15));
        assertThat(m.height(1e300, true)).isCloseTo(Math.log10(9), within(1e-15));
        assertThat(m.height(Double.NaN, false)).isNaN();
        assertThat(m.height(Double.POSITIVE_INFINITY, true)).isNaN();
        assertThat(m.height(Double.NEGATIVE_INFINITY, false)).isNaN();
    }

    @Test
    void aCustomExpressionWithAPoleHasAHoleAndACappedTop() {
        Objective pole = Objectives.custom("1/(x^2+y^2)", ExpressionLimits.defaults());
        SurfaceMesh m = SurfaceMesh.of(pole, 61); // the box [−5, 5]² has (0, 0) on its grid
        assertThat(m.value(30, 30)).isNaN();
        assertThat(m.nonFinite()).isEqualTo(1);
        // Next to the pole (one grid step h = 1/6 away) f = 1/h² = 36, far above nearly everything else.
        assertThat(m.max()).isCloseTo(36, within(1e-9));
        assertThat(m.top()).isLessThan(m.max());
        assertThat(m.clipped()).isPositive();
        long above = java.util.Arrays.stream(m.values()).filter(v -> v > m.top()).count();
        assertThat(m.clipped()).isEqualTo((int) above);
    }

    @Test
    void aCustomExpressionIsSampledExactly() {
        Objective o = Objectives.custom("x*y + sin(x)", ExpressionLimits.defaults());
        SurfaceMesh m = SurfaceMesh.of(o, 11); // x, y = −5, −4, …, 5
        assertThat(m.value(7, 2)).isCloseTo(2.0 * -3 + Math.sin(2), within(1e-12));
        assertThat(m.nonFinite()).isZero();
    }

    @Test
    void aSurfaceThatIsNowhereANumberGivesAnEmptyMeshNotAnError() {
        Objective o = Objectives.custom("log(-1-x^2)", ExpressionLimits.defaults());
        SurfaceMesh m = SurfaceMesh.of(o, 7);
        assertThat(m.nonFinite()).isEqualTo(49);
        assertThat(java.util.Arrays.stream(m.values()).allMatch(Double::isNaN)).isTrue();
        assertThat(m.top()).isGreaterThan(m.floor());
    }

    @Test
    void aFlatSurfaceStillHasAHeightRange() {
        Objective o = Objectives.custom("3", ExpressionLimits.defaults());
        SurfaceMesh m = SurfaceMesh.of(o, 5);
        assertThat(m.floor()).isEqualTo(3);
        assertThat(m.top()).isEqualTo(4);
    }

    @Test
    void onlyTwoParameterObjectivesHaveASurface() {
        assertThatThrownBy(() -> SurfaceMesh.of(builtin("study-hours-w"), 61))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2-parameter");
        assertThatThrownBy(() -> SurfaceMesh.of(builtin("sphere"), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCacheSamplesEachSurfaceOnceAndTellsTypedExpressionsApart() {
        MeshCache cache = new MeshCache(8);
        Objective a = Objectives.custom("x^2+y^2", ExpressionLimits.defaults());
        Objective b = Objectives.custom("x^2+2*y^2", ExpressionLimits.defaults());
        SurfaceMesh first = cache.get(a);
        assertThat(cache.get(Objectives.custom("x^2+y^2", ExpressionLimits.defaults()))).isSameAs(first);
        assertThat(cache.samples()).isEqualTo(1);
        assertThat(cache.get(b)).isNotSameAs(first);
        assertThat(cache.samples()).isEqualTo(2);
    }
}
