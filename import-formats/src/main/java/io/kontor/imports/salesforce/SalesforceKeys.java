package io.kontor.imports.salesforce;

import io.kontor.imports.read.RowReader;
import io.kontor.imports.record.ImportSource;
import io.kontor.imports.record.RecordKey;
import io.kontor.imports.record.RecordType;

import java.util.Optional;

/**
 * Identities and references of Salesforce rows: the record's {@code Id}, or in an sfdx tree file (whose
 * export leaves ids out) its {@code referenceId}; references are ids of other records or {@code @Ref}
 * links to tree records, of this file or of an earlier import.
 */
final class SalesforceKeys {

    private SalesforceKeys() {
    }

    static RecordKey key(RowReader row, RecordType type, String referenceId) {
        String id = row.text("Id");
        if (id == null && referenceId != null) {
            return new RecordKey(type, RecordKey.SALESFORCE_REFERENCE, referenceId);
        }
        if (id == null) {
            row.error("Id", "is required: the record's Salesforce id is what a later import recognises it by");
            return null;
        }
        return salesforceId(row, "Id", id, type);
    }

    static RecordKey reference(RowReader row, String field, RecordType target) {
        String value = row.text(field);
        if (value == null) {
            return null;
        }
        if (value.startsWith("@")) {
            return new RecordKey(target, RecordKey.SALESFORCE_REFERENCE, value.substring(1));
        }
        return salesforceId(row, field, value, target);
    }

    private static RecordKey salesforceId(RowReader row, String field, String value, RecordType type) {
        Optional<String> id = SalesforceIds.normalize(value);
        if (id.isEmpty()) {
            row.error(field, "'" + value + "' is not a Salesforce id (15 or 18 letters and digits)");
            return null;
        }
        Optional<RecordType> named = SalesforceIds.typeOf(id.get());
        if (named.isPresent() && named.get() != type) {
            row.error(field, id.get() + " is the id of a " + named.get().objectName() + ", not of a " + type.objectName());
            return null;
        }
        return new RecordKey(type, ImportSource.SALESFORCE.key(), id.get());
    }
}
