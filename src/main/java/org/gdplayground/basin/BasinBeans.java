package org.gdplayground.basin;

import org.gdplayground.session.RunService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link BasinLimits} and the one {@link BasinService} (which needs the {@link RunService}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BasinLimits.class)
public class BasinBeans {

    @Bean
    BasinService basinService(RunService runs, BasinLimits limits) {
        return new BasinService(runs, limits);
    }
}
