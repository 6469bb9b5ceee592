package org.gdplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShellIT extends BrowserSupport {

    @Test
    void opensTheHomePageInEnglishAndKorean() {
        page.navigate(url("/?lang=en"));
        assertThat(page).hasTitle("Gradient Descent Playground");
        assertThat(page.locator("#app-title")).hasText("Gradient Descent Playground");
        screenshot("shell-en");

        page.navigate(url("/?lang=ko"));
        assertThat(page.locator("#app-title")).hasText("경사 하강법 놀이터");
        assertThat(page).hasTitle("경사 하강법 놀이터");
    }

    @Test
    void servesTheStylesheetFromTheFrontendFolder() {
        var response = page.navigate(url("/gdp/app.css"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.text()).contains(".gdp-header");
    }

    @Test
    void actuatorExposesOnlyHealthAndInfo() {
        var health = page.request().get(url("/actuator/health"));
        org.assertj.core.api.Assertions.assertThat(health.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(health.text()).contains("\"UP\"");
        org.assertj.core.api.Assertions.assertThat(page.request().get(url("/actuator/info")).status()).isEqualTo(200);
        // Actuator's own index lists exactly what it exposes.
        String index = page.request().get(url("/actuator")).text();
        org.assertj.core.api.Assertions.assertThat(index).contains("\"health\"").contains("\"info\"")
                .doesNotContain("\"env\"").doesNotContain("\"beans\"").doesNotContain("\"metrics\"");
        // (Unknown paths reach Vaadin's page, never Actuator's data.)
        org.assertj.core.api.Assertions.assertThat(page.request().get(url("/actuator/env")).text())
                .doesNotContain("propertySources");
    }
}
