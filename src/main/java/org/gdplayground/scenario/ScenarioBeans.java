package org.gdplayground.scenario;

import java.util.Set;
import org.gdplayground.system.Limits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One parser and one factory for the whole app: the page, links and the API share the same rules and limits. Public
 * so that test slices of other packages (e.g. the API's {@code @WebMvcTest}) can import it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Limits.class)
public class ScenarioBeans {

    /** Parameters handled outside the scenario language: the language and the API's output format. */
    static final Set<String> TRANSPORT = Set.of("lang", "format");

    @Bean
    ScenarioParser scenarioParser(Limits limits, ObjectProvider<DataLookup> data) {
        // looked up on use: the data feature (and its database) may be absent, e.g. in test slices
        DataLookup lookup = id -> {
            DataLookup d = data.getIfAvailable();
            return d == null ? java.util.Optional.empty() : d.find(id);
        };
        return new ScenarioParser(limits, TRANSPORT, lookup);
    }

    @Bean
    ScenarioFactory scenarioFactory(ScenarioParser parser) {
        return new ScenarioFactory(parser);
    }
}
