package org.gdplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScenarioLinkTest {

    @Test
    void keepsPathAndQueryOfWhateverIsPasted() {
        assertThat(ScenarioLink.normalize("http://10.0.0.5:8080/?fn=rosenbrock&lr=0.001"))
                .isEqualTo("/?fn=rosenbrock&lr=0.001");
        assertThat(ScenarioLink.normalize("https://x.org/playground?fn=beale")).isEqualTo("/?fn=beale");
        assertThat(ScenarioLink.normalize("http://h/compare?fn=beale&opt.1=adam")).isEqualTo("/compare?fn=beale&opt.1=adam");
        assertThat(ScenarioLink.normalize("fn=sphere&lr=0.1")).isEqualTo("/?fn=sphere&lr=0.1");
        assertThat(ScenarioLink.normalize("  ")).isEmpty();
        assertThat(ScenarioLink.isCompare("/compare?fn=a")).isTrue();
        assertThat(ScenarioLink.query("/?fn=a&lr=1")).isEqualTo("fn=a&lr=1");
    }
}
