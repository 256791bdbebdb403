package io.kontor.standalone;

import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.db.MVDelegateIndex;
import org.h2.mvstore.db.MVIndex;
import org.h2.mvstore.db.MVTable;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.table.Table;
import org.h2.value.VersionedValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Removes what a {@code kill -9} can leave in the embedded H2 file: changes of transactions that were in flight,
 * stored without their undo log.
 *
 * <p>H2 stores the whole store at every commit ({@code WRITE_DELAY=0}), while other transactions are writing. It
 * takes the maps one after the other, so a store can hold a transaction's change to a table but not the undo-log
 * record written just before it. If the process dies before the next store, that change outlives its transaction
 * (H2 calls it a leftover). H2 ignores a leftover on reads and rolls it back when the same entry is written again,
 * but a unique index's check counts it as a row: re-inserting the same key fails for good. That happened in
 * {@code ImportDurabilityIT}: the restarted projections re-applied the batch that was in flight, the insert of one
 * account met its own leftover ({@code DuplicateKeyException}), the event went to the dead-letter queue, and the
 * account was missing from the read model. A command retried after the crash would meet the same wall in the event
 * table's unique (aggregate, sequence) index.
 *
 * <p>So after an unclean shutdown (the file's header lacks H2's {@code clean} mark), before the service uses the
 * database, every entry of every table and index is checked, and each leftover is rolled back through H2's own
 * path for them: a write to the entry from a new transaction. The check reads every entry once (about a second per
 * 10 MB of file); a clean shutdown needs none.
 */
final class EmbeddedDatabaseRepair {

    /** Bits of an H2 operation id below its transaction id ({@code Transaction.LOG_ID_BITS}). */
    private static final int LOG_ID_BITS = 40;

    /** What a repair found: leftovers rolled back per table (the most of any of its indexes), and entries checked. */
    record Result(Map<String, Integer> leftovers, long checked) {

        int total() {
            return leftovers.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private EmbeddedDatabaseRepair() {
    }

    /** Whether the H2 file was last closed cleanly (true if there is no file yet). */
    static boolean closedCleanly(Path file) throws IOException {
        if (!Files.exists(file)) {
            return true;
        }
        byte[] header = new byte[256];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        }
        String text = new String(header, 0, read, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        for (String field : (end < 0 ? text : text.substring(0, end)).split(",")) {
            if (field.strip().equals("clean:1")) {
                return true;
            }
        }
        return false;
    }

    /** Opens the database at {@code url} alone, rolls back every leftover, and closes it again (cleanly). */
    static Result repair(String url, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            Database database = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase();
            if (database.getSessions(false).length > 1) {
                // Open elsewhere in this JVM: its header lacks the mark because it is in use, not because it crashed,
                // and changes not yet committed belong to live transactions.
                return new Result(Map.of(), 0);
            }
            TransactionStore transactions = database.getStore().getTransactionStore();
            // Taken before the repair begins: a leftover may carry the id the repair gets, and writing it from the
            // repair rolls it back just the same.
            Set<Integer> open = new HashSet<>();
            transactions.getOpenTransactions().forEach(transaction -> open.add(transaction.getId()));
            Transaction repair = transactions.begin();
            Map<String, Integer> found = new TreeMap<>();
            long checked = 0;
            for (Table table : database.getAllTablesAndViews()) {
                if (table instanceof MVTable) {
                    for (Index index : table.getIndexes()) {
                        // A delegate index reads the table's own map, which its primary index covers.
                        if (index instanceof MVIndex<?, ?> mvIndex && !(index instanceof MVDelegateIndex)) {
                            Counts counts = rollBackLeftovers(mvIndex.getMVMap(), repair, open);
                            checked += counts.checked();
                            if (counts.leftovers() > 0) {
                                // A row and its index entries are one leftover each: the table's count is the largest.
                                found.merge(table.getSchema().getName() + "." + table.getName(), counts.leftovers(), Math::max);
                            }
                        }
                    }
                }
            }
            repair.commit();
            return new Result(found, checked);
        }
    }

    private record Counts(int leftovers, long checked) {
    }

    /**
     * Finds the entries of {@code map} whose change belongs to no open transaction, then writes each one's committed
     * value back (or removes it if there is none) from {@code repair}: H2's decision maker sees the leftover and
     * overwrites it.
     */
    private static <K, V> Counts rollBackLeftovers(MVMap<K, VersionedValue<V>> map, Transaction repair, Set<Integer> open) {
        List<K> keys = new ArrayList<>();
        List<V> committed = new ArrayList<>();
        long checked = 0;
        Cursor<K, VersionedValue<V>> cursor = map.cursor(null);
        while (cursor.hasNext()) {
            K key = cursor.next();
            VersionedValue<V> value = cursor.getValue();
            checked++;
            long operation = value == null ? 0 : value.getOperationId();
            if (operation != 0 && !open.contains((int) (operation >>> LOG_ID_BITS))) {
                keys.add(key);
                committed.add(value.getCommittedValue());
            }
        }
        if (!keys.isEmpty()) {
            TransactionMap<K, V> writable = repair.openMapX(map);
            for (int i = 0; i < keys.size(); i++) {
                if (committed.get(i) == null) {
                    writable.remove(keys.get(i));
                } else {
                    writable.put(keys.get(i), committed.get(i));
                }
            }
        }
        return new Counts(keys.size(), checked);
    }
}
