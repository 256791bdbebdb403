package io.kontor.query.history;

import io.kontor.api.account.AccountClosed;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountOwnerAssigned;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfileUpdated;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.opportunity.OpportunityLost;
import io.kontor.api.opportunity.OpportunityOpened;
import io.kontor.api.opportunity.OpportunityStageChanged;
import io.kontor.api.opportunity.OpportunityUpdated;
import io.kontor.api.opportunity.OpportunityWon;
import io.kontor.query.projection.Columns;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Versions of accounts (place in the hierarchy, status, attributes the reports filter by), contacts
 * (their account) and opportunities (account, status, stage, value, probability), each valid over an
 * interval of event time. From them, any hierarchy or pipeline report is rebuilt as it stood at any
 * instant. Each entity's versions depend only on its own events, so the projection runs in segments.
 */
public class HistoryProjection {

    static final VersionedTable.Shape ACCOUNTS = new VersionedTable.Shape("account_history", "account_id",
            List.of("parent_id", "status", "name", "kind", "industry", "country", "region", "owner_id"));
    static final VersionedTable.Shape CONTACTS = new VersionedTable.Shape("contact_history", "contact_id", List.of("account_id"));
    static final VersionedTable.Shape OPPORTUNITIES = new VersionedTable.Shape("opportunity_history", "opportunity_id",
            List.of("account_id", "status", "stage", "amount", "currency", "probability"));

    private final Versions accounts;
    private final Versions contacts;
    private final Versions opportunities;

    public HistoryProjection(JdbcTemplate jdbc) {
        this(new VersionedTable(jdbc, ACCOUNTS), new VersionedTable(jdbc, CONTACTS), new VersionedTable(jdbc, OPPORTUNITIES));
    }

    /** The same handlers over other stores of versions: the rebuild's fold keeps them in memory. */
    HistoryProjection(Versions accounts, Versions contacts, Versions opportunities) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.opportunities = opportunities;
    }

    @EventHandler
    public void on(AccountOpened event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> values = profile(event.profile());
        values.put("parent_id", event.parentId());
        values.put("status", "OPEN");
        values.put("owner_id", event.ownerId());
        accounts.first(event.accountId(), sequence, at, values);
    }

    @EventHandler
    public void on(AccountProfileUpdated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        accounts.next(event.accountId(), sequence, at, profile(event.profile()));
    }

    @EventHandler
    public void on(AccountMovedInHierarchy event, @SequenceNumber long sequence, @Timestamp Instant at) {
        accounts.next(event.accountId(), sequence, at, Columns.of("parent_id", event.toParentId()));
    }

    @EventHandler
    public void on(AccountOwnerAssigned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        accounts.next(event.accountId(), sequence, at, Columns.of("owner_id", event.ownerId()));
    }

    @EventHandler
    public void on(AccountClosed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        accounts.next(event.accountId(), sequence, at, Columns.of("status", "CLOSED"));
    }

    @EventHandler
    public void on(ContactAdded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        contacts.first(event.contactId(), sequence, at, Columns.of("account_id", event.accountId()));
    }

    @EventHandler
    public void on(ContactReassigned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        contacts.next(event.contactId(), sequence, at, Columns.of("account_id", event.toAccountId()));
    }

    @EventHandler
    public void on(OpportunityOpened event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> values = Columns.of("account_id", event.accountId());
        values.put("status", "OPEN");
        values.put("stage", event.stage().name());
        values.put("amount", event.terms().value().amount());
        values.put("currency", event.terms().value().currency());
        values.put("probability", event.probability());
        opportunities.first(event.opportunityId(), sequence, at, values);
    }

    @EventHandler
    public void on(OpportunityUpdated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> values = Columns.of("amount", event.terms().value().amount());
        values.put("currency", event.terms().value().currency());
        values.put("probability", event.probability());
        opportunities.next(event.opportunityId(), sequence, at, values);
    }

    @EventHandler
    public void on(OpportunityStageChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> values = Columns.of("stage", event.toStage().name());
        values.put("probability", event.probability());
        opportunities.next(event.opportunityId(), sequence, at, values);
    }

    @EventHandler
    public void on(OpportunityWon event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> values = Columns.of("status", "WON");
        values.put("probability", 100);
        opportunities.next(event.opportunityId(), sequence, at, values);
    }

    @EventHandler
    public void on(OpportunityLost event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> values = Columns.of("status", "LOST");
        values.put("probability", 0);
        opportunities.next(event.opportunityId(), sequence, at, values);
    }

    private static Map<String, Object> profile(AccountProfile profile) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", profile.name());
        values.put("kind", profile.kind().name());
        values.put("industry", profile.industry());
        values.put("country", profile.country());
        values.put("region", profile.region());
        return values;
    }
}
