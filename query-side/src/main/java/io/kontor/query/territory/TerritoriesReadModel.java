package io.kontor.query.territory;

import io.kontor.query.readmodel.ReadModel;
import io.kontor.query.readmodel.ReadModelSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The territories read model ({@code readmodel/territories.sql}): territory versions, account facts
 * and the assignment of accounts to territories over time, with the re-evaluations a new version starts.
 */
@Configuration(proxyBeanMethods = false)
public class TerritoriesReadModel {

    public static final String NAME = "territories";

    @Bean
    ReadModel territories(JdbcTemplate jdbc) {
        return of(jdbc);
    }

    public static ReadModel of(JdbcTemplate jdbc) {
        AccountFactStore facts = new AccountFactStore(jdbc);
        return new ReadModel(NAME, 3, ReadModelSchema.of(NAME), List.of(new TerritoryProjection(new TerritoryVersions(jdbc),
                facts, new Reassignment(jdbc, facts), new ReevaluationJobs(jdbc))));
    }
}
