package io.kontor.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a replay could reach if writing its rows were all it did: the rows the live read models hold per stored
 * event (counted in the stopped service's file), against the rate at which one writer inserts such rows in large
 * transactions (a raw limit of the same run). It is generous: it leaves out reading and deserialising the events,
 * folding them, the secondary indexes and the rows written and deleted again, so a replay stays below it.
 */
final class ReplayCeiling {

    private ReplayCeiling() {
    }

    /** {@code database} names the figures ("h2", "postgresql"); {@code target} is the replay's, shown beside the ceiling. */
    static void report(Report report, String database, String url, String user, double bulkRowsPerSecond, double replayed,
                       double target) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, ""); Statement statement = connection.createStatement()) {
            long events = count(statement, "domain_event_entry");
            long rows = liveRows(statement);
            double perEvent = (double) rows / events;
            report.add(new Figure(database + ": read-model rows per stored event", perEvent, "rows", null, null, false,
                    String.format("%,d rows in the live generations for %,d events", rows, events)));
            double ceiling = bulkRowsPerSecond / perEvent;
            report.add(new Figure(database + ": replay ceiling, writing those rows at the raw bulk rate", ceiling, "events/s",
                    null, target, true, "the raw bulk insert rate / rows per event; nothing else counted"));
            report.add(new Figure(database + ": replay against that ceiling", replayed, "events/s", ceiling, null, true, null));
        }
    }

    private static long liveRows(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = statement.executeQuery("SELECT t.table_schema, t.table_name FROM information_schema.tables t "
                + "JOIN read_model_generation g ON UPPER(g.schema_name) = UPPER(t.table_schema) WHERE g.state = 'LIVE' "
                + "AND t.table_type = 'BASE TABLE'")) {
            while (found.next()) {
                tables.add('"' + found.getString(1) + "\".\"" + found.getString(2) + '"');
            }
        }
        long rows = 0;
        for (String table : tables) {
            rows += count(statement, table);
        }
        return rows;
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            count.next();
            return count.getLong(1);
        }
    }
}
