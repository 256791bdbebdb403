package io.kontor.ui.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Browser sessions live in the database every node shares (Spring Session JDBC, table {@code web_session},
 * created by Flyway), so any query node serves any page or API call of a signed-in browser: no sticky
 * routing, and a node that dies signs nobody out. On PostgreSQL, attributes are written with upserts, so
 * two requests of one page that touch the same attribute at once do not collide on its key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertsOnPostgresql(
            @Value("${spring.datasource.url:}") String url) {
        PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresql = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        return repository -> {
            if (url.startsWith("jdbc:postgresql:")) {
                postgresql.customize(repository);
            }
        };
    }
}
