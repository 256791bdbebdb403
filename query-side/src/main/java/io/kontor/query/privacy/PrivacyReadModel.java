package io.kontor.query.privacy;

import io.kontor.platform.privacy.SubjectKeys;
import io.kontor.query.projection.EntityFold;
import io.kontor.query.readmodel.ReadModel;
import io.kontor.query.readmodel.ReadModelSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** The privacy read model ({@code readmodel/privacy.sql}): who the people are, their legal holds and erasures. */
@Configuration(proxyBeanMethods = false)
public class PrivacyReadModel {

    public static final String NAME = "privacy";

    @Bean
    ReadModel privacy(JdbcTemplate jdbc, SubjectKeys keys) {
        return of(jdbc, keys);
    }

    public static ReadModel of(JdbcTemplate jdbc, SubjectKeys keys) {
        return new ReadModel(NAME, 1, ReadModelSchema.of(NAME), List.of(new PrivacyProjection(jdbc, keys)),
                () -> new EntityFold(PrivacyProjection.SHAPE, rows -> new PrivacyProjection(rows, keys)));
    }
}
