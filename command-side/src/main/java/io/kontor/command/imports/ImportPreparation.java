package io.kontor.command.imports;

import io.kontor.imports.record.AccountRecord;
import io.kontor.imports.record.ContactRecord;
import io.kontor.imports.record.ContactRoleRecord;
import io.kontor.imports.record.ImportRecord;
import io.kontor.imports.record.LeadRecord;
import io.kontor.imports.record.OpportunityRecord;
import io.kontor.imports.record.ReadImport;
import io.kontor.imports.record.RecordKey;
import io.kontor.imports.record.RowProblem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts an import's records in an order that always works, whatever order the files had: accounts by
 * their depth in the files' own hierarchy (parents first), then contacts, leads, opportunities, their
 * contact roles, and last the closing of won and lost opportunities. A record whose id appears twice is
 * refused after the first; accounts whose parents form a cycle are refused, each naming the cycle.
 */
final class ImportPreparation {

    private ImportPreparation() {
    }

    static PreparedImport prepare(ReadImport read) {
        List<RowProblem> errors = new ArrayList<>(read.errors());
        Map<RecordKey, ImportRecord> unique = new LinkedHashMap<>();
        for (ImportRecord record : read.records()) {
            ImportRecord first = unique.putIfAbsent(record.key(), record);
            if (first != null) {
                errors.add(new RowProblem(record.at(), record.type(), idField(record), "duplicate: " + record.key().id()
                        + " is already in " + first.at().file() + " line " + first.at().line() + "; this row is not imported"));
            }
        }
        Map<RecordKey, AccountRecord> accounts = new LinkedHashMap<>();
        unique.values().stream().filter(AccountRecord.class::isInstance).map(AccountRecord.class::cast)
                .forEach(account -> accounts.put(account.key(), account));
        Map<RecordKey, Integer> depths = depths(accounts, errors);
        List<Step> steps = new ArrayList<>();
        accounts.values().stream().filter(account -> depths.containsKey(account.key()))
                .sorted(Comparator.comparingInt(account -> depths.get(account.key())))
                .forEach(account -> steps.add(new Step.Apply(account)));
        for (Class<? extends ImportRecord> type : List.of(ContactRecord.class, LeadRecord.class, OpportunityRecord.class,
                ContactRoleRecord.class)) {
            unique.values().stream().filter(type::isInstance).forEach(record -> steps.add(new Step.Apply(record)));
        }
        unique.values().stream().filter(OpportunityRecord.class::isInstance).map(OpportunityRecord.class::cast)
                .filter(opportunity -> opportunity.outcome() != OpportunityRecord.Outcome.OPEN)
                .forEach(opportunity -> steps.add(new Step.Close(opportunity)));
        return new PreparedImport(read, List.copyOf(steps), List.copyOf(errors), read.warnings());
    }

    /**
     * Each account's depth below the files' roots (a parent outside the files counts as a root). Accounts
     * whose parents form a cycle are refused, each naming the cycle; their descendants stay and will find
     * no parent.
     */
    private static Map<RecordKey, Integer> depths(Map<RecordKey, AccountRecord> accounts, List<RowProblem> errors) {
        Map<RecordKey, Integer> depths = new HashMap<>();
        java.util.Set<RecordKey> cyclic = new java.util.HashSet<>();
        for (AccountRecord account : accounts.values()) {
            List<AccountRecord> chain = new ArrayList<>();
            AccountRecord current = account;
            while (current != null && !depths.containsKey(current.key()) && !chain.contains(current)) {
                chain.add(current);
                current = current.parent() == null ? null : accounts.get(current.parent());
            }
            if (current != null && chain.contains(current)) {
                List<AccountRecord> cycle = chain.subList(chain.indexOf(current), chain.size());
                String names = String.join(" -> ", cycle.stream().map(a -> a.key().id()).toList()) + " -> " + current.key().id();
                for (AccountRecord member : cycle) {
                    cyclic.add(member.key());
                    depths.put(member.key(), 0);
                    errors.add(new RowProblem(member.at(), member.type(), member.sourceField("parent"), "parent cycle: " + names
                            + "; none of these accounts is imported"));
                }
                chain = chain.subList(0, chain.indexOf(current));
            }
            int depth = current == null ? -1 : depths.get(current.key());
            for (int i = chain.size() - 1; i >= 0; i--) {
                depths.put(chain.get(i).key(), ++depth);
            }
        }
        depths.keySet().removeAll(cyclic);
        return depths;
    }

    private static String idField(ImportRecord record) {
        return record.key().namespace().equals("hubspot") ? "Record ID"
                : record.key().namespace().equals(RecordKey.SALESFORCE_REFERENCE) ? "attributes.referenceId" : "Id";
    }
}
