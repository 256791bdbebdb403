package io.kontor.imports.record;

import io.kontor.api.opportunity.StakeholderRole;

import java.util.LinkedHashMap;
import java.util.Map;

/** A contact's role in an opportunity's buying center (Salesforce's OpportunityContactRole). */
public record ContactRoleRecord(SourcePosition at, RecordKey key, RecordKey opportunity, RecordKey contact,
                                StakeholderRole role, FieldNames names) implements ImportRecord {

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("opportunity", opportunity.id());
        values.put("contact", contact.id());
        values.put("role", role.name());
        return values;
    }

    @Override
    public String sourceField(String kontorField) {
        return names.of(kontorField);
    }
}
