package org.gdplayground.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/**
 * The loss card: every run's loss against k, browser-drawn, with the log-axis switch (the page listens to it: the
 * switch is a view parameter that may be locked).
 */
public final class LossCard implements ChartCard {

    private final String titleKey;
    private final Div card = new Div();
    private final H3 title = new H3();
    private final LiveChart chart = new LiveChart("loss-chart");
    private final Checkbox log = new Checkbox();

    /** @param titleKey the title's i18n key (also the chart's accessible name) */
    public LossCard(String titleKey) {
        this.titleKey = titleKey;
        log.setId("loss-log");
        card.addClassName("gdp-card");
        card.add(Layout.header(title, log), chart);
    }

    /** The loss chart. */
    public LiveChart chart() {
        return chart;
    }

    /** The log-axis switch. */
    public Checkbox log() {
        return log;
    }

    /** Shows the loss on a log axis or not (after the switch changed). */
    public void logScale(boolean on) {
        chart.options("{\"yLog\":" + on + "}");
    }

    @Override
    public Component component() {
        return card;
    }

    @Override
    public void localize(Texts texts) {
        title.setText(texts.get(titleKey));
        log.setLabel(texts.get("pg.lossLog"));
        log.setTooltipText(texts.get("pg.lossLog.tip"));
    }

    @Override
    public void configure(Scene scene) {
        chart.getElement().setAttribute("aria-label", scene.texts().get(titleKey));
        String spec = ChartSpecs.loss(scene.series(), log.getValue(), scene.tr());
        chart.configure(scene.legend() ? spec : spec.replace("\"legend\":true", "\"legend\":false"));
    }

    @Override
    public void frame(RunPage.Update u, ChartCards.Batch batch) {
        String delta = u.lossDelta();
        if (delta != null) {
            batch.add(chart, delta);
        }
    }

    @Override
    public void cursor(RunPage.Update u) {
        if (u.mark()) {
            chart.mark(ChartFeed.mark(u.shown(), false));
        }
    }
}
