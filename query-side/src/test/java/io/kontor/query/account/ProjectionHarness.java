package io.kontor.query.account;

import io.kontor.query.readmodel.ReadModelDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

/** The accounts processing group's handlers wired by hand on a fresh database: projection tests need no Spring. */
public final class ProjectionHarness {

    public final JdbcTemplate jdbc = ReadModelDatabases.h2("accounts", "territories");
    public final MoneyRollupStore money = new MoneyRollupStore(jdbc);
    public final AccountHierarchyStore store = new AccountHierarchyStore(jdbc, money);
    public final AccountProjection accounts = new AccountProjection(store);
    public final ContactRollups contacts = new ContactRollups(jdbc, store);
    public final OpportunityRollups opportunities = new OpportunityRollups(new OpportunityFacts(jdbc), store, money);
    public final HierarchyReader reader = new HierarchyReader(jdbc);
}
