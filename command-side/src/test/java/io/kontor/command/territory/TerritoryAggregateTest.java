package io.kontor.command.territory;

import io.kontor.api.common.NotFoundException;
import io.kontor.api.common.Patch;
import io.kontor.api.territory.ChangeTerritory;
import io.kontor.api.territory.CreateTerritory;
import io.kontor.api.territory.TerritoryChanged;
import io.kontor.api.territory.TerritoryCondition;
import io.kontor.api.territory.TerritoryCreated;
import io.kontor.api.territory.TerritoryDefinition;
import io.kontor.api.territory.TerritoryField;
import io.kontor.api.territory.TerritoryMatch;
import io.kontor.api.territory.TerritoryOperator;
import io.kontor.api.territory.TerritoryPatch;
import io.kontor.api.territory.TerritoryRules;
import io.kontor.platform.axon.KontorCommandTargetResolver;
import io.kontor.platform.testing.TestDatabases;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.kontor.command.account.RuleViolated.invalidFields;
import static io.kontor.command.account.RuleViolated.rule;

class TerritoryAggregateTest {

    private static final Instant JANUARY = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant FEBRUARY = Instant.parse("2027-02-01T00:00:00Z");

    private final UUID territoryId = UUID.randomUUID();
    private final UUID ownerId = UUID.randomUUID();
    private TerritoryRegistry registry;
    private AggregateTestFixture<Territory> fixture;

    @BeforeEach
    void setUp() {
        registry = new TerritoryRegistry(new JdbcTemplate(TestDatabases.h2()));
        fixture = new AggregateTestFixture<>(Territory.class);
        fixture.registerCommandTargetResolver(new KontorCommandTargetResolver());
        fixture.registerInjectableResource(registry);
    }

    private static TerritoryCondition condition(TerritoryField field, TerritoryOperator op, String... values) {
        return new TerritoryCondition(field, op, List.of(values));
    }

    private static TerritoryRules poland() {
        return new TerritoryRules(TerritoryMatch.ALL, List.of(condition(TerritoryField.COUNTRY, TerritoryOperator.EQ, "PL")));
    }

    private CreateTerritory create(String name, UUID parentId, Integer priority, TerritoryRules rules) {
        return new CreateTerritory(territoryId, name, parentId, priority, rules, ownerId, List.of("anna"), JANUARY);
    }

    /** A territory that exists already, in the registry as in the events. */
    private TerritoryCreated existing(UUID id, String name, UUID parentId, int priority) {
        TerritoryDefinition definition = new TerritoryDefinition(name, parentId, priority, TerritoryRules.none(), null, List.of());
        registry.registerCreation(id, definition);
        return new TerritoryCreated(id, 1, definition, JANUARY);
    }

    private static TerritoryPatch keepAll() {
        return new TerritoryPatch(Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep());
    }

    private static TerritoryPatch rename(String name) {
        return new TerritoryPatch(Patch.set(name), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep());
    }

    private static TerritoryPatch moveUnder(UUID parentId) {
        return new TerritoryPatch(Patch.keep(), Patch.set(parentId), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep());
    }

    @Nested
    class Creating {

        @Test
        void createsVersionOneWithANormalizedDefinitionAndTheFirstFreePriority() {
            TerritoryRules typed = new TerritoryRules(null, List.of(condition(TerritoryField.COUNTRY, TerritoryOperator.IN, " pl", "cz"),
                    condition(TerritoryField.EMPLOYEES, TerritoryOperator.GTE, "0250")));
            TerritoryRules stored = new TerritoryRules(TerritoryMatch.ALL, List.of(condition(TerritoryField.COUNTRY,
                    TerritoryOperator.IN, "PL", "CZ"), condition(TerritoryField.EMPLOYEES, TerritoryOperator.GTE, "250")));
            fixture.givenNoPriorActivity()
                    .when(new CreateTerritory(territoryId, " Central Europe ", null, null, typed, ownerId, List.of("zoe", "anna", "zoe"),
                            JANUARY))
                    .expectEvents(new TerritoryCreated(territoryId, 1, new TerritoryDefinition("Central Europe", null, 1, stored,
                            ownerId, List.of("anna", "zoe")), JANUARY));
        }

        @Test
        void placesASubTerritoryAfterItsLastSibling() {
            UUID parent = UUID.randomUUID();
            existing(parent, "Poland", null, 1);
            existing(UUID.randomUUID(), "Mazowieckie", parent, 1);
            fixture.givenNoPriorActivity()
                    .when(create("Małopolskie", parent, null, TerritoryRules.none()))
                    .expectEvents(new TerritoryCreated(territoryId, 1, new TerritoryDefinition("Małopolskie", parent, 2,
                            TerritoryRules.none(), ownerId, List.of("anna")), JANUARY));
        }

        @Test
        void refusesAParentThatDoesNotExist() {
            fixture.givenNoPriorActivity()
                    .when(create("Orphan", UUID.randomUUID(), null, poland()))
                    .expectException(rule("territory-parent-not-found"));
        }

        @Test
        void refusesANameAnotherTerritoryHasWhateverItsCase() {
            existing(UUID.randomUUID(), "Poland", null, 1);
            fixture.givenNoPriorActivity()
                    .when(create("POLAND", null, 2, poland()))
                    .expectException(rule("territory-name-taken"));
        }

        @Test
        void refusesAPriorityASiblingHolds() {
            existing(UUID.randomUUID(), "Poland", null, 1);
            fixture.givenNoPriorActivity()
                    .when(create("Czechia", null, 1, TerritoryRules.none()))
                    .expectException(rule("territory-priority-taken"));
        }

        @Test
        void refusesABlankNameAndAPriorityBelowOne() {
            fixture.givenNoPriorActivity()
                    .when(create(" ", null, 0, poland()))
                    .expectException(invalidFields("name", "priority"));
        }

        @Test
        void refusesRulesOfTheWrongShape() {
            TerritoryRules wrong = new TerritoryRules(TerritoryMatch.ANY, List.of(
                    condition(TerritoryField.COUNTRY, TerritoryOperator.GTE, "PL"),
                    condition(TerritoryField.REGION, TerritoryOperator.EQ, "PL-99"),
                    condition(TerritoryField.EMPLOYEES, TerritoryOperator.LTE, "many"),
                    condition(TerritoryField.KIND, TerritoryOperator.EQ, "COMPANY", "BRANCH"),
                    condition(TerritoryField.INDUSTRY, TerritoryOperator.NOT_IN)));
            fixture.givenNoPriorActivity()
                    .when(create("Misshapen", null, null, wrong))
                    .expectException(invalidFields("rules[0].op", "rules[1].value", "rules[2].value", "rules[3].value",
                            "rules[4].value"));
        }
    }

    @Nested
    class Changing {

        private TerritoryCreated created() {
            return existing(territoryId, "Poland", null, 1);
        }

        @Test
        void startsANewVersionWithTheWholeDefinitionFromItsEffectiveInstant() {
            TerritoryCreated created = created();
            fixture.given(created)
                    .when(new ChangeTerritory(territoryId, rename("Polska"), FEBRUARY))
                    .expectEvents(new TerritoryChanged(territoryId, 2, new TerritoryDefinition("Polska", null, 1,
                            TerritoryRules.none(), null, List.of()), FEBRUARY));
        }

        @Test
        void changesNothingWhenNothingDiffers() {
            fixture.given(created())
                    .when(new ChangeTerritory(territoryId, rename("Poland"), FEBRUARY))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesAVersionThatWouldTakeEffectBeforeTheCurrentOne() {
            fixture.given(created())
                    .when(new ChangeTerritory(territoryId, rename("Polska"), JANUARY.minusSeconds(1)))
                    .expectException(rule("territory-version-order"));
        }

        @Test
        void refusesAParentBelowItself() {
            TerritoryCreated created = created();
            UUID child = UUID.randomUUID();
            existing(child, "Mazowieckie", territoryId, 1);
            fixture.given(created)
                    .when(new ChangeTerritory(territoryId, moveUnder(child), FEBRUARY))
                    .expectException(rule("territory-cycle"));
        }

        @Test
        void refusesToBeItsOwnParent() {
            fixture.given(created())
                    .when(new ChangeTerritory(territoryId, moveUnder(territoryId), FEBRUARY))
                    .expectException(rule("territory-cycle"));
        }

        @Test
        void refusesANameAnotherTerritoryHas() {
            TerritoryCreated created = created();
            existing(UUID.randomUUID(), "Czechia", null, 2);
            fixture.given(created)
                    .when(new ChangeTerritory(territoryId, rename("czechia"), FEBRUARY))
                    .expectException(rule("territory-name-taken"));
        }

        @Test
        void refusesInvalidRulesAndLeavesTheVersionAlone() {
            TerritoryPatch patch = new TerritoryPatch(Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                    Patch.set(List.of(condition(TerritoryField.HEADQUARTERS_COUNTRY, TerritoryOperator.IN, "XX"))),
                    Patch.keep(), Patch.keep());
            fixture.given(created())
                    .when(new ChangeTerritory(territoryId, patch, FEBRUARY))
                    .expectException(invalidFields("rules[0].value"));
        }

        @Test
        void answersNotFoundForTheIdOfNoTerritory() {
            fixture.givenNoPriorActivity()
                    .when(new ChangeTerritory(territoryId, keepAll(), FEBRUARY))
                    .expectException(Matchers.anyOf(Matchers.instanceOf(NotFoundException.class),
                            Matchers.instanceOf(org.axonframework.modelling.command.AggregateNotFoundException.class)));
        }
    }
}
