package io.kontor.command.imports;

import java.util.List;
import java.util.UUID;

/**
 * Internal command (never sent over HTTP): applies {@code steps}, numbered from {@code firstStep}, of a
 * running import in one unit of work and one transaction, with its progress. Only the node that holds the
 * import ({@code owner}) at that step may apply it. With {@code atomic}, a row Kontor refuses rolls the chunk
 * back ({@link RowRefused}).
 */
record ImportChunk(UUID importId, String owner, String source, List<Step> steps, int firstStep, boolean atomic,
                   int problemLimit) {
}
