package io.kontor.query.map;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.common.PersonalData;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactErased;
import io.kontor.api.contact.ContactUpdated;
import io.kontor.api.map.MapEdge;
import io.kontor.api.map.MapNode;
import io.kontor.api.relationship.RelationshipAdded;
import io.kontor.api.relationship.RelationshipType;
import io.kontor.api.relationship.RelationshipUpdated;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An erased contact on the account map: its names, job title and relationship notes read "[erased]" now and in
 * every earlier period, and the tables are exactly what a replay builds (where every event before the erasure
 * already reads "[erased]").
 */
class ErasedContactOnTheMapTest {

    private static final String ERASED = PersonalData.ERASED;

    private final UUID group = UUID.randomUUID();
    private final UUID anna = UUID.randomUUID();
    private final UUID formerEmployer = UUID.randomUUID();

    @Test
    void theErasedContactReadsErasedInEveryPeriodAndTheTablesEqualAReplay() {
        MapWorld live = new MapWorld();
        Instant beforeErasure = feed(live, false);
        MapWorld replayed = new MapWorld();
        feed(replayed, true);

        assertThat(live.map(group, null, null).nodes()).extracting(MapNode::firstName, MapNode::lastName, MapNode::jobTitle)
                .containsExactly(tuple(ERASED, ERASED, ERASED));
        assertThat(live.map(group, null, beforeErasure).nodes()).extracting(MapNode::firstName, MapNode::jobTitle)
                .containsExactly(tuple(ERASED, ERASED));
        assertThat(live.map(group, null, beforeErasure).edges()).extracting(MapEdge::id, MapEdge::note)
                .containsExactly(tuple(formerEmployer, ERASED));
        for (String table : List.of(MapTables.CONTACTS, MapTables.RELATIONSHIPS, MapTables.RELATIONSHIP_PERIODS)) {
            assertThat(rows(live, table)).as(table).isEqualTo(rows(replayed, table));
        }
        assertThat(rows(live, MapTables.CONTACTS).toString()).doesNotContain("Anna", "Wiśniewska", "CFO");
        assertThat(rows(live, MapTables.RELATIONSHIP_PERIODS).toString()).doesNotContain("golf");
    }

    /** The events of a contact that is erased in the end, as read live ({@code asReplayed}: as read after the erasure). */
    private Instant feed(MapWorld world, boolean asReplayed) {
        world.people.on(new AccountOpened(group, new AccountProfile("Grupa Łódź S.A.", AccountKind.COMPANY, null, null, null,
                null, null), null, null), world.now(), world.next());
        world.people.on(new ContactAdded(anna, group, details(asReplayed, "CFO")), world.now(), world.next());
        world.people.on(new ContactUpdated(anna, details(asReplayed, "Group CFO")), world.now(), world.next());
        world.people.on(new RelationshipAdded(anna, formerEmployer, RelationshipType.FORMER_EMPLOYEE_OF, null, group, 3, 1,
                LocalDate.of(2025, 3, 1), asReplayed ? ERASED : "plays golf with the board"), 2, world.now(), world.next());
        world.people.on(new RelationshipUpdated(anna, formerEmployer, 4, 1, asReplayed ? ERASED : "plays golf every Friday"), 3,
                world.now(), world.next());
        Instant beforeErasure = world.now();
        world.next();
        world.people.on(new ContactErased(anna, UUID.randomUUID(), "Art. 17 request"));
        return beforeErasure;
    }

    private static ContactDetails details(boolean erased, String jobTitle) {
        ContactDetails details = new ContactDetails("Anna", "Wiśniewska", null, null, jobTitle);
        return erased ? details.erased() : details;
    }

    private static List<Map<String, Object>> rows(MapWorld world, String table) {
        return world.jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2");
    }
}
