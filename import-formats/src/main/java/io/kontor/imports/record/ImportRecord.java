package io.kontor.imports.record;

import java.util.Map;

/**
 * One row of an export, read into Kontor's terms. {@link #values()} is its content in a canonical form
 * (Kontor field name to text, references as source ids): what an import remembers of a record, so that
 * a later export changes only the fields that changed at the source.
 */
public sealed interface ImportRecord permits AccountRecord, ContactRecord, LeadRecord, OpportunityRecord, ContactRoleRecord {

    SourcePosition at();

    RecordKey key();

    Map<String, String> values();

    /** The source's name of a Kontor field, for problems found later (a refused row names the column). */
    String sourceField(String kontorField);

    default RecordType type() {
        return key().type();
    }
}
