package org.gdplayground.dataset;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The upload limits and the one CSV parser that page and API share. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DataLimits.class, DatasetQuota.class})
public class DatasetBeans {

    @Bean
    CsvDataParser csvDataParser(DataLimits limits) {
        return new CsvDataParser(limits);
    }
}
