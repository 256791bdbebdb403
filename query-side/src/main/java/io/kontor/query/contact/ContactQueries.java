package io.kontor.query.contact;

import io.kontor.api.common.NotFoundException;
import io.kontor.api.contact.ContactPage;
import io.kontor.api.contact.ContactView;
import io.kontor.api.contact.FindContact;
import io.kontor.api.contact.ListAccountContacts;
import io.kontor.query.projection.ExternalIdsColumn;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Component
public class ContactQueries {

    private static final String COLUMNS = "id, account_id, first_name, last_name, email, phone, job_title, external_ids, version";
    private static final RowMapper<ContactView> VIEW = (rs, row) -> new ContactView(rs.getObject("id", UUID.class),
            rs.getObject("account_id", UUID.class), rs.getString("first_name"), rs.getString("last_name"),
            rs.getString("email"), rs.getString("phone"), rs.getString("job_title"),
            ExternalIdsColumn.read(rs.getString("external_ids")), rs.getLong("version"));

    private final JdbcTemplate jdbc;

    public ContactQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<ContactView> handle(FindContact query) {
        return jdbc.query("SELECT " + COLUMNS + " FROM contact_view WHERE id = ?", VIEW, query.contactId()).stream().findFirst();
    }

    @QueryHandler
    public ContactPage handle(ListAccountContacts query) {
        if (jdbc.queryForList("SELECT id FROM account_view WHERE id = ?", UUID.class, query.accountId()).isEmpty()) {
            throw new NotFoundException("account", query.accountId());
        }
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM contact_view WHERE account_id = ?", Long.class, query.accountId());
        List<ContactView> content = jdbc.query("SELECT " + COLUMNS + " FROM contact_view WHERE account_id = ? "
                        + "ORDER BY last_name, first_name, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", VIEW,
                query.accountId(), query.page().offset(), query.page().size());
        int pages = (int) ((total + query.page().size() - 1) / query.page().size());
        return new ContactPage(content, query.page().page(), query.page().size(), total, pages);
    }
}
