package io.kontor.query.lead;

import io.kontor.platform.visibility.Visibility;
import io.kontor.api.common.PageRequest;
import io.kontor.api.lead.FindLead;
import io.kontor.api.lead.LeadCaptured;
import io.kontor.api.lead.LeadConversion;
import io.kontor.api.lead.LeadConvertedToAccount;
import io.kontor.api.lead.LeadDetails;
import io.kontor.api.lead.LeadDisqualified;
import io.kontor.api.lead.LeadQualified;
import io.kontor.api.lead.LeadStatus;
import io.kontor.api.lead.LeadView;
import io.kontor.api.lead.ListLeads;
import io.kontor.query.readmodel.ReadModelDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LeadProjectionTest {

    private final JdbcTemplate jdbc = ReadModelDatabases.h2("leads");
    private final LeadProjection projection = new LeadProjection(jdbc);
    private final LeadQueries queries = new LeadQueries(jdbc, Visibility.unrestricted());

    private UUID captured(String email) {
        UUID id = UUID.randomUUID();
        projection.on(new LeadCaptured(id, new LeadDetails("Jan", "Kowalski", email, "Acme", null, null, 12, "fair")), 0,
                Instant.now());
        return id;
    }

    @Test
    void followsALeadFromCaptureToConversionAndListsLeadsByStatus() {
        UUID converted = captured("jan@acme.pl");
        UUID disqualified = captured("spam@acme.pl");
        captured("open@acme.pl");
        LeadConversion conversion = new LeadConversion(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), true, false);

        projection.on(new LeadQualified(converted, 72, 50, "lead-v1", Map.of("budget", "confirmed")), 1);
        projection.on(new LeadConvertedToAccount(converted, conversion), 2);
        projection.on(new LeadQualified(converted, 10, 50, "lead-v1", Map.of()), 1);
        projection.on(new LeadDisqualified(disqualified, "spam"), 1);

        LeadView view = queries.handle(new FindLead(converted)).orElseThrow();
        assertThat(view.status()).isEqualTo(LeadStatus.CONVERTED);
        assertThat(view.score()).isEqualTo(72);
        assertThat(view.accountId()).isEqualTo(conversion.accountId());
        assertThat(view.contactId()).isEqualTo(conversion.contactId());
        assertThat(view.opportunityId()).isEqualTo(conversion.opportunityId());
        assertThat(queries.handle(new FindLead(disqualified)).orElseThrow().disqualificationReason()).isEqualTo("spam");
        assertThat(queries.handle(new ListLeads(LeadStatus.OPEN, new PageRequest(0, 10))).totalElements()).isEqualTo(1);
        assertThat(queries.handle(new ListLeads(null, new PageRequest(0, 2))).totalPages()).isEqualTo(2);
    }
}
