package org.gdplayground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

/** The status line is announced when its sentence changes, not when only its numbers do. */
class StatusLineTest {

    @Test
    void aNewFrameIsNotAnnouncedButANewStateIs() {
        StatusLine status = new StatusLine();
        status.setText("Ready · step 0 of 100 · loss 25");
        assertThat(status.liveRegion().getText()).isEqualTo("Ready · step 0 of 100 · loss 25");
        status.setText("Running · step 1 of 100 · loss 16");
        assertThat(status.liveRegion().getText()).isEqualTo("Running · step 1 of 100 · loss 16");
        status.setText("Running · step 37 of 100 · loss 1.2e-5");
        status.setText("Running · step 38 of 100 · loss 9.87e-6");
        assertThat(status.liveRegion().getText()).as("frames while running are not read out")
                .isEqualTo("Running · step 1 of 100 · loss 16");
        status.setText("Running · step 39 of 100 · loss 9 · Diverging since step 30: loss ×12.8 in 7 steps");
        assertThat(status.liveRegion().getText()).contains("Diverging since step 30");
        status.setText("Diverged at step 41: loss grew from 25 to 1.2e308");
        assertThat(status.liveRegion().getText()).isEqualTo("Diverged at step 41: loss grew from 25 to 1.2e308");
        assertThat(status.getText()).isEqualTo("Diverged at step 41: loss grew from 25 to 1.2e308");
    }

    @Test
    void theLiveRegionIsAPoliteStatusNextToTheLine() {
        StatusLine status = new StatusLine();
        var live = status.liveRegion().getElement();
        assertThat(live.getAttribute("role")).isEqualTo("status");
        assertThat(live.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(StatusLine.shape("100단계 중 37단계 · 손실 1.2e-5")).isEqualTo("#단계 중 #단계 · 손실 #");
        assertThat(StatusLine.shape("Paused at step 3 of 100")).isNotEqualTo(StatusLine.shape("Running · step 3 of 100"));
        Div parent = new Div(new Div(), status, new Div());
        assertThat(parent.getElement().getChildCount()).isEqualTo(3);
    }
}
