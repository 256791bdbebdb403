package io.kontor.standalone;

import org.h2.mvstore.MVStoreTool;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Rewrites a closed H2 file into a new one that holds only its live data, and puts the new file in its place.
 *
 * <p>Why a copy and not a compaction in place: with {@code WRITE_DELAY=0} H2 writes a chunk at every commit, and a
 * rebuild writes faster than the housekeeping can rewrite half-empty chunks, so after a million events the file was
 * 6.9 GB with chunks a third full (about 1.5 GB of live data); twenty seconds of compaction in place before the close
 * gained nothing at that size. Copying the live pages into a new file (H2's own {@code MVStoreTool.compact}, the
 * copy behind its {@code SHUTDOWN COMPACT}) took 9.5 s for the same file and left 1.5 GB. The copy reads a closed
 * file and writes another, so it cannot lose what the first holds (unlike H2 2.3.232's compaction at close, see
 * {@link EmbeddedFileCompaction}): the new file is forced to the disk before it replaces the old one in a single
 * rename, and a process killed during the copy leaves the old file as it was, with a stray copy that
 * {@link #discardUnfinished} removes at the next start. The old file's pages, an erased person's old row versions
 * among them, go with it.
 *
 * <p>The copy takes the store's maps as they are and not the database's knowledge of their types, so it must not
 * carry a transaction that H2 would roll back at the next open: a copy of the million-event file with the undo log of
 * a cancelled rebuild in it could not be opened ({@code Unable to read the page}, H2's issue 3118 describes the same).
 * The database is therefore opened alone once more and closed before the copy, which rolls every such transaction
 * back (and costs under a second when there is none); the same file, opened and closed so, copied into one that
 * opened. (A small file with a transaction left open copies fine without it: {@code EmbeddedFileRewriteTest}.)
 */
final class EmbeddedFileRewrite {

    private static final String FILE = "kontor.mv.db";
    private static final String UNFINISHED = FILE + ".rewrite";

    private EmbeddedFileRewrite() {
    }

    /** Rewrites the database file in {@code directory}, which no process may have open. */
    static Result rewrite(Path directory) throws IOException, SQLException {
        long began = System.nanoTime();
        Path file = directory.resolve(FILE);
        // IFEXISTS: a service that stopped before it made its database must not get an empty one now.
        try (Connection settle = DriverManager.getConnection(EmbeddedDatabaseLocation.storeUrl(directory) + ";IFEXISTS=TRUE",
                "kontor", "")) {
            // Opened alone, so H2 rolls back what transactions left; closed again at once, cleanly.
        }
        long before = Files.size(file);
        Path copy = directory.resolve(UNFINISHED);
        Files.deleteIfExists(copy);
        try {
            MVStoreTool.compact(file.toString(), copy.toString(), false);
            force(copy);
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            force(file.toAbsolutePath().getParent());
        } finally {
            Files.deleteIfExists(copy);
        }
        return new Result(before, Files.size(file), (System.nanoTime() - began) / 1_000_000);
    }

    /** Removes the copy a rewrite killed midway left in {@code directory}; the database file itself is whole. */
    static boolean discardUnfinished(Path directory) throws IOException {
        return Files.deleteIfExists(directory.resolve(UNFINISHED));
    }

    /** Writes what the operating system still holds of {@code path} (a file or a directory's entries) to the disk. */
    private static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, Files.isDirectory(path)
                ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** The file's size before and after, and how long the rewrite took. */
    record Result(long before, long after, long millis) {
    }
}
