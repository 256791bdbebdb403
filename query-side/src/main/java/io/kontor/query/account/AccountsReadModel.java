package io.kontor.query.account;

import io.kontor.query.readmodel.ReadModel;
import io.kontor.query.readmodel.ReadModelSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The accounts read model ({@code readmodel/accounts.sql}): accounts in their hierarchy with own and
 * rolled-up figures, and what the pipeline reports count. One read model, so moves, contacts and
 * opportunities are applied to it in the order they happened.
 */
@Configuration(proxyBeanMethods = false)
public class AccountsReadModel {

    public static final String NAME = "accounts";

    @Bean
    ReadModel accounts(JdbcTemplate jdbc) {
        return of(jdbc);
    }

    public static ReadModel of(JdbcTemplate jdbc) {
        MoneyRollupStore money = new MoneyRollupStore(jdbc);
        AccountHierarchyStore store = new AccountHierarchyStore(jdbc, money);
        return new ReadModel(NAME, 4, ReadModelSchema.of(NAME), List.of(new AccountProjection(store),
                new ContactRollups(jdbc, store), new OpportunityRollups(new OpportunityFacts(jdbc), store, money)),
                AccountsFold::new);
    }
}
