package io.kontor.query.contact;

import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactErased;
import io.kontor.api.contact.ContactUpdated;
import io.kontor.query.readmodel.ReadModelDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ErasedContactProjectionTest {

    private final UUID contact = UUID.randomUUID();
    private final UUID account = UUID.randomUUID();
    private final ContactDetails anna = new ContactDetails("Anna", "Wiśniewska", "anna@grupa-lodz.pl", null, "CFO");
    private final ContactErased erased = new ContactErased(contact, UUID.randomUUID(), "Art. 17 request");

    @Test
    void anErasedContactKeepsItsPlaceButNoPersonalDataAndAReplayWritesExactlyTheSame() {
        JdbcTemplate live = ReadModelDatabases.h2("contacts");
        ContactProjection projection = new ContactProjection(live);
        projection.on(new ContactAdded(contact, account, anna), 0);
        projection.on(new ContactUpdated(contact, new ContactDetails("Anna", "Wiśniewska", "anna@grupa-lodz.pl",
                "+48 22 123", "CFO")), 1);
        projection.on(erased, 2);

        // After the erasure, the events before it read "[erased]": that is what a replay sees.
        JdbcTemplate replayed = ReadModelDatabases.h2("contacts");
        ContactProjection replay = new ContactProjection(replayed);
        replay.on(new ContactAdded(contact, account, anna.erased()), 0);
        replay.on(new ContactUpdated(contact, new ContactDetails("[erased]", "[erased]", "[erased]", "[erased]", "[erased]")), 1);
        replay.on(erased, 2);

        List<Map<String, Object>> rows = live.queryForList("SELECT * FROM contact_view");
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("FIRST_NAME", "[erased]")
                .containsEntry("LAST_NAME", "[erased]").containsEntry("EMAIL", "[erased]").containsEntry("PHONE", "[erased]")
                .containsEntry("EMAIL_DOMAIN", null).containsEntry("ACCOUNT_ID", account).containsEntry("VERSION", 2L));
        assertThat(replayed.queryForList("SELECT * FROM contact_view")).isEqualTo(rows);
    }

    @Test
    void anEmptyOptionalFieldStaysEmpty() {
        JdbcTemplate jdbc = ReadModelDatabases.h2("contacts");
        ContactProjection projection = new ContactProjection(jdbc);
        projection.on(new ContactAdded(contact, account, new ContactDetails("Jan", "Nowak", null, null, null)), 0);
        projection.on(erased, 1);

        assertThat(jdbc.queryForMap("SELECT email, phone, job_title, first_name FROM contact_view"))
                .containsEntry("EMAIL", null).containsEntry("PHONE", null).containsEntry("JOB_TITLE", null)
                .containsEntry("FIRST_NAME", "[erased]");
    }
}
