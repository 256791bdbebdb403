package io.kontor.query.lead;

import io.kontor.query.projection.EntityFold;
import io.kontor.query.readmodel.ReadModel;
import io.kontor.query.readmodel.ReadModelSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** The leads read model ({@code readmodel/leads.sql}): leads and where a converted lead went. */
@Configuration(proxyBeanMethods = false)
public class LeadsReadModel {

    public static final String NAME = "leads";

    @Bean
    ReadModel leads(JdbcTemplate jdbc) {
        return of(jdbc);
    }

    public static ReadModel of(JdbcTemplate jdbc) {
        return new ReadModel(NAME, 2, ReadModelSchema.of(NAME), List.of(new LeadProjection(jdbc)),
                () -> new EntityFold(LeadProjection.SHAPE, LeadProjection::new));
    }
}
