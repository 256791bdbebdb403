package io.kontor.platform.visibility;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The accounts the resources hang on, by resource id (those hanging on none are left out); one statement per call. */
    public Map<UUID, UUID> accountsOf(ResourceKind kind, Collection<UUID> ids) {
        Map<UUID, UUID> accounts = new HashMap<>();
        if (ids.isEmpty()) {
            return accounts;
        }
        if (kind == ResourceKind.ACCOUNT) {
            ids.forEach(id -> accounts.put(id, id));
            return accounts;
        }
        String in = " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        String sql = switch (kind) {
            case CONTACT -> "SELECT contact_id, account_id FROM contact_registry WHERE contact_id" + in;
            case OPPORTUNITY -> "SELECT opportunity_id, account_id FROM opportunity_registry WHERE opportunity_id" + in;
            default -> "SELECT l.lead_id, c.account_id FROM lead_registry l JOIN contact_registry c ON c.contact_id = l.contact_id "
                    + "WHERE l.lead_id" + in;
        };
        jdbc.query(sql, rs -> {
            accounts.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
        }, ids.toArray());
        return accounts;
    }

    private Optional<UUID> first(String sql, UUID id) {
        List<UUID> found = jdbc.queryForList(sql, UUID.class, id);
        return found.stream().findFirst();
    }
}
