package io.kontor.command.imports;

import java.util.List;
import java.util.UUID;

/**
 * A record an import created or changed: its object (as the source names it), Kontor id, what the import did
 * ({@code CREATED}, {@code UPDATED}), and its id at the source; a contact role also names its contact.
 */
public record ImportedRecord(String object, UUID id, UUID contactId, String action, String source, String externalId) {

    /** A page of them. */
    public record Page(List<ImportedRecord> content, int page, int size) {
    }
}
