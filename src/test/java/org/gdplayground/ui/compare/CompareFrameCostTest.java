package org.gdplayground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.Locale;
import org.gdplayground.session.Frame;
import org.gdplayground.ui.SyncRuns;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Measures (prints, never asserts) the server time per frame of the heaviest comparison: 8 optimizers × 1,000 steps
 * at the default speed (5 steps per frame, so 200 frames). A frame's server time is the engine steps, the frame
 * snapshot, drawing the pictures (worker thread in production) and applying them to the components (UI thread).
 * Frames are paced at most 10 per second by the ticker, so a frame must stay well under 100 ms.
 */
@SpringBootTest
@Import(SyncRuns.class)
class CompareFrameCostTest extends SpringBrowserlessTest {

    @Autowired
    SyncRuns.ManualTicker ticker;

    @Test
    void eightOptimizersTimesAThousandSteps() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CompareView.class);
        UI.getCurrent().navigate("compare", QueryParameters.fromString(Preset.FAMILY.query()));
        CompareView view = find(CompareView.class).single();
        assertThat(view.spec().runs()).hasSize(8);
        assertThat(view.spec().steps()).isEqualTo(1000);

        play(view, null); // warm-up: the JIT compiles the drawing code
        test(view.reset).click();
        view.cost.clear();
        long[] tick = new long[400];
        int frames = play(view, tick);

        Frame last = view.frame();
        assertThat(last.finished()).isTrue();
        assertThat(frames).isEqualTo(200);
        assertThat(view.cost.frames()).isEqualTo(frames);
        long[] sorted = Arrays.copyOf(tick, frames);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        String report = String.format(Locale.ROOT, "compare 8 runs x 1000 steps, %d frames: server time per frame"
                + " mean %.2f ms (draw %.2f ms on the worker + apply %.2f ms in the UI), median %.2f ms,"
                + " p95 %.2f ms, max %.2f ms", frames, mean, view.cost.meanRenderMs(), view.cost.meanApplyMs(),
                sorted[frames / 2] / 1e6, sorted[(int) (frames * 0.95)] / 1e6, sorted[frames - 1] / 1e6);
        System.out.println(report);
    }

    /** Plays to the end one tick (frame) at a time; records each tick's wall time when asked. */
    private int play(CompareView view, long @Nullable [] times) {
        test(view.play).click();
        int n = 0;
        while (ticker.hasActive()) {
            long t0 = System.nanoTime();
            ticker.tick();
            if (times != null) {
                times[n] = System.nanoTime() - t0;
            }
            n++;
        }
        return n;
    }
}
