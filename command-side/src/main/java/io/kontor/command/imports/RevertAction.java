package io.kontor.command.imports;

import io.kontor.imports.record.RecordType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How to undo what an import did to one record: Kontor commands; the source values to remember again (what
 * the previous import had said); the contact-role claim to release; and a note when Kontor cannot take
 * something back (a won deal stays won).
 */
record RevertAction(RecordType type, UUID aggregateId, List<Object> commands, String source,
                    String externalId, Map<String, String> restoreValues, boolean releaseRoleClaim, String note) {
}
