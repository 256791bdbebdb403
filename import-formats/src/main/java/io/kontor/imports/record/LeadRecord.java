package io.kontor.imports.record;

import io.kontor.api.lead.LeadDetails;

import java.util.LinkedHashMap;
import java.util.Map;

/** A lead row and where the source says it stands (open, qualified, or disqualified with a reason). */
public record LeadRecord(SourcePosition at, RecordKey key, LeadDetails details, LeadState state, String stateReason,
                         FieldNames names) implements ImportRecord {

    public enum LeadState { OPEN, QUALIFIED, DISQUALIFIED }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("firstName", details.firstName());
        values.put("lastName", details.lastName());
        values.put("email", details.email());
        values.put("companyName", details.companyName());
        values.put("phone", details.phone());
        values.put("website", details.website());
        values.put("employees", details.employees() == null ? null : details.employees().toString());
        values.put("source", details.source());
        values.put("status", state.name());
        return values;
    }

    @Override
    public String sourceField(String kontorField) {
        return names.of(kontorField);
    }
}
