package org.gdplayground.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.gdplayground.ui.playground.PlaygroundView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Test
    void switchingLanguageRelabelsTheHeader() {
        navigate(PlaygroundView.class);
        MainLayout layout = find(MainLayout.class).single();
        test(layout.language).selectItem("English");
        assertThat(layout.title.getText()).isEqualTo("Gradient Descent Playground");
        assertThat(layout.compareLink.getText()).isEqualTo("Compare");

        test(layout.language).selectItem("한국어");
        assertThat(layout.title.getText()).isEqualTo("경사 하강법 놀이터");
        assertThat(layout.compareLink.getText()).isEqualTo("비교");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.KOREAN);
    }

    @Test
    void langQueryParameterForcesTheLanguage() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("", QueryParameters.of("lang", "ko"));
        MainLayout layout = find(MainLayout.class).single();
        assertThat(layout.title.getText()).isEqualTo("경사 하강법 놀이터");
        assertThat(layout.language.getValue()).isEqualTo(Locale.KOREAN);

        UI.getCurrent().navigate("", QueryParameters.of("lang", "en"));
        assertThat(find(MainLayout.class).single().title.getText()).isEqualTo("Gradient Descent Playground");
    }

    @Test
    void navigationLinksFindTheirViewsByPath() {
        navigate(PlaygroundView.class);
        MainLayout layout = find(MainLayout.class).single();
        assertThat(layout.playgroundLink.getHref()).isEmpty();
        assertThat(layout.compareLink.getHref()).isEqualTo("compare");
        assertThat(layout.lessonsLink.getHref()).isEqualTo("lessons");
        assertThat(layout.simplenetLink.getHref()).isEqualTo("simplenet");
        assertThat(layout.classLink.getHref()).isEqualTo("class");
    }
}
