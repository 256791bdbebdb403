package io.kontor.command.account;

import io.kontor.api.account.AccountClosed;
import io.kontor.api.account.AccountExternalIdsChanged;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.SetAccountExternalId;
import io.kontor.command.hierarchy.Hierarchies;
import io.kontor.command.support.ExternalIdRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;

import static io.kontor.command.account.AccountFixtures.profile;
import static io.kontor.command.account.RuleViolated.invalidFields;
import static io.kontor.command.account.RuleViolated.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** An account's ids in other systems: recorded as events, one record per source id (the registry's claim). */
class AccountExternalIdsTest {

    private static final String SALESFORCE_ID = "0013600001excS5AAI";

    private final UUID accountId = UUID.randomUUID();
    private final AccountOpened opened = new AccountOpened(accountId, profile("Grupa Łódź S.A."), null, null);
    private ExternalIdRegistry externalIds;
    private AggregateTestFixture<Account> fixture;

    @BeforeEach
    void setUp() {
        JdbcTemplate jdbc = AccountFixtures.database();
        externalIds = new ExternalIdRegistry(jdbc);
        fixture = AccountFixtures.fixture(jdbc, new AccountRegistry(jdbc, new Hierarchies(jdbc)));
    }

    @Test
    void recordsTheIdAndClaimsItForTheAccount() {
        fixture.given(opened)
                .when(new SetAccountExternalId(accountId, "salesforce", SALESFORCE_ID))
                .expectEvents(new AccountExternalIdsChanged(accountId, Map.of("salesforce", SALESFORCE_ID)));
        assertThat(externalIds.holder("ACCOUNT", "salesforce", SALESFORCE_ID)).contains(accountId);
    }

    @Test
    void theSameIdAgainChangesNothing() {
        externalIds.claim("ACCOUNT", accountId, Map.of("salesforce", SALESFORCE_ID));
        fixture.given(opened, new AccountExternalIdsChanged(accountId, Map.of("salesforce", SALESFORCE_ID)))
                .when(new SetAccountExternalId(accountId, "salesforce", SALESFORCE_ID))
                .expectNoEvents();
    }

    @Test
    void refusesAnIdAnotherAccountHolds() {
        UUID holder = UUID.randomUUID();
        externalIds.claim("ACCOUNT", holder, Map.of("salesforce", SALESFORCE_ID));
        fixture.given(opened)
                .when(new SetAccountExternalId(accountId, "salesforce", SALESFORCE_ID))
                .expectException(rule("external-id-taken"));
    }

    @Test
    void removingTheIdReleasesItsClaim() {
        externalIds.claim("ACCOUNT", accountId, Map.of("salesforce", SALESFORCE_ID));
        fixture.given(opened, new AccountExternalIdsChanged(accountId, Map.of("salesforce", SALESFORCE_ID, "hubspot", "5001")))
                .when(new SetAccountExternalId(accountId, "salesforce", null))
                .expectEvents(new AccountExternalIdsChanged(accountId, Map.of("hubspot", "5001")));
        assertThat(externalIds.holder("ACCOUNT", "salesforce", SALESFORCE_ID)).isEmpty();
    }

    @Test
    void refusesASourceThatIsNoKeyAndAClosedAccount() {
        fixture.given(opened)
                .when(new SetAccountExternalId(accountId, "Sales Force", SALESFORCE_ID))
                .expectException(invalidFields("source"));
        fixture.given(opened, new AccountClosed(accountId, null))
                .when(new SetAccountExternalId(accountId, "salesforce", SALESFORCE_ID))
                .expectException(rule("account-closed"));
    }
}
