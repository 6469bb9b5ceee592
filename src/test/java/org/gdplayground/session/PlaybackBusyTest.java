package org.gdplayground.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.engine.optimizer.Adam;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.system.Limits;
import org.junit.jupiter.api.Test;

/**
 * A playback whose work the full pool refused says the server is busy and never hands the page a frame without runs
 * (the page's {@code RunPage} cannot show one: it threw at 200 simulated students); Play later starts from k = 0.
 */
class PlaybackBusyTest {

    /** A pool that queues tasks until {@link #runAll}, refusing them while {@link #full}. */
    private static final class ManualPool implements Executor {
        final ArrayDeque<Runnable> queued = new ArrayDeque<>();
        boolean full;

        @Override
        public void execute(Runnable task) {
            if (full) {
                throw new RejectedExecutionException("full");
            }
            queued.add(task);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    private final ManualPool pool = new ManualPool();
    private final List<Runnable> ticking = new ArrayList<>();
    private final List<Frame> frames = new ArrayList<>();
    private int busy;
    private final Ticker ticker = (millis, task) -> {
        ticking.add(task);
        return () -> ticking.remove(task);
    };
    private final RunService service = new RunService(Limits.defaults(), pool, ticker);

    private Playback open() {
        Scenario s = Scenario.of(new Rosenbrock(), new Adam(0.01)).withStart(-1.5, 2).withSteps(100_000);
        return service.open(List.of(s), new Playback.Listener() {
            @Override
            public void frame(Frame f) {
                frames.add(f);
            }

            @Override
            public void busy() {
                busy++;
            }
        });
    }

    private void tick() {
        List.copyOf(ticking).forEach(Runnable::run);
    }

    @Test
    void aRefusedOpeningSaysBusyAndALaterPlayStartsFromTheFirstStep() {
        pool.full = true;
        Playback p = open();
        assertThat(busy).isEqualTo(1);
        assertThat(frames).isEmpty();

        pool.full = false;
        p.play(Speed.FASTER);
        tick();
        pool.runAll();
        assertThat(frames).isNotEmpty().allSatisfy(f -> assertThat(f.runs()).hasSize(1));
        assertThat(frames.getFirst().restart()).isTrue();
        assertThat(frames.getLast().step()).isEqualTo(Speed.FASTER.stepsPerFrame());
    }

    @Test
    void aPauseAfterARefusedOpeningShowsStepZeroNotAnEmptyFrame() {
        pool.full = true;
        Playback p = open();
        pool.full = false;
        p.pause();
        pool.runAll();
        assertThat(frames).singleElement().satisfies(f -> {
            assertThat(f.runs()).hasSize(1);
            assertThat(f.step()).isZero();
        });
    }

    @Test
    void workRefusedWhileWaitingInTheLaneSaysBusyAndPlayWorksAgainAfterwards() {
        Playback p = open();
        p.play(Speed.FASTER);
        tick(); // the frame waits in the page's lane behind the opening restart
        pool.full = true;
        pool.runAll(); // the restart runs; handing the pool the waiting frame is refused on the worker
        assertThat(busy).isEqualTo(1);
        assertThat(p.playing()).isFalse();
        assertThat(ticking).isEmpty();

        pool.full = false;
        int before = frames.size();
        p.play(Speed.FASTER);
        tick();
        pool.runAll();
        assertThat(frames).hasSizeGreaterThan(before);
        assertThat(frames.getLast().step()).isEqualTo(Speed.FASTER.stepsPerFrame());
    }
}
