package io.kontor.imports.hubspot;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfileRules;
import io.kontor.api.common.CompanyNames;
import io.kontor.api.common.InvalidInputException;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactRules;
import io.kontor.imports.read.RowReader;
import io.kontor.imports.record.AccountRecord;
import io.kontor.imports.record.ContactRecord;
import io.kontor.imports.record.FieldNames;
import io.kontor.imports.record.ImportRecord;
import io.kontor.imports.record.ImportSource;
import io.kontor.imports.record.ProblemLog;
import io.kontor.imports.record.RecordKey;
import io.kontor.imports.record.RecordType;
import io.kontor.imports.record.SourcePosition;
import io.kontor.imports.record.SourceRow;
import io.kontor.imports.text.CsvTable;
import io.kontor.imports.text.UnreadableFileException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * HubSpot's company and contact exports, with the property labels HubSpot writes by default
 * ({@code Record ID}, {@code Company name}, {@code Country/Region}, ...) or the internal names
 * ({@code hs_object_id}, {@code name}, {@code country}). A parent company and a contact's company are
 * found by record id or, where the export holds only a name, by the name of a company in the same
 * import (HubSpot links them by one identical property; Kontor accepts either).
 */
public final class HubSpotReader {

    static final FieldNames COMPANY_FIELDS = new FieldNames(Map.of("name", "Company name", "industry", "Industry",
            "country", "Country/Region", "region", "State/Region", "website", "Website URL", "parent", "Parent Company",
            "owner", "Company owner"));
    static final FieldNames CONTACT_FIELDS = new FieldNames(Map.of("firstName", "First Name", "lastName", "Last Name",
            "email", "Email", "phone", "Phone Number", "jobTitle", "Job Title", "account", "Associated Company ID"));

    private final ProblemLog log;
    private final List<ImportRecord> pending = new ArrayList<>();
    private final Map<String, List<RecordKey>> companiesByName = new HashMap<>();

    public HubSpotReader(ProblemLog log) {
        this.log = log;
    }

    public static boolean recognizes(CsvTable table) {
        return table.column("Record ID").isPresent() || table.column("hs_object_id").isPresent();
    }

    /** Reads a companies or contacts export; records are handed out by {@link #finish}, once names are known. */
    public Map<RecordType, Integer> csv(String file, CsvTable table) {
        Columns columns = new Columns(table);
        RecordType type = objectOf(file, columns);
        for (CsvTable.Row row : table.rows()) {
            SourceRow source = new SourceRow(new SourcePosition(file, row.line()), columns.fields(row), table.dialect());
            RowReader reader = new RowReader(source, type, log);
            ImportRecord record = type == RecordType.ACCOUNT ? company(reader) : contact(reader);
            if (record != null && !reader.failed()) {
                pending.add(record);
            }
        }
        return Map.of(type, table.rows().size());
    }

    /** Resolves links written as company names, then hands out every record read. */
    public void finish(Consumer<ImportRecord> records) {
        for (ImportRecord record : pending) {
            if (record instanceof AccountRecord account && isName(account.parent())) {
                resolve(account, account.parent(), "Parent Company").ifPresent(parent -> records.accept(new AccountRecord(
                        account.at(), account.key(), parent, account.profile(), account.owner(), account.names())));
            } else if (record instanceof ContactRecord contact && isName(contact.account())) {
                resolve(contact, contact.account(), "Associated Company ID").ifPresent(company -> records.accept(new ContactRecord(
                        contact.at(), contact.key(), company, contact.details(), null, contact.names())));
            } else {
                records.accept(record);
            }
        }
        pending.clear();
    }

    private AccountRecord company(RowReader row) {
        RecordKey key = key(row, RecordType.ACCOUNT);
        String name = row.required("Company name", null);
        String website = row.text("Website URL", "Company Domain Name");
        RowReader.Location location = row.location("Country/Region", "State/Region");
        AccountProfile profile = new AccountProfile(name, AccountKind.COMPANY, industry(row.text("Industry")),
                location.country(), location.region(), website, null).normalized();
        try {
            AccountProfileRules.check(profile);
        } catch (InvalidInputException invalid) {
            row.fail();
            log.errors(row.row().at(), RecordType.ACCOUNT, COMPANY_FIELDS, invalid.violations());
        }
        if (row.failed() || key == null) {
            return null;
        }
        companiesByName.computeIfAbsent(CompanyNames.key(name), n -> new ArrayList<>()).add(key);
        RecordKey parent = link(row, RecordType.ACCOUNT, "Parent Company");
        if (key.equals(parent)) {
            row.error("Parent Company", "the company names itself as its parent");
            return null;
        }
        return new AccountRecord(row.row().at(), key, parent, profile, row.text("Company owner"), COMPANY_FIELDS);
    }

    private ContactRecord contact(RowReader row) {
        RecordKey key = key(row, RecordType.CONTACT);
        ContactDetails details = new ContactDetails(row.text("First Name"), row.text("Last Name"), row.text("Email"),
                row.text("Phone Number", "Mobile Phone Number"), row.text("Job Title")).normalized();
        try {
            ContactRules.check(details);
        } catch (InvalidInputException invalid) {
            row.fail();
            log.errors(row.row().at(), RecordType.CONTACT, CONTACT_FIELDS, invalid.violations());
        }
        RecordKey company = link(row, RecordType.ACCOUNT, "Associated Company ID");
        if (company == null && !row.failed()) {
            row.error("Associated Company ID", "is required: a Kontor contact belongs to an account");
        }
        if (row.failed() || key == null) {
            return null;
        }
        return new ContactRecord(row.row().at(), key, company, details, null, CONTACT_FIELDS);
    }

    private RecordKey key(RowReader row, RecordType type) {
        String id = row.text("Record ID");
        if (id == null) {
            row.error("Record ID", "is required: it is what a later import recognises the record by");
            return null;
        }
        if (!id.matches("\\d+")) {
            row.error("Record ID", "'" + id + "' is not a HubSpot record id (digits)");
            return null;
        }
        return new RecordKey(type, ImportSource.HUBSPOT.key(), id);
    }

    /** A link by record id (the first of a {@code ;}-separated list) or, where the export holds a name, by company name. */
    private static RecordKey link(RowReader row, RecordType type, String field) {
        String value = row.text(field);
        if (value == null) {
            return null;
        }
        String first = value.split(";")[0].strip();
        return new RecordKey(type, first.matches("\\d+") ? ImportSource.HUBSPOT.key() : NAME, first);
    }

    private static final String NAME = "hubspot-name";

    private static boolean isName(RecordKey key) {
        return key != null && NAME.equals(key.namespace());
    }

    private java.util.Optional<RecordKey> resolve(ImportRecord record, RecordKey byName, String field) {
        List<RecordKey> found = companiesByName.getOrDefault(CompanyNames.key(byName.id()), List.of());
        if (found.size() == 1) {
            return java.util.Optional.of(found.get(0));
        }
        log.error(record.at(), record.type(), field, found.isEmpty()
                ? "no company named '" + byName.id() + "' in this import: export the companies with the contacts, or "
                + "export the company's Record ID"
                : found.size() + " companies are named '" + byName.id() + "': export the company's Record ID");
        return java.util.Optional.empty();
    }

    /** HubSpot's internal industry values ({@code COMPUTER_SOFTWARE}) read as its labels ({@code Computer Software}). */
    static String industry(String value) {
        if (value == null || !value.matches("[A-Z0-9_]+")) {
            return value;
        }
        StringBuilder label = new StringBuilder();
        for (String word : value.toLowerCase(Locale.ROOT).split("_")) {
            if (!word.isEmpty()) {
                label.append(label.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return label.toString();
    }

    private static RecordType objectOf(String file, Columns columns) {
        String name = file == null ? "" : file.toLowerCase(Locale.ROOT);
        if (name.contains("compan")) {
            return RecordType.ACCOUNT;
        }
        if (name.contains("contact")) {
            return RecordType.CONTACT;
        }
        if (columns.has("Last Name") || columns.has("First Name")) {
            return RecordType.CONTACT;
        }
        if (columns.has("Company name")) {
            return RecordType.ACCOUNT;
        }
        throw new UnreadableFileException(file, "cannot tell whether this HubSpot export holds companies or contacts: "
                + "expected a companies export (Record ID, Company name, ...) or a contacts export (Record ID, First Name, "
                + "Last Name, Email, ...)");
    }
}
