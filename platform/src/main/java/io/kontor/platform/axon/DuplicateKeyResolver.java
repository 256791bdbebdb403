package io.kontor.platform.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells Axon that an append failed because another writer stored the same (aggregate, sequence) first:
 * a unique violation, SQL state 23505 on both H2 and PostgreSQL. Axon then reports a concurrency
 * conflict (a clean 409/412, or a retry) instead of a storage failure (a 500).
 *
 * <p>Axon's own {@code JdbcSQLErrorCodesResolver} only looks for {@code SQLIntegrityConstraintViolationException}
 * in the cause chain. H2 throws one; PostgreSQL's driver does not, and reports a failed batch insert as
 * a {@code BatchUpdateException} whose reason hangs off {@link SQLException#getNextException()}, so with
 * two command nodes racing on one aggregate the loser answered 500.
 */
public class DuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return anyUniqueViolation(exception, new HashSet<>());
    }

    private static boolean anyUniqueViolation(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof SQLException sql) {
            if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (anyUniqueViolation(sql.getNextException(), seen)) {
                return true;
            }
        }
        return anyUniqueViolation(failure.getCause(), seen);
    }
}
