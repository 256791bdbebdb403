package io.kontor.imports.record;

import io.kontor.api.account.AccountProfile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An account row. {@code profile} has no kind: an import never decides whether an account is a holding
 * or a branch, so a new one opens as a company and an existing one keeps its kind. {@code owner} is the
 * source's user id, mapped to a Kontor owner by configuration.
 */
public record AccountRecord(SourcePosition at, RecordKey key, RecordKey parent, AccountProfile profile, String owner,
                            FieldNames names) implements ImportRecord {

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", profile.name());
        values.put("industry", profile.industry());
        values.put("country", profile.country());
        values.put("region", profile.region());
        values.put("website", profile.website());
        values.put("debtorNumber", profile.debtorNumber());
        values.put("parent", parent == null ? null : parent.id());
        values.put("owner", owner);
        return values;
    }

    @Override
    public String sourceField(String kontorField) {
        return names.of(kontorField);
    }
}
