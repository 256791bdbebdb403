package io.kontor.command.imports;

import io.kontor.api.common.TimeOrderedIds;
import io.kontor.imports.record.AccountRecord;
import io.kontor.imports.record.ContactRecord;
import io.kontor.imports.record.ContactRoleRecord;
import io.kontor.imports.record.ImportRecord;
import io.kontor.imports.record.OpportunityRecord;
import io.kontor.imports.record.RecordKey;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Decides each step against the claims (the same for a dry run and for the real thing): a row whose
 * source id is unclaimed creates a record; a claimed one changes only the fields whose value at the
 * source differs from what the last import said, so a Kontor user's own edit of another field stays, and
 * the same file imported twice changes nothing. References must name a record of this import or of an
 * earlier one.
 */
final class Decider {

    private Decider() {
    }

    static Decision decide(Step step, ClaimCache claims) {
        ImportRecord record = step.record();
        Map<String, UUID> references = new HashMap<>();
        for (Map.Entry<String, RecordKey> reference : references(record).entrySet()) {
            if (reference.getValue() == null) {
                continue;
            }
            var target = claims.get(reference.getValue());
            if (target.isEmpty()) {
                return Decision.fail(step, record.sourceField(reference.getKey()), "unknown " + describe(reference.getValue())
                        + ": neither in this import nor imported before");
            }
            references.put(reference.getKey(), target.get().aggregateId());
        }
        var claim = claims.get(record.key());
        Map<String, String> values = record.values();
        if (step instanceof Step.Close close) {
            if (claim.isEmpty() || claim.get().values() == null) {
                return new Decision(step, Decision.Action.SKIP, null, references, Set.of(), null, null, null);
            }
            boolean closes = !Objects.equals(claim.get().values().get("outcome"), close.record().outcome().name());
            Map<String, String> baseline = new LinkedHashMap<>(claim.get().values());
            baseline.put("outcome", close.record().outcome().name());
            return new Decision(step, closes ? Decision.Action.CLOSE : Decision.Action.SKIP, claim.get().aggregateId(),
                    references, Set.of(), claim.get().values(), baseline, null);
        }
        if (claim.isEmpty()) {
            return new Decision(step, Decision.Action.CREATE, TimeOrderedIds.next(), references, values.keySet(), null,
                    withOutcome(record, values, "OPEN"), null);
        }
        Map<String, String> previous = claim.get().values();
        Set<String> changed = new LinkedHashSet<>();
        values.forEach((field, value) -> {
            if (previous == null || !Objects.equals(previous.get(field), value)) {
                changed.add(field);
            }
        });
        String outcome = previous == null ? "OPEN" : previous.getOrDefault("outcome", "OPEN");
        return new Decision(step, changed.isEmpty() ? Decision.Action.UNCHANGED : Decision.Action.UPDATE,
                claim.get().aggregateId(), references, changed, previous, withOutcome(record, values, outcome), null);
    }

    /** The records a row points at, by Kontor field name. */
    static Map<String, RecordKey> references(ImportRecord record) {
        Map<String, RecordKey> references = new LinkedHashMap<>();
        if (record instanceof AccountRecord account) {
            references.put("parent", account.parent());
        } else if (record instanceof ContactRecord contact) {
            references.put("account", contact.account());
        } else if (record instanceof OpportunityRecord opportunity) {
            references.put("account", opportunity.account());
        } else if (record instanceof ContactRoleRecord role) {
            references.put("opportunity", role.opportunity());
            references.put("contact", role.contact());
        }
        return references;
    }

    /** An opportunity's closing is remembered only once the close step has closed it. */
    private static Map<String, String> withOutcome(ImportRecord record, Map<String, String> values, String outcome) {
        if (!(record instanceof OpportunityRecord)) {
            return values;
        }
        Map<String, String> baseline = new LinkedHashMap<>(values);
        baseline.put("outcome", outcome);
        return baseline;
    }

    static String describe(RecordKey key) {
        return key.type().objectName() + " " + (RecordKey.SALESFORCE_REFERENCE.equals(key.namespace()) ? "@" : "") + key.id();
    }
}
