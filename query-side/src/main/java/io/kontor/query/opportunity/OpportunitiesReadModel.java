package io.kontor.query.opportunity;

import io.kontor.query.projection.EntityFold;
import io.kontor.query.readmodel.ReadModel;
import io.kontor.query.readmodel.ReadModelSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** The opportunities read model ({@code readmodel/opportunities.sql}): opportunities and their buying centers. */
@Configuration(proxyBeanMethods = false)
public class OpportunitiesReadModel {

    public static final String NAME = "opportunities";

    @Bean
    ReadModel opportunities(JdbcTemplate jdbc) {
        return of(jdbc);
    }

    public static ReadModel of(JdbcTemplate jdbc) {
        // 2: seats record their roles, attitude, coverage and RACI letter.
        // 3: and the records' source ids (externalIds).
        return new ReadModel(NAME, 3, ReadModelSchema.of(NAME), List.of(new OpportunityProjection(jdbc)),
                () -> new EntityFold(OpportunityProjection.SHAPE, OpportunityProjection::new));
    }
}
