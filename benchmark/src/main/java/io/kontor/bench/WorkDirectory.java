package io.kontor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The bench's work directory (the databases of every service it started): a full run leaves gigabytes, so it goes at
 * the end unless {@code --keep-work} keeps it for a look. The services' logs are elsewhere and stay.
 */
final class WorkDirectory {

    private WorkDirectory() {
    }

    static void delete(Path work) {
        try (Stream<Path> paths = Files.walk(work)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // The figures are out already; a directory left behind only takes space.
            System.err.println("could not delete the work directory " + work + ": " + e.getMessage());
        }
    }
}
