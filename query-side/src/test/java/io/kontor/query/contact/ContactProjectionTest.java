package io.kontor.query.contact;

import io.kontor.api.common.NotFoundException;
import io.kontor.api.common.PageRequest;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactReassigned;
import io.kontor.api.contact.ContactUpdated;
import io.kontor.api.contact.ContactView;
import io.kontor.api.contact.FindContact;
import io.kontor.api.contact.ListAccountContacts;
import io.kontor.query.readmodel.ReadModelDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactProjectionTest {

    private final JdbcTemplate jdbc = ReadModelDatabases.h2("contacts", "accounts");
    private final ContactProjection projection = new ContactProjection(jdbc);
    private final ContactQueries queries = new ContactQueries(jdbc);

    @Test
    void keepsTheContactCurrentAndListsItUnderItsPresentAccountOnly() {
        UUID contact = UUID.randomUUID();
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        for (UUID account : new UUID[]{before, after}) {
            jdbc.update("INSERT INTO account_view (id, name, search_name, kind, status, opened_at, version) "
                    + "VALUES (?, 'A', 'a', 'COMPANY', 'OPEN', CURRENT_TIMESTAMP, 0)", account);
        }
        projection.on(new ContactAdded(contact, before, new ContactDetails("Олег", "Петров", "oleg@romashka.ru", null, null)), 0);
        projection.on(new ContactUpdated(contact, new ContactDetails("Олег", "Петров", "oleg@romashka.ru", null, "Директор")), 1);
        projection.on(new ContactReassigned(contact, before, after), 2);
        projection.on(new ContactUpdated(contact, new ContactDetails("stale", "stale", null, null, null)), 1);

        ContactView view = queries.handle(new FindContact(contact)).orElseThrow();
        assertThat(view).isEqualTo(new ContactView(contact, after, "Олег", "Петров", "oleg@romashka.ru", null, "Директор", java.util.Map.of(), 2));
        assertThat(queries.handle(new ListAccountContacts(before, new PageRequest(0, 10))).content()).isEmpty();
        assertThat(queries.handle(new ListAccountContacts(after, new PageRequest(0, 10))).totalElements()).isEqualTo(1);
        assertThatThrownBy(() -> queries.handle(new ListAccountContacts(UUID.randomUUID(), new PageRequest(0, 10))))
                .isInstanceOf(NotFoundException.class);
    }
}
