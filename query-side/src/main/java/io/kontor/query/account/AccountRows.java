package io.kontor.query.account;

import io.kontor.api.account.AccountDetails;
import io.kontor.api.account.AccountFilter;
import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountStatus;
import io.kontor.api.account.OwnerSource;
import io.kontor.api.common.PageRequest;
import io.kontor.api.common.SearchText;
import io.kontor.platform.visibility.Scope;
import io.kontor.platform.visibility.SqlCondition;
import io.kontor.query.projection.ExternalIdsColumn;
import io.kontor.query.territory.TerritoryOwners;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts as the API shows them, read from {@code account_view} and {@code account_tree}: one by id, or a filtered page sorted
 * by the folded name, so {@code lodz} finds {@code Łódź}.
 */
@Component
public class AccountRows {

    private static final RowMapper<AccountDetails> DETAILS = (rs, row) -> new AccountDetails(rs.getObject("id", UUID.class),
            rs.getString("name"), AccountKind.valueOf(rs.getString("kind")), AccountStatus.valueOf(rs.getString("status")),
            rs.getObject("parent_id", UUID.class), rs.getObject("headquarters_id", UUID.class),
            new HierarchyPath(rs.getString("path")).ids(), rs.getString("industry"), rs.getString("country"),
            rs.getString("region"), rs.getString("website"), rs.getString("debtor_number"), (Integer) rs.getObject("employees"),
            owner(rs.getObject("owner_id", UUID.class), rs.getObject("territory_owner_id", UUID.class)),
            source(rs.getObject("owner_id", UUID.class), rs.getObject("territory_owner_id", UUID.class)),
            rs.getObject("opened_at", OffsetDateTime.class).toInstant(), instant(rs.getObject("closed_at", OffsetDateTime.class)),
            rs.getString("close_reason"), ExternalIdsColumn.read(rs.getString("external_ids")), rs.getLong("version"));
    /** account_view with each account's place in the tree (account_tree's columns are named apart from account_view's). */
    public static final String WITH_TREE = "account_view JOIN account_tree ON account_tree.account_id = account_view.id";
    private static final String COLUMNS = "id, name, kind, status, parent_id, headquarters_id, path, industry, country, "
            + "region, website, debtor_number, employees, owner_id, " + TerritoryOwners.territoryOwner("account_view")
            + " AS territory_owner_id, opened_at, closed_at, close_reason, external_ids, version";

    private final JdbcTemplate jdbc;

    public AccountRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccountDetails> find(UUID id) {
        List<Object> arguments = new ArrayList<>(TerritoryOwners.at(Instant.now()));
        arguments.add(id);
        return jdbc.query("SELECT " + COLUMNS + " FROM " + WITH_TREE + " WHERE id = ?", DETAILS, arguments.toArray()).stream().findFirst();
    }

    public List<AccountDetails> page(AccountFilter filter, PageRequest page, Scope scope) {
        List<Object> arguments = new ArrayList<>(TerritoryOwners.at(Instant.now()));
        String where = where(filter, scope, arguments);
        arguments.add(page.offset());
        arguments.add(page.size());
        return jdbc.query("SELECT " + COLUMNS + " FROM " + WITH_TREE + where + " ORDER BY search_name, id "
                + "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", DETAILS, arguments.toArray());
    }

    public long count(AccountFilter filter, Scope scope) {
        List<Object> arguments = new ArrayList<>();
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + WITH_TREE + where(filter, scope, arguments), Long.class,
                arguments.toArray());
        return count == null ? 0 : count;
    }

    /**
     * For a scoped caller, the page holds visible accounts only, and {@code headquartersId} means the headquarters
     * it is shown (the topmost visible account of a tree: its visible subtree); any other id finds nothing.
     */
    private String where(AccountFilter filter, Scope scope, List<Object> arguments) {
        List<String> conditions = new ArrayList<>();
        if (scope.restricted()) {
            SqlCondition visible = scope.accounts("id");
            conditions.add(visible.sql());
            arguments.addAll(visible.arguments());
            if (filter.headquartersId() != null) {
                conditions.add("path LIKE ?");
                arguments.add(shownHeadquartersPath(filter.headquartersId(), scope));
                filter = new AccountFilter(filter.q(), filter.industry(), filter.country(), filter.region(), filter.ownerId(),
                        null, filter.status(), filter.kind());
            }
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            conditions.add("search_name LIKE ? ESCAPE '\\'");
            arguments.add("%" + escape(SearchText.fold(filter.q())) + "%");
        }
        condition(conditions, arguments, "LOWER(industry) = ?", filter.industry() == null ? null
                : filter.industry().toLowerCase(Locale.ROOT));
        condition(conditions, arguments, "country = ?", filter.country() == null ? null : filter.country().toUpperCase(Locale.ROOT));
        condition(conditions, arguments, "region = ?", filter.region() == null ? null : filter.region().toUpperCase(Locale.ROOT));
        if (filter.ownerId() != null) {
            conditions.add(TerritoryOwners.ownedBy("account_view"));
            arguments.addAll(TerritoryOwners.ownedByArguments(filter.ownerId(), Instant.now()));
        }
        // the headquarters' accounts are the rows whose path starts with it (ix_account_tree_path; no index of its own to keep)
        condition(conditions, arguments, "path LIKE ?", filter.headquartersId() == null ? null
                : HierarchyPath.root(filter.headquartersId()).subtreePattern());
        condition(conditions, arguments, "status = ?", filter.status() == null ? null : filter.status().name());
        condition(conditions, arguments, "kind = ?", filter.kind() == null ? null : filter.kind().name());
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The subtree pattern of an account shown as a headquarters to the scope; a pattern matching nothing otherwise. */
    private String shownHeadquartersPath(UUID headquartersId, Scope scope) {
        List<String> paths = jdbc.queryForList("SELECT path FROM account_tree WHERE account_id = ?", String.class, headquartersId);
        if (paths.isEmpty() || !scope.sees(headquartersId)) {
            return "";
        }
        HierarchyPath path = new HierarchyPath(paths.get(0));
        List<UUID> ancestors = path.ids().subList(0, path.ids().size() - 1);
        return scope.visibleAmong(ancestors).isEmpty() ? path.subtreePattern() : "";
    }

    private static void condition(List<String> conditions, List<Object> arguments, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            arguments.add(value);
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The effective owner: the one set by hand, else the territory's. */
    private static UUID owner(UUID byHand, UUID territory) {
        return byHand != null ? byHand : territory;
    }

    private static OwnerSource source(UUID byHand, UUID territory) {
        return byHand != null ? OwnerSource.HAND : territory != null ? OwnerSource.TERRITORY : null;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
