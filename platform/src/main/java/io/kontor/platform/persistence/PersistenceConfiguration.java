package io.kontor.platform.persistence;

import org.springframework.boot.autoconfigure.jdbc.JdbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;

/**
 * The one {@link org.springframework.jdbc.core.JdbcTemplate} every module is given (Boot's own backs off), with
 * Boot's {@code spring.jdbc.template.*} settings applied as Boot would.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    @Primary
    DeadlineJdbcTemplate jdbcTemplate(DataSource dataSource, JdbcProperties properties) {
        DeadlineJdbcTemplate template = new DeadlineJdbcTemplate(dataSource);
        JdbcProperties.Template settings = properties.getTemplate();
        template.setFetchSize(settings.getFetchSize());
        template.setMaxRows(settings.getMaxRows());
        if (settings.getQueryTimeout() != null) {
            template.setQueryTimeout((int) settings.getQueryTimeout().getSeconds());
        }
        return template;
    }
}
