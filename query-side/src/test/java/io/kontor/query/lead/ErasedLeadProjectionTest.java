package io.kontor.query.lead;

import io.kontor.api.lead.LeadCaptured;
import io.kontor.api.lead.LeadDetails;
import io.kontor.api.lead.LeadDisqualified;
import io.kontor.api.lead.LeadErased;
import io.kontor.query.readmodel.ReadModelDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ErasedLeadProjectionTest {

    private final UUID lead = UUID.randomUUID();
    private final Instant at = Instant.parse("2026-03-02T10:00:00Z");
    private final LeadDetails jan = new LeadDetails("Jan", "Kowalski", "jan@acme.pl", "Acme Sp. z o.o.", "+48 600 100 200",
            "acme.pl", 120, "trade fair");
    private final LeadErased erased = new LeadErased(lead, UUID.randomUUID(), "Art. 17 request");

    @Test
    void anErasedLeadKeepsTheCompanyAndStatusButNotThePersonAndAReplayWritesTheSame() {
        JdbcTemplate live = ReadModelDatabases.h2("leads");
        LeadProjection projection = new LeadProjection(live);
        projection.on(new LeadCaptured(lead, jan), 0, at);
        projection.on(new LeadDisqualified(lead, "Jan said his boss will never buy"), 1);
        projection.on(erased, 2);

        JdbcTemplate replayed = ReadModelDatabases.h2("leads");
        LeadProjection replay = new LeadProjection(replayed);
        replay.on(new LeadCaptured(lead, jan.erased()), 0, at);
        replay.on(new LeadDisqualified(lead, "[erased]"), 1);
        replay.on(erased, 2);

        List<Map<String, Object>> rows = live.queryForList("SELECT * FROM lead_view");
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("FIRST_NAME", "[erased]")
                .containsEntry("EMAIL", "[erased]").containsEntry("PHONE", "[erased]")
                .containsEntry("DISQUALIFICATION_REASON", "[erased]").containsEntry("COMPANY_NAME", "Acme Sp. z o.o.")
                .containsEntry("STATUS", "DISQUALIFIED").containsEntry("EMPLOYEES", 120));
        assertThat(replayed.queryForList("SELECT * FROM lead_view")).isEqualTo(rows);
    }
}
