package io.kontor.imports.record;

import io.kontor.api.common.Money;
import io.kontor.api.opportunity.Stage;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An opportunity row: its account, terms, stage, and whether the source closed it as won or lost.
 * {@code probability} is set only when the source's differs from the stage's default.
 */
public record OpportunityRecord(SourcePosition at, RecordKey key, RecordKey account, String name, Money value,
                                LocalDate expectedCloseDate, Integer probability, Stage stage, Outcome outcome,
                                String closeReason, FieldNames names) implements ImportRecord {

    public enum Outcome { OPEN, WON, LOST }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("value", value.amount().toPlainString() + " " + value.currency());
        values.put("expectedCloseDate", expectedCloseDate == null ? null : expectedCloseDate.toString());
        values.put("probability", probability == null ? null : probability.toString());
        values.put("stage", stage.name());
        values.put("outcome", outcome.name());
        values.put("account", account.id());
        return values;
    }

    @Override
    public String sourceField(String kontorField) {
        return names.of(kontorField);
    }
}
