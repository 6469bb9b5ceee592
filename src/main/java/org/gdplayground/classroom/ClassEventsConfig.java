package org.gdplayground.classroom;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Chooses the class events by the datasource: LISTEN/NOTIFY on PostgreSQL, in-JVM otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClassProperties.class)
class ClassEventsConfig {

    @Bean
    ClassEvents classEvents(DataSource dataSource, JdbcTemplate jdbc) throws SQLException {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        return "PostgreSQL".equalsIgnoreCase(product) ? new PostgresClassEvents(dataSource, jdbc)
                : new LocalClassEvents();
    }
}
