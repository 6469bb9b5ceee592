package org.gdplayground.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineSearchAliasTest {

    @Test
    void torchsSpellingOfTheLineSearchMapsToTheZeroOneParameter() {
        assertThat(ScenarioParser.lineSearchAlias(Map.of("lineSearch", List.of("strong-wolfe"))))
                .isEqualTo(Map.of("strongWolfe", List.of("1")));
        assertThat(ScenarioParser.lineSearchAlias(Map.of("lineSearch.2", List.of("none"))))
                .isEqualTo(Map.of("strongWolfe.2", List.of("0")));
        // anything else reaches the 0/1 check unchanged, which names the allowed values
        assertThat(ScenarioParser.lineSearchAlias(Map.of("lineSearch", List.of("wolfe"))))
                .isEqualTo(Map.of("strongWolfe", List.of("wolfe")));
        Map<String, List<String>> plain = Map.of("opt", List.of("lbfgs"));
        assertThat(ScenarioParser.lineSearchAlias(plain)).isSameAs(plain);
    }
}
