package io.kontor.imports.salesforce;

import io.kontor.imports.record.ImportRecord;
import io.kontor.imports.record.RecordType;
import io.kontor.imports.record.SourcePosition;
import io.kontor.imports.record.SourceRow;
import io.kontor.imports.text.CsvTable;
import io.kontor.imports.text.UnreadableFileException;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A Salesforce export CSV (Data Loader, {@code sf data export bulk}, {@code sf data query}, the weekly Data
 * Export): API field names in the header, in any case. Which object the file holds is told by its name
 * ({@code Account.csv}), else by the key prefix of its ids, else by its columns.
 */
public final class SalesforceCsv {

    private SalesforceCsv() {
    }

    /** Whether the header names Salesforce fields (API names, not HubSpot's labels). */
    public static boolean recognizes(CsvTable table) {
        return table.column("Id").isPresent() || table.column("AccountId").isPresent()
                || table.column("StageName").isPresent() || table.column("OpportunityId").isPresent();
    }

    static RecordType objectOf(String file, CsvTable table) {
        Optional<RecordType> named = byFileName(file);
        if (named.isPresent()) {
            return named.get();
        }
        Optional<Integer> idColumn = table.column("Id");
        if (idColumn.isPresent()) {
            for (CsvTable.Row row : table.rows()) {
                Optional<RecordType> type = SalesforceIds.normalize(row.values().get(idColumn.get()).strip())
                        .flatMap(SalesforceIds::typeOf);
                if (type.isPresent()) {
                    return type.get();
                }
            }
        }
        if (table.column("StageName").isPresent()) {
            return RecordType.OPPORTUNITY;
        }
        if (table.column("OpportunityId").isPresent() && table.column("ContactId").isPresent()) {
            return RecordType.CONTACT_ROLE;
        }
        if (table.column("Company").isPresent() && table.column("LastName").isPresent()) {
            return RecordType.LEAD;
        }
        if (table.column("LastName").isPresent()) {
            return RecordType.CONTACT;
        }
        if (table.column("Name").isPresent()) {
            return RecordType.ACCOUNT;
        }
        throw new UnreadableFileException(file, "cannot tell which Salesforce object the file holds: expected an export of "
                + "Account, Contact, Opportunity, OpportunityContactRole or Lead with API field names (Id, Name, ...) in the header");
    }

    /** Reads every row as a record of the file's object; returns the object and the number of rows. */
    public static Map.Entry<RecordType, Integer> read(String file, CsvTable table, SalesforceObjects objects,
                                                      Consumer<ImportRecord> records) {
        RecordType type = objectOf(file, table);
        for (CsvTable.Row row : table.rows()) {
            Map<String, String> fields = new HashMap<>();
            for (int i = 0; i < table.header().size(); i++) {
                fields.putIfAbsent(table.header().get(i).toLowerCase(Locale.ROOT), row.values().get(i));
            }
            SourcePosition at = new SourcePosition(file, row.line());
            if (row.values().size() > table.header().size()
                    && row.values().subList(table.header().size(), row.values().size()).stream().anyMatch(v -> !v.isBlank())) {
                objects.log().error(at, type, null, row.values().size() + " values for " + table.header().size()
                        + " columns: a value with the delimiter in it must be quoted");
                continue;
            }
            objects.read(type, new SourceRow(at, fields, table.dialect()), null).ifPresent(records);
        }
        return Map.entry(type, table.rows().size());
    }

    static Optional<RecordType> byFileName(String file) {
        if (file == null) {
            return Optional.empty();
        }
        String name = file.replaceAll(".*[/\\\\]", "").replaceAll("\\.[A-Za-z]+$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
        return Optional.ofNullable(switch (name) {
            case "account", "accounts" -> RecordType.ACCOUNT;
            case "contact", "contacts" -> RecordType.CONTACT;
            case "opportunity", "opportunities" -> RecordType.OPPORTUNITY;
            case "opportunitycontactrole", "opportunitycontactroles" -> RecordType.CONTACT_ROLE;
            case "lead", "leads" -> RecordType.LEAD;
            default -> null;
        });
    }
}
