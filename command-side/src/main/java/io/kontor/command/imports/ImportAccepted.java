package io.kontor.command.imports;

import java.util.UUID;

/** The answer to an import or a revert taken in: its id, its status now, and (for an import) its source and rows. */
public record ImportAccepted(UUID id, ImportStatus status, String source, Integer rows) {
}
