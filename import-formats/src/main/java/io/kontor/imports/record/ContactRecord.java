package io.kontor.imports.record;

import io.kontor.api.contact.ContactDetails;

import java.util.LinkedHashMap;
import java.util.Map;

/** A contact row: the person and the account it belongs to ({@code reportsTo} is read and checked, not yet kept). */
public record ContactRecord(SourcePosition at, RecordKey key, RecordKey account, ContactDetails details, RecordKey reportsTo,
                            FieldNames names) implements ImportRecord {

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("firstName", details.firstName());
        values.put("lastName", details.lastName());
        values.put("email", details.email());
        values.put("phone", details.phone());
        values.put("jobTitle", details.jobTitle());
        values.put("account", account.id());
        return values;
    }

    @Override
    public String sourceField(String kontorField) {
        return names.of(kontorField);
    }
}
