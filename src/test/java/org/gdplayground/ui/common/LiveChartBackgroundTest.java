package org.gdplayground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A contour re-configured on the surface it shows does not send its raster again (instant exploration's cost). */
class LiveChartBackgroundTest {

    private static final String SPEC = "{\"kind\":\"contour\",\"background\":{\"src\":\"data:image/png;base64,AAAA\","
            + "\"xMin\":-2},\"series\":[{\"id\":\"0\",\"label\":\"SGD, γ = %s\"}]}";

    @Test
    void theSameImageIsSentOnceAndTheFullSpecIsStillRecorded() {
        LiveChart c = new LiveChart("contour");
        c.configure(SPEC.formatted("0.1"));
        c.configure(SPEC.formatted("0.2"));
        assertThat(c.configuration()).isEqualTo(SPEC.formatted("0.2"));
        assertThat(c.calls()).isEqualTo(2);
        assertThat(LiveChart.background(SPEC.formatted("0.2"))).isEqualTo("data:image/png;base64,AAAA");
        assertThat(LiveChart.background("{\"kind\":\"line\"}")).isEmpty();
        assertThat(LiveChart.background("{\"background\":{\"src\":\"same\"}}")).isEmpty();
    }
}
