package io.kontor.platform.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.time.Instant;

/**
 * Wires the idempotency filter after Spring Security (keys are scoped to the authenticated caller)
 * and forgets keys after {@code kontor.idempotency.retention} (default one day).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class IdempotencyConfiguration {

    @Bean
    IdempotencyStore idempotencyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                      @Value("${kontor.idempotency.abandon-after:PT2M}") Duration abandonAfter) {
        return new IdempotencyStore(jdbc, transactionManager, abandonAfter);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, ObjectMapper objectMapper) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, objectMapper));
        registration.addUrlPatterns("/api/*");
        // Spring Security's chain runs at its default order; this filter must see the authenticated caller.
        registration.setOrder(org.springframework.boot.autoconfigure.security.SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    @Bean
    ExpiredIdempotencyKeys expiredIdempotencyKeys(IdempotencyStore store,
                                                  @Value("${kontor.idempotency.retention:P1D}") Duration retention) {
        return new ExpiredIdempotencyKeys(store, retention);
    }

    static class ExpiredIdempotencyKeys {
        private final IdempotencyStore store;
        private final Duration retention;

        ExpiredIdempotencyKeys(IdempotencyStore store, Duration retention) {
            this.store = store;
            this.retention = retention;
        }

        @Scheduled(fixedDelayString = "${kontor.idempotency.cleanup-interval:PT1H}", initialDelayString = "PT1M")
        void deleteExpired() {
            store.deleteCompletedBefore(Instant.now().minus(retention));
        }
    }
}
