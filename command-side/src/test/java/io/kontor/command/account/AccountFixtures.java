package io.kontor.command.account;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfilePatch;
import io.kontor.api.common.Patch;
import io.kontor.command.support.ExternalIdRegistry;
import io.kontor.command.hierarchy.Hierarchies;
import io.kontor.command.hierarchy.HierarchySplits;
import io.kontor.command.opportunity.StakeholderSeatLinks;
import io.kontor.command.relationship.RelationshipLinks;
import io.kontor.platform.axon.KontorCommandTargetResolver;
import io.kontor.platform.testing.TestDatabases;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** An Account fixture whose registry runs on a real (in-memory H2) database with the production schema. */
public final class AccountFixtures {

    private AccountFixtures() {
    }

    /** A fresh in-memory H2 with the production schema. */
    public static JdbcTemplate database() {
        return new JdbcTemplate(TestDatabases.h2());
    }

    static AggregateTestFixture<Account> fixture(JdbcTemplate jdbc, AccountRegistry registry) {
        AggregateTestFixture<Account> fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerCommandTargetResolver(new KontorCommandTargetResolver());
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(new ExternalIdRegistry(jdbc));
        fixture.registerAnnotatedCommandHandler(new AccountMove(fixture.getRepository(), registry, splits(jdbc, fixture)));
        return fixture;
    }

    /** Every kind of link a hierarchy change may split, ended through the fixture's command bus. */
    public static HierarchySplits splits(JdbcTemplate jdbc, AggregateTestFixture<?> fixture) {
        Hierarchies hierarchies = new Hierarchies(jdbc);
        return new HierarchySplits(List.of(new StakeholderSeatLinks(jdbc, hierarchies), new RelationshipLinks(jdbc, hierarchies)),
                DefaultCommandGateway.builder().commandBus(fixture.getCommandBus()).build());
    }

    static AccountProfile profile(String name) {
        return new AccountProfile(name, AccountKind.COMPANY, null, null, null, null, null);
    }

    static AccountProfile profileWithDebtor(String name, String debtorNumber) {
        return new AccountProfile(name, AccountKind.COMPANY, null, null, null, null, debtorNumber);
    }

    static AccountProfilePatch keepAll() {
        return new AccountProfilePatch(Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                Patch.keep(), Patch.keep());
    }
}
