package org.gdplayground.ui.common;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's pictures as a list of {@link ChartCard}s: configures them together, and applies an update to each in two
 * passes, new points first (every live chart's in one browser call), then marks and slow redraws.
 */
public final class ChartCards {

    /** The charts' new points of one update, sent in one browser call; kept and reused from frame to frame. */
    public static final class Batch {
        private final List<LiveChart> charts = new ArrayList<>(4);
        private final List<String> deltas = new ArrayList<>(4);

        /** Appends {@code delta} to {@code chart} with the others. */
        public void add(LiveChart chart, String delta) {
            charts.add(chart);
            deltas.add(delta);
        }

        void flush(Component host, boolean restart) {
            if (!charts.isEmpty()) {
                LiveChart.appendAll(host, restart, charts, deltas);
                charts.clear();
                deltas.clear();
            }
        }
    }

    private final List<ChartCard> cards;
    private final Batch batch = new Batch();

    public ChartCards(List<ChartCard> cards) {
        this.cards = List.copyOf(cards);
    }

    /** The cards' components, in order. */
    public Component[] components() {
        return cards.stream().map(ChartCard::component).toArray(Component[]::new);
    }

    public void localize(ChartCard.Texts texts) {
        cards.forEach(c -> c.localize(texts));
    }

    public void configure(ChartCard.Scene scene) {
        cards.forEach(c -> c.configure(scene));
    }

    /** Applies an update: new points ({@code host} sends them in one call), then cursor marks and slow pictures. */
    public void apply(Component host, RunPage.Update u) {
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).frame(u, batch);
        }
        batch.flush(host, u.restart());
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).cursor(u);
        }
    }
}
