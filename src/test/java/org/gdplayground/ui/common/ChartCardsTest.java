package org.gdplayground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.engine.function.Sphere;
import org.gdplayground.engine.run.Status;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.session.Frame;
import org.gdplayground.session.Trace;
import org.junit.jupiter.api.Test;

/** A page's cards get every update in two passes: all new points first (sent together), then the cursor. */
class ChartCardsTest {

    private final List<String> calls = new ArrayList<>();

    /** A card with a live chart that records what it is asked to do. */
    private final class Recording implements ChartCard {
        final String name;
        final LiveChart chart;

        Recording(String name) {
            this.name = name;
            this.chart = new LiveChart(name);
        }

        @Override
        public Component component() {
            return chart;
        }

        @Override
        public void localize(Texts texts) {
            calls.add(name + ".localize:" + texts.get("k"));
        }

        @Override
        public void configure(Scene scene) {
            calls.add(name + ".configure");
        }

        @Override
        public void frame(RunPage.Update u, ChartCards.Batch batch) {
            calls.add(name + ".frame");
            String delta = u.lossDelta();
            if (delta != null) {
                batch.add(chart, delta);
            }
        }

        @Override
        public void cursor(RunPage.Update u) {
            calls.add(name + ".cursor:" + chart.calls());
        }
    }

    private static Frame frame() {
        StepRecord r = new StepRecord(0, 0, new double[] {1, 2}, 5, Double.NaN, new double[] {2, 4}, new double[2],
                0.1, List.of());
        Frame.RunView v = new Frame.RunView(List.of(r), r, Status.RUNNING, null, 0, 10,
                new Trace.Delta(new double[] {1, 2}, new double[] {0, 5}), Diagnosis.none(false));
        return new Frame(List.of(v), false, false);
    }

    @Test
    void pointsGoFirstToEveryCardThenTheCursor() {
        Recording a = new Recording("a");
        Recording b = new Recording("b");
        ChartCards cards = new ChartCards(List.of(a, b));
        assertThat(cards.components()).containsExactly(a.chart, b.chart);
        RunPage page = new RunPage(RunPage.Throttles.PLAYGROUND, () -> 0L);
        page.start(new Sphere(), 1);
        RunPage.Update u = page.frame(frame());

        cards.apply(new Div(), u);

        assertThat(calls).containsExactly("a.frame", "b.frame", "a.cursor:1", "b.cursor:1");
        assertThat(a.chart.last("append")).isEqualTo(u.lossDelta()).contains("\"points\"");
        assertThat(b.chart.last("append")).isEqualTo(u.lossDelta());
    }

    @Test
    void aScrubSendsNoPoints() {
        Recording a = new Recording("a");
        ChartCards cards = new ChartCards(List.of(a));
        RunPage page = new RunPage(RunPage.Throttles.PLAYGROUND, () -> 0L);
        page.start(new Sphere(), 1);
        cards.apply(new Div(), page.frame(frame()));
        calls.clear();

        cards.apply(new Div(), page.scrub(0));

        assertThat(calls).containsExactly("a.frame", "a.cursor:1");
        assertThat(a.chart.calls()).as("no second append").isEqualTo(1);
    }

    @Test
    void configureAndLocalizeReachEveryCard() {
        ChartCards cards = new ChartCards(List.of(new Recording("a"), new Recording("b")));
        cards.localize((key, params) -> "[" + key + "]");
        assertThat(calls).containsExactly("a.localize:[k]", "b.localize:[k]");
    }
}
