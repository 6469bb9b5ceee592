package org.gdplayground.ui.basin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import org.gdplayground.ui.SyncRuns;
import org.gdplayground.ui.compare.CompareView;
import org.gdplayground.ui.playground.PlaygroundView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The basin card on the playground and compare pages, with the engine work run synchronously. */
@SpringBootTest
@Import(SyncRuns.class)
class BasinCardTest extends SpringBrowserlessTest {

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private BasinCard card(Class<? extends com.vaadin.flow.component.Component> view, String query) {
        navigate(view);
        UI.getCurrent().navigate(view, QueryParameters.fromString(query));
        return descendants(find(view).single()).filter(BasinCard.class::isInstance).map(BasinCard.class::cast)
                .findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c),
                c.getChildren().flatMap(BasinCardTest::descendants));
    }

    private static List<String> entries(BasinCard c, int map, String kind) {
        return c.legends.get(map).getChildren().filter(e -> e.getClassNames().contains(kind))
                .map(e -> ((Span) e.getChildren().skip(1).findFirst().orElseThrow()).getText()).toList();
    }

    @Test
    void closedUntilAskedThenHimmelblauShowsFourMinima() {
        BasinCard c = card(PlaygroundView.class, "fn=himmelblau&opt=sgd&lr=0.01&steps=1000");
        assertThat(c.isVisible()).isTrue();
        assertThat(c.isOpen()).isFalse();
        assertThat(c.charts.getFirst().configuration()).isEmpty();
        c.grid.setValue(51);
        test(c.toggle).click();
        assertThat(c.isOpen()).isTrue();
        assertThat(c.charts.getFirst().configuration()).contains("\"kind\":\"contour\"")
                .contains("data:image/png;base64,").contains("\"minima\":[{\"x\":3,\"y\":2");
        assertThat(entries(c, 0, "gdp-basin-minimum")).containsExactly("Global minimum 1 (3, 2)",
                "Global minimum 2 (−2.81, 3.13)", "Global minimum 3 (−3.78, −3.28)", "Global minimum 4 (3.58, −1.85)");
        assertThat(entries(c, 0, "gdp-basin-diverged")).containsExactly("Diverged");
        assertThat(entries(c, 0, "gdp-basin-none")).containsExactly("No known minimum");
        assertThat(c.status.getText()).startsWith("51 × 51 starts, 1000 steps each");
        assertThat(c.progress.isVisible()).isFalse();
    }

    @Test
    void hiddenForDataProblemsAndTooMuchWorkIsExplained() {
        BasinCard c = card(PlaygroundView.class, "fn=study-hours-w");
        assertThat(c.isVisible()).isFalse();
        c = card(PlaygroundView.class, "fn=himmelblau&steps=100000");
        assertThat(c.isVisible()).isTrue();
        test(c.toggle).click();
        assertThat(c.status.getText()).startsWith("Too many steps for a 101 × 101 basin map");
        assertThat(c.charts.getFirst().configuration()).isEmpty();
    }

    @Test
    void compareShowsTheFirstTwoRunsSideBySide() {
        BasinCard c = card(CompareView.class,
                "fn=two-minima&opt.1=sgd&lr.1=0.01&opt.2=momentum&lr.2=0.01&steps=1000");
        c.grid.setValue(51);
        test(c.toggle).click();
        assertThat(c.charts.get(0).configuration()).contains("data:image/png;base64,");
        assertThat(c.charts.get(1).configuration()).contains("data:image/png;base64,");
        assertThat(entries(c, 0, "gdp-basin-minimum")).hasSize(2);
        assertThat(entries(c, 1, "gdp-basin-minimum")).hasSize(2);
        assertThat(c.charts.get(0).configuration()).isNotEqualTo(c.charts.get(1).configuration());
    }
}
