package io.kontor.command.contact;

import io.kontor.api.relationship.EndRelationship;
import io.kontor.command.account.AccountFixtures;
import io.kontor.command.account.AccountRegistry;
import io.kontor.command.hierarchy.Hierarchies;
import io.kontor.command.relationship.RelationshipRegistry;
import io.kontor.command.support.ExternalIdRegistry;
import io.kontor.platform.axon.KontorCommandTargetResolver;
import io.kontor.platform.privacy.SubjectKeys;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Contact fixture with every registry it uses on one real (in-memory H2) database with the production
 * schema, and the reassignment handler ending what a move splits through the fixture's command bus. The
 * database is shared by the tests (migrating one costs half a second); every test uses ids of its own.
 */
final class ContactWorld {

    private static final JdbcTemplate DATABASE = AccountFixtures.database();

    final JdbcTemplate jdbc = DATABASE;
    final Hierarchies hierarchies = new Hierarchies(jdbc);
    final AccountRegistry accounts = new AccountRegistry(jdbc, hierarchies);
    final ContactRegistry contacts = new ContactRegistry(jdbc, accounts, hierarchies);
    final RelationshipRegistry relationships = new RelationshipRegistry(jdbc, hierarchies);
    final SubjectKeys keys = new SubjectKeys(jdbc, Duration.ofMinutes(1));
    final AggregateTestFixture<Contact> fixture = new AggregateTestFixture<>(Contact.class);

    /**
     * Records the {@link EndRelationship} commands sent from now on instead of handling them: the fixture's
     * event store cannot take a nested command's events for the aggregate under test (it appends them
     * before the outer command's), so a reassignment's endings are checked as the commands it sends.
     */
    List<EndRelationship> recordEndings() {
        List<EndRelationship> sent = new CopyOnWriteArrayList<>();
        fixture.getCommandBus().subscribe(EndRelationship.class.getName(), command -> {
            sent.add((EndRelationship) command.getPayload());
            return GenericCommandResultMessage.asCommandResultMessage(null);
        });
        return sent;
    }

    ContactWorld() {
        fixture.registerCommandTargetResolver(new KontorCommandTargetResolver());
        fixture.registerInjectableResource(contacts);
        fixture.registerInjectableResource(relationships);
        fixture.registerInjectableResource(new ExternalIdRegistry(jdbc));
        fixture.registerInjectableResource(keys);
        fixture.registerAnnotatedCommandHandler(new ContactReassignment(fixture.getRepository(), contacts, relationships,
                AccountFixtures.splits(jdbc, fixture)));
    }
}
