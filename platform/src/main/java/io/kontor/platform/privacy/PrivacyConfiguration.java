package io.kontor.platform.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/** The keys of the people whose data Kontor holds, and the encryption of their personal fields. */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    @Bean
    public SubjectKeys subjectKeys(JdbcTemplate jdbc, @Value("${kontor.privacy.key-cache-ttl:PT10S}") Duration cacheTtl) {
        return new SubjectKeys(jdbc, cacheTtl);
    }

    @Bean
    public PersonalDataCodec personalDataCodec(SubjectKeys keys) {
        return new PersonalDataCodec(keys);
    }
}
