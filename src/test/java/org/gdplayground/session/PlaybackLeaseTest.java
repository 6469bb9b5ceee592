package org.gdplayground.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.gdplayground.engine.function.Rosenbrock;
import org.gdplayground.engine.optimizer.Adam;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.system.Limits;
import org.junit.jupiter.api.Test;

/** A playback stops working for a page that is not there, and plays on when it is back. */
class PlaybackLeaseTest {

    private final AtomicLong now = new AtomicLong();
    private final List<Runnable> ticking = new ArrayList<>();
    private final List<Frame> frames = new ArrayList<>();
    private final AtomicBoolean connected = new AtomicBoolean(true);
    private final Ticker ticker = (millis, task) -> {
        ticking.add(task);
        return () -> ticking.remove(task);
    };
    private final RunService service = new RunService(Limits.defaults(), Runnable::run, ticker, now::get);

    private Playback open() {
        Scenario s = Scenario.of(new Rosenbrock(), new Adam(0.01)).withStart(-1.5, 2).withSteps(100_000);
        return service.open(List.of(s), new Playback.Listener() {
            @Override
            public void frame(Frame f) {
                frames.add(f);
            }

            @Override
            public boolean connected() {
                return connected.get();
            }
        });
    }

    private void tick() {
        List.copyOf(ticking).forEach(Runnable::run);
    }

    @Test
    void framesStopWhenTheLeaseRunsOutAndResumeAtOnceWhenRenewed() {
        Playback p = open();
        p.play(Speed.FASTER);
        tick();
        tick();
        int before = frames.size();
        assertThat(frames.getLast().step()).isEqualTo(100);
        // the page went silent: a second past the lease the next tick finds it expired and stops the ticker
        now.addAndGet(TimeUnit.SECONDS.toNanos(Limits.defaults().clientLeaseSeconds() + 1));
        tick();
        assertThat(p.suspended()).isTrue();
        assertThat(p.playing()).isTrue();
        assertThat(ticking).isEmpty();
        assertThat(frames).hasSize(before);
        // it answers again: frames go on from where they stopped
        p.renew();
        assertThat(p.suspended()).isFalse();
        tick();
        assertThat(frames.getLast().step()).isEqualTo(150);
    }

    @Test
    void aHiddenTabGetsNoFramesAndNoWorkUntilShown() {
        Playback p = open();
        p.play(Speed.FASTER);
        tick();
        p.visible(false);
        assertThat(ticking).isEmpty();
        int k = frames.getLast().step();
        p.visible(true);
        tick();
        assertThat(frames.getLast().step()).isEqualTo(k + 50);
    }

    @Test
    void aDroppedPushConnectionStopsTheWork() {
        Playback p = open();
        p.play(Speed.FASTER);
        tick();
        connected.set(false);
        tick();
        assertThat(p.suspended()).isTrue();
        assertThat(ticking).isEmpty();
        connected.set(true);
        p.renew();
        tick();
        assertThat(frames.getLast().step()).isEqualTo(100);
    }

    @Test
    void pauseIsNotASuspension() {
        Playback p = open();
        p.play(Speed.FASTER);
        tick();
        p.pause();
        assertThat(p.suspended()).isFalse();
        p.renew();
        assertThat(ticking).isEmpty();
    }

    @Test
    void aHeldPlaybackAdvancesByNeitherPlayNorStepNorReset() {
        AtomicBoolean held = new AtomicBoolean();
        Playback p = open();
        p.hold(held::get);
        p.play(Speed.FASTER);
        tick();
        int step = frames.getLast().step();
        assertThat(step).isPositive();
        held.set(true);
        tick(); // the frame under way stops instead of advancing
        assertThat(p.playing()).isFalse();
        assertThat(frames.getLast().step()).isEqualTo(step);
        p.play(Speed.FASTER);
        tick();
        p.step();
        p.seek(step + 50);
        p.reset();
        assertThat(p.playing()).isFalse();
        assertThat(frames.getLast().step()).as("nothing advanced or restarted while held").isEqualTo(step);
        held.set(false);
        p.step();
        assertThat(frames.getLast().step()).isEqualTo(step + 1);
    }
}
