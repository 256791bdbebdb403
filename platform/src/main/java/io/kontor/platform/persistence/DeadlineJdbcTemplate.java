package io.kontor.platform.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The application's {@link JdbcTemplate}: it keeps every transaction's deadline without H2's price for it.
 *
 * <p>Spring gives each statement of a transaction that has a timeout the seconds left as its JDBC query timeout.
 * H2 carries that out as a {@code SET QUERY_TIMEOUT} command, and H2 counts every {@code SET} as a change of
 * the schema: it empties the parsed-statement cache of every connection and makes every prepared statement plan
 * itself again. Every command and projection transaction has a timeout, so on H2 almost every statement was
 * parsed and planned anew: 14% of the projection thread's CPU in a profile of a 100,000-account import.
 *
 * <p>On H2 the deadline is therefore checked before each statement (Spring's own check: past it, the
 * transaction is marked for rollback and {@code TransactionTimedOutException} is thrown) instead of being
 * handed to the driver. The price: on H2 a statement that has started runs to its end even past the deadline
 * (H2's lock timeout still bounds its waits for locks), and the next statement fails. Other databases keep the
 * query timeout, which cancels a running statement on the server. The template's own query timeout
 * ({@code spring.jdbc.template.query-timeout}) is likewise left to the other databases; nothing sets it.
 */
public class DeadlineJdbcTemplate extends JdbcTemplate {

    private volatile Boolean h2;

    public DeadlineJdbcTemplate(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
        if (!onH2()) {
            super.applyStatementSettings(statement);
            return;
        }
        if (getFetchSize() != -1) {
            statement.setFetchSize(getFetchSize());
        }
        if (getMaxRows() != -1) {
            statement.setMaxRows(getMaxRows());
        }
        if (TransactionSynchronizationManager.getResource(obtainDataSource()) instanceof ConnectionHolder holder
                && holder.hasTimeout()) {
            // throws TransactionTimedOutException (and marks the transaction rollback-only) once the deadline has passed
            holder.getTimeToLiveInMillis();
        }
    }

    private boolean onH2() {
        Boolean known = h2;
        if (known == null) {
            try {
                known = "H2".equals(JdbcUtils.extractDatabaseMetaData(obtainDataSource(), DatabaseMetaData::getDatabaseProductName));
            } catch (MetaDataAccessException e) {
                return false;
            }
            h2 = known;
        }
        return known;
    }
}
