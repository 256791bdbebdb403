package io.kontor.query.privacy;

import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactErased;
import io.kontor.api.contact.ContactUpdated;
import io.kontor.api.contact.LegalHoldLifted;
import io.kontor.api.contact.LegalHoldPlaced;
import io.kontor.api.lead.LeadCaptured;
import io.kontor.api.lead.LeadConversion;
import io.kontor.api.lead.LeadConvertedToAccount;
import io.kontor.api.lead.LeadDetails;
import io.kontor.api.lead.LeadErased;
import io.kontor.platform.privacy.SubjectKeys;
import io.kontor.query.readmodel.ReadModelDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PrivacyProjectionTest {

    private final JdbcTemplate jdbc = ReadModelDatabases.h2("privacy");
    private final PrivacyProjection projection = new PrivacyProjection(jdbc, new SubjectKeys(jdbc, Duration.ofMinutes(1)));
    private final UUID contact = UUID.randomUUID();
    private final UUID lead = UUID.randomUUID();
    private final UUID erasure = UUID.randomUUID();
    private final Instant at = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void knowsThePeopleByEmailAndConversionTheirHoldsAndTheirErasures() {
        projection.on(new LeadCaptured(lead, new LeadDetails("Anna", "Nowak", "Anna@Grupa.pl", "Grupa", null, null, null, null)), 0);
        projection.on(new ContactAdded(contact, UUID.randomUUID(), new ContactDetails("Anna", "Nowak", "anna@grupa.pl", null,
                null)), 0);
        projection.on(new LeadConvertedToAccount(lead, new LeadConversion(UUID.randomUUID(), contact, null, true, false)), 2);
        projection.on(new LegalHoldPlaced(contact, "Litigation 2026/17"), 1, at, "admin");
        assertThat(jdbc.queryForList("SELECT subject_id FROM data_subject WHERE email_key = 'anna@grupa.pl'", UUID.class))
                .containsExactlyInAnyOrder(contact, lead);
        assertThat(jdbc.queryForMap("SELECT contact_id FROM data_subject WHERE subject_id = ?", lead)).containsValue(contact);
        assertThat(jdbc.queryForMap("SELECT legal_hold, hold_placed_by FROM data_subject WHERE subject_id = ?", contact))
                .containsEntry("LEGAL_HOLD", "Litigation 2026/17").containsEntry("HOLD_PLACED_BY", "admin");

        projection.on(new ContactUpdated(contact, new ContactDetails("Anna", "Nowak", "a.nowak@grupa.pl", null, null)), 2);
        projection.on(new LegalHoldLifted(contact, null), 3);
        projection.on(new ContactErased(contact, erasure, "Art. 17 request"), 4, at, "admin");
        projection.on(new LeadErased(lead, erasure, "Art. 17 request"), 3, at, "admin");
        projection.on(new ContactErased(contact, erasure, "Art. 17 request"), 4, at, "admin");

        assertThat(jdbc.queryForList("SELECT email_key, legal_hold FROM data_subject")).allSatisfy(row ->
                assertThat(row).containsEntry("EMAIL_KEY", null).containsEntry("LEGAL_HOLD", null));
        List<Map<String, Object>> erasures = jdbc.queryForList("SELECT * FROM erasure_record WHERE erasure_id = ?", erasure);
        assertThat(erasures).hasSize(2).allSatisfy(row -> assertThat(row).containsEntry("REASON", "Art. 17 request")
                .containsEntry("ERASED_BY", "admin"));
    }

    @Test
    void anEventBeforeTheErasureReadAsErasedIndexesNoAddress() {
        projection.on(new ContactAdded(contact, UUID.randomUUID(), new ContactDetails("[erased]", "[erased]", "[erased]", null,
                null)), 0);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_subject WHERE email_key IS NULL", Long.class)).isEqualTo(1);
    }
}
