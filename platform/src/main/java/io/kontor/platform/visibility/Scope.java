package io.kontor.platform.visibility;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What one caller may see: everything, or the accounts assigned now to a set of territories (the ones the
 * user is configured with and everything below them). Everything else a scoped caller asks for does not
 * exist for it. Computed once per request ({@link Visibility#current()}).
 */
public final class Scope {

    static final Scope EVERYTHING = new Scope(null, null, null);

    private final Set<UUID> territories;
    private final Instant at;
    private final TerritorySql sql;

    Scope(Set<UUID> territories, Instant at, TerritorySql sql) {
        this.territories = territories;
        this.at = at;
        this.sql = sql;
    }

    /** False for callers who see everything: reads and writes take their usual path. */
    public boolean restricted() {
        return territories != null;
    }

    public boolean sees(UUID accountId) {
        return !restricted() || (accountId != null && !visibleAmong(Set.of(accountId)).isEmpty());
    }

    /** The accounts among these the caller may see (all of them for an unrestricted caller). */
    public Set<UUID> visibleAmong(Collection<UUID> accountIds) {
        if (!restricted()) {
            return new LinkedHashSet<>(accountIds);
        }
        return sql.assignedAmong(accountIds, territories, at);
    }

    /**
     * A condition keeping only visible accounts, on the column holding an account id: lists, searches and
     * reports add it to their WHERE clause. Only asked of a restricted scope.
     */
    public SqlCondition accounts(String accountIdColumn) {
        if (!restricted()) {
            throw new IllegalStateException("An unrestricted scope needs no condition");
        }
        return sql.assigned(accountIdColumn, territories, at);
    }

    /**
     * For a WHERE clause that goes on with more conditions: {@code " AND "} and the condition keeping visible accounts
     * on that column, its arguments added to {@code arguments}; nothing for an unrestricted caller.
     */
    public String andVisible(String accountIdColumn, List<Object> arguments) {
        if (!restricted()) {
            return "";
        }
        SqlCondition visible = accounts(accountIdColumn);
        arguments.addAll(visible.arguments());
        return " AND " + visible.sql();
    }
}
