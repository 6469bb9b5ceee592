package org.gdplayground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Sphere;
import org.gdplayground.engine.function.TextbookQuadratic;
import org.gdplayground.engine.run.Status;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.session.Frame;
import org.gdplayground.session.Trace;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The page model without a UI: cursor and following, throttles on a fake clock, playing, restart, run choice. */
class RunPageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MS = 1_000_000L;

    private final Objective sphere = new Sphere();
    private long now = 1_000 * MS;
    private final RunPage playground = new RunPage(RunPage.Throttles.PLAYGROUND, () -> now);

    /** Gradient descent with lr 0.1 on x² + y² from (−3, 4), traced as the playback traces it. */
    private final class FakeRun {
        private final List<StepRecord> records = new ArrayList<>();
        private final Trace trace = new Trace(2, sphere.bounds());
        private final double[] theta;
        private final int steps;

        FakeRun(double x, double y, int steps) {
            this.theta = new double[] {x, y};
            this.steps = steps;
            add(0);
        }

        private void add(int k) {
            double[] g = new double[2];
            sphere.gradient(theta, g);
            double loss = sphere.value(theta);
            records.add(new StepRecord(k, 0, theta.clone(), loss, Double.NaN, g, new double[2], 0.1, List.of()));
            trace.step(k, theta, loss);
        }

        /** Steps {@code n} times (not past the end) and returns the view a frame would carry. */
        Frame.RunView advance(int n) {
            for (int i = 0; i < n && records.size() <= steps; i++) {
                double[] g = new double[2];
                sphere.gradient(theta, g);
                theta[0] -= 0.1 * g[0];
                theta[1] -= 0.1 * g[1];
                add(records.size());
            }
            boolean done = records.size() > steps;
            Status status = done ? Status.MAX_STEPS : Status.RUNNING;
            return new Frame.RunView(List.copyOf(records), records.getLast(), status, null, 0, steps, trace.drain(),
                    Diagnosis.none(done));
        }
    }

    private static Frame frame(boolean playing, Frame.RunView... runs) {
        return new Frame(List.of(runs), playing, false);
    }

    @Test
    void theCursorFollowsTheNewestStepWhileFollowing() {
        FakeRun run = new FakeRun(-3, 4, 100);
        playground.start(sphere, 1);
        RunPage.Update first = playground.frame(frame(true, run.advance(0)));
        assertThat(first.cursor()).isZero();
        for (int i = 1; i <= 3; i++) {
            RunPage.Update u = playground.frame(frame(true, run.advance(5)));
            assertThat(u.cursor()).isEqualTo(5 * i);
            assertThat(u.record().k()).isEqualTo(5 * i);
            assertThat(u.previous().k()).isEqualTo(5 * i - 1);
            assertThat(u.follow()).isTrue();
            // Following the newest step: no "shown step" mark is sent.
            assertThat(u.mark()).isFalse();
            assertThat(u.shown()).isNull();
        }
        assertThat(playground.frame(frame(true, run.advance(5))).scrubPosition()).isEqualTo(RunPage.SCRUB_SCALE);
    }

    @Test
    void scrubbingStopsFollowingAndTheLastRowResumes() {
        FakeRun run = new FakeRun(-3, 4, 100);
        playground.start(sphere, 1);
        playground.frame(frame(true, run.advance(10)));
        RunPage.Update scrubbed = playground.scrub(4);
        assertThat(scrubbed).isNotNull();
        assertThat(scrubbed.follow()).isFalse();
        assertThat(scrubbed.cursor()).isEqualTo(4);
        assertThat(scrubbed.moved()).isTrue();
        assertThat(scrubbed.explain()).isTrue();
        assertThat(scrubbed.redrawSlow()).isTrue();
        assertThat(scrubbed.contourDelta()).isNull();
        assertThat(scrubbed.shown()).extracting(StepRecord::k).containsExactly(4);

        // New steps arrive: the cursor stays on k = 4 and stays marked.
        RunPage.Update later = playground.frame(frame(true, run.advance(10)));
        assertThat(later.cursor()).isEqualTo(4);
        assertThat(later.follow()).isFalse();
        assertThat(later.mark()).isTrue();
        assertThat(later.shown()).extracting(StepRecord::k).containsExactly(4);
        assertThat(playground.pausedStep()).isNull();

        // Back to the last row: following again, the next frame moves the cursor to the newest step.
        RunPage.Update last = playground.scrub(1_000);
        assertThat(last.follow()).isTrue();
        assertThat(last.cursor()).isEqualTo(20);
        assertThat(last.shown()).isNull();
        assertThat(last.mark()).isTrue();
        RunPage.Update next = playground.frame(frame(true, run.advance(3)));
        assertThat(next.cursor()).isEqualTo(23);
        assertThat(next.mark()).isFalse();
    }

    @Test
    void theSliderMapsOntoTheRecords() {
        FakeRun run = new FakeRun(-3, 4, 100);
        playground.start(sphere, 1);
        playground.frame(frame(false, run.advance(10)));
        RunPage.Update u = playground.scrubTo(500);
        assertThat(u.cursor()).isEqualTo(5);
        assertThat(u.scrubPosition()).isEqualTo(500);
        assertThat(playground.pausedStep()).isEqualTo(5);
        assertThat(playground.scrub(0).record().k()).isZero();
        assertThat(playground.pausedStep()).as("k = 0 is the default, not written to the link").isNull();
    }

    @Test
    void theTableIsRefreshedAtMostEveryThreeSecondsWhilePlayingAndAlwaysWhenPaused() {
        FakeRun run = new FakeRun(-3, 4, 1_000);
        playground.start(sphere, 1);
        assertThat(playground.frame(frame(true, run.advance(1))).refreshTable()).isTrue();
        now += 1_000 * MS;
        assertThat(playground.frame(frame(true, run.advance(1))).refreshTable()).isFalse();
        now += 1_900 * MS;
        assertThat(playground.frame(frame(true, run.advance(1))).refreshTable()).isFalse();
        now += 200 * MS;
        assertThat(playground.frame(frame(true, run.advance(1))).refreshTable()).isTrue();
        now += 10 * MS;
        assertThat(playground.frame(frame(true, run.advance(1))).refreshTable()).isFalse();
        // Paused: every frame (a Step) shows its row.
        assertThat(playground.frame(frame(false, run.advance(1))).refreshTable()).isTrue();
        assertThat(playground.frame(frame(false, run.advance(1))).refreshTable()).isTrue();
    }

    @Test
    void slowPicturesAndTheExplanationAreThrottledWhilePlaying() {
        FakeRun run = new FakeRun(-3, 4, 1_000);
        playground.start(sphere, 1);
        RunPage.Update first = playground.frame(frame(true, run.advance(1)));
        assertThat(first.redrawSlow()).isTrue();
        assertThat(first.explain()).isTrue();
        now += 100 * MS;
        RunPage.Update soon = playground.frame(frame(true, run.advance(1)));
        assertThat(soon.redrawSlow()).isFalse();
        assertThat(soon.explain()).isFalse();
        now += 160 * MS;
        RunPage.Update slow = playground.frame(frame(true, run.advance(1)));
        assertThat(slow.redrawSlow()).as("260 ms after the last redraw").isTrue();
        assertThat(slow.explain()).as("260 ms after the last explanation").isFalse();
        now += 700 * MS;
        assertThat(playground.frame(frame(true, run.advance(1))).explain()).as("960 ms after").isFalse();
        now += 50 * MS;
        assertThat(playground.frame(frame(true, run.advance(1))).explain()).as("1,010 ms after").isTrue();
        // Paused: both at once.
        RunPage.Update paused = playground.frame(frame(false, run.advance(1)));
        assertThat(paused.redrawSlow()).isTrue();
        assertThat(paused.explain()).isTrue();
    }

    @Test
    void playingTransitionsAreReportedOnce() {
        FakeRun run = new FakeRun(-3, 4, 6);
        playground.start(sphere, 1);
        RunPage.Update ready = playground.frame(frame(false, run.advance(0)));
        assertThat(ready.playing()).isFalse();
        assertThat(ready.playingChanged()).isFalse();
        assertThat(ready.stepEnabled()).isTrue();
        RunPage.Update started = playground.frame(frame(true, run.advance(2)));
        assertThat(started.playing()).isTrue();
        assertThat(started.playingChanged()).isTrue();
        assertThat(started.stopped()).isFalse();
        RunPage.Update going = playground.frame(frame(true, run.advance(2)));
        assertThat(going.playingChanged()).isFalse();
        // The run ends while the playback still says it plays: the page is no longer playing.
        RunPage.Update done = playground.frame(frame(true, run.advance(10)));
        assertThat(done.playing()).isFalse();
        assertThat(done.playingChanged()).isTrue();
        assertThat(done.stopped()).isTrue();
        assertThat(done.stepEnabled()).isFalse();
        assertThat(playground.finished()).isTrue();
    }

    @Test
    void aNewRunResetsTheCursorAndTheChartsRestart() {
        FakeRun run = new FakeRun(-3, 4, 100);
        playground.start(sphere, 1);
        playground.frame(frame(true, run.advance(10)));
        playground.scrub(3);
        assertThat(playground.follow()).isFalse();

        playground.start(sphere, 1);
        assertThat(playground.frame()).isNull();
        assertThat(playground.cursor()).isZero();
        assertThat(playground.follow()).isTrue();
        assertThat(playground.playing()).isFalse();
        assertThat(playground.scrub(2)).as("nothing to scrub before the first frame").isNull();

        FakeRun again = new FakeRun(1, 1, 100);
        RunPage.Update u = playground.frame(new Frame(List.of(again.advance(0)), false, true));
        assertThat(u.restart()).isTrue();
        assertThat(u.cursor()).isZero();
        assertThat(u.refreshTable()).isTrue();
        assertThat(u.redrawSlow()).isTrue();
        assertThat(playground.frame(frame(false, again.advance(1))).restart()).isFalse();
    }

    @Test
    void compareShowsTheSelectedRunAndMarksEveryRun() {
        RunPage compare = new RunPage(RunPage.Throttles.COMPARE, () -> now);
        FakeRun a = new FakeRun(-3, 4, 100);
        FakeRun b = new FakeRun(2, -1, 100);
        compare.start(sphere, 2);
        compare.frame(frame(false, a.advance(6), b.advance(6)));
        RunPage.Update chosen = compare.selectRun(1);
        assertThat(chosen.selected()).isEqualTo(1);
        assertThat(chosen.run().latest().theta()).containsExactly(b.theta);
        assertThat(chosen.cursor()).isEqualTo(6);
        assertThat(chosen.follow()).isTrue();
        assertThat(chosen.refreshTable()).as("the other run's rows").isTrue();
        assertThat(compare.selectRun(2)).as("no third run").isNull();

        RunPage.Update scrubbed = compare.scrub(2);
        assertThat(scrubbed.shown()).hasSize(2);
        assertThat(scrubbed.shown().get(0).k()).as("run 1 at its newest step").isEqualTo(6);
        assertThat(scrubbed.shown().get(1).k()).as("the selected run at the cursor").isEqualTo(2);
        assertThat(scrubbed.shown().get(1).theta()[0]).isNotEqualTo(scrubbed.shown().get(0).theta()[0]);

        // Fewer runs: the selection falls back to the last one there is.
        compare.start(sphere, 1);
        assertThat(compare.selected()).isZero();
        compare.selectFirst();
        assertThat(compare.selected()).isZero();
    }

    @Test
    void chartDeltasCarryOnlyNewPoints() {
        FakeRun a = new FakeRun(-3, 4, 200);
        FakeRun b = new FakeRun(2, -1, 200);
        RunPage compare = new RunPage(RunPage.Throttles.COMPARE, () -> now);
        compare.start(sphere, 2);
        Set<String> lossSent = new HashSet<>();
        Set<String> pathSent = new HashSet<>();
        int lossPoints = 0;
        for (int f = 0; f < 8; f++) {
            RunPage.Update u = compare.frame(frame(true, a.advance(7), b.advance(7)));
            JsonNode loss = JSON.readTree(u.lossDelta()).get("points");
            JsonNode path = JSON.readTree(u.contourDelta()).get("points");
            for (String run : List.of("0", "1")) {
                JsonNode l = loss.get(run);
                assertThat(l).as("frame %d run %s has new loss points", f, run).isNotNull();
                for (JsonNode point : l) {
                    double k = point.get(0).asDouble();
                    assertThat(lossSent.add(run + ":" + k)).as("k = %s of run %s sent twice", k, run).isTrue();
                    lossPoints++;
                }
                JsonNode p = path.get(run);
                for (int i = 0; p != null && i < p.size(); i++) {
                    assertThat(pathSent.add(run + ":" + p.get(i).get(0).asDouble() + "," + p.get(i).get(1).asDouble()))
                            .as("path point of run %s sent twice", run).isTrue();
                }
            }
            assertThat(u.contourDelta()).contains("\"arrows\":null");
        }
        // Every step of both runs went out once (57 records each: k = 0…56, none thinned at this scale).
        assertThat(lossPoints).isEqualTo(2 * 57);
        assertThat(pathSent).isNotEmpty();
    }

    @Test
    void theArrowGoesWithTheNewestPointOnlyWhileFollowing() {
        FakeRun run = new FakeRun(-3, 4, 100);
        playground.start(sphere, 1);
        playground.arrows(true);
        assertThat(playground.frame(frame(true, run.advance(2))).contourDelta()).doesNotContain("\"arrows\":null");
        playground.scrub(0);
        assertThat(playground.frame(frame(true, run.advance(2))).contourDelta()).contains("\"arrows\":null");
    }

    @Test
    void aOneParameterSurfaceHasALossDeltaButNoContourDelta() {
        RunPage page = new RunPage(RunPage.Throttles.PLAYGROUND, () -> now);
        page.start(new TextbookQuadratic(), 1);
        FakeRun run = new FakeRun(-3, 4, 10);
        RunPage.Update u = page.frame(frame(true, run.advance(1)));
        assertThat(u.contourDelta()).isNull();
        assertThat(u.lossDelta()).contains("\"points\"");
        page.start(null, 1);
        assertThat(page.frame(frame(true, run.advance(1))).lossDelta()).as("no surface yet").isNull();
    }

    @Test
    void slowPicturesAreAlwaysDueWhenPausedFinishedOrRestarted() {
        RunPage compare = new RunPage(RunPage.Throttles.COMPARE, () -> now);
        FakeRun run = new FakeRun(-3, 4, 1_000);
        compare.start(sphere, 1);
        assertThat(compare.slowDue(frame(true, run.advance(1)))).isTrue();
        now += 500 * MS;
        assertThat(compare.slowDue(frame(true, run.advance(1)))).isFalse();
        assertThat(compare.slowDue(frame(false, run.advance(1)))).isTrue();
        assertThat(compare.slowDue(new Frame(List.of(run.advance(1)), true, true))).isTrue();
        now += 10 * MS;
        assertThat(compare.slowDue(frame(true, run.advance(1)))).isFalse();
        now += 1_001 * MS;
        assertThat(compare.slowDue(frame(true, run.advance(1)))).isTrue();
    }
}
