package io.kontor.platform.visibility;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The account a contact, opportunity or lead hangs on, read from the command side's registries: they are
 * written in the command's own transaction, so a scoped writer's next request already finds what it just
 * created, on the command side and the query side alike. A lead hangs on an account once it was converted
 * (through the contact it became); before that it hangs on none.
 */
@Component
public class ResourceAccounts {

    private final JdbcTemplate jdbc;

    public ResourceAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account the resource hangs on; empty for an unknown id or a lead not converted yet. */
    public Optional<UUID> accountOf(ResourceKind kind, UUID id) {
        return switch (kind) {
            case ACCOUNT -> Optional.of(id);
            case CONTACT -> first("SELECT account_id FROM contact_registry WHERE contact_id = ?", id);
            case OPPORTUNITY -> first("SELECT account_id FROM opportunity_registry WHERE opportunity_id = ?", id);
            case LEAD -> first("""
                    SELECT c.account_id FROM lead_registry l JOIN contact_registry c ON c.contact_id = l.contact_id
                    WHERE l.lead_id = ?""", id);
        };
    }

    private Optional<UUID> first(String sql, UUID id) {
        List<UUID> found = jdbc.queryForList(sql, UUID.class, id);
        return found.stream().findFirst();
    }
}
