package io.kontor.platform.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;

/** The one {@link org.springframework.jdbc.core.JdbcTemplate} every module is given (Boot's own backs off). */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    @Primary
    DeadlineJdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new DeadlineJdbcTemplate(dataSource);
    }
}
