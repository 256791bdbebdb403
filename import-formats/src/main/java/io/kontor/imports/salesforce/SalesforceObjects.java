package io.kontor.imports.salesforce;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfileRules;
import io.kontor.api.common.InvalidInputException;
import io.kontor.api.common.Money;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactRules;
import io.kontor.api.lead.LeadDetails;
import io.kontor.api.lead.LeadRules;
import io.kontor.api.opportunity.OpportunityRules;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.StakeholderRole;
import io.kontor.imports.read.RowReader;
import io.kontor.imports.record.AccountRecord;
import io.kontor.imports.record.ContactRecord;
import io.kontor.imports.record.ContactRoleRecord;
import io.kontor.imports.record.FieldNames;
import io.kontor.imports.record.ImportRecord;
import io.kontor.imports.record.LeadRecord;
import io.kontor.imports.record.ProblemLog;
import io.kontor.imports.record.RecordKey;
import io.kontor.imports.record.RecordType;
import io.kontor.imports.record.SourceRow;

import java.util.Map;
import java.util.Optional;

/**
 * Salesforce's Account, Contact, Lead and OpportunityContactRole objects, by their API field names, in
 * Kontor's terms; Opportunity is {@link SalesforceOpportunities}'. A row Kontor's own rules would refuse
 * is an error naming the Salesforce field, found before anything is written.
 */
final class SalesforceObjects {

    static final FieldNames ACCOUNT_FIELDS = new FieldNames(Map.of("name", "Name", "industry", "Industry",
            "country", "BillingCountry", "region", "BillingState", "website", "Website", "debtorNumber", "AccountNumber",
            "parent", "ParentId", "owner", "OwnerId"));
    static final FieldNames CONTACT_FIELDS = new FieldNames(Map.of("firstName", "FirstName", "lastName", "LastName",
            "email", "Email", "phone", "Phone", "jobTitle", "Title", "account", "AccountId"));
    static final FieldNames LEAD_FIELDS = new FieldNames(Map.of("firstName", "FirstName", "lastName", "LastName",
            "email", "Email", "companyName", "Company", "phone", "Phone", "website", "Website",
            "employees", "NumberOfEmployees", "source", "LeadSource", "status", "Status"));
    static final FieldNames ROLE_FIELDS = new FieldNames(Map.of("opportunity", "OpportunityId", "contact", "ContactId",
            "role", "Role"));

    private final ProblemLog log;
    private final SalesforceOpportunities opportunities;
    private final SalesforceVocabulary vocabulary;

    SalesforceObjects(ProblemLog log, SalesforceVocabulary vocabulary, String currency) {
        this.log = log;
        this.vocabulary = vocabulary;
        this.opportunities = new SalesforceOpportunities(log, vocabulary, currency);
    }

    ProblemLog log() {
        return log;
    }

    /** The row as a record of {@code type}, or empty when it has errors (logged) or is left out (warned). */
    Optional<ImportRecord> read(RecordType type, SourceRow row, String referenceId) {
        RowReader reader = new RowReader(row, type, log);
        if (reader.row().flag("IsDeleted")) {
            reader.warning("IsDeleted", "the record is deleted in Salesforce; left out");
            return Optional.empty();
        }
        RecordKey key = SalesforceKeys.key(reader, type, referenceId);
        ImportRecord record = switch (type) {
            case ACCOUNT -> account(reader, key);
            case CONTACT -> contact(reader, key);
            case LEAD -> lead(reader, key);
            case OPPORTUNITY -> opportunities.read(reader, key);
            case CONTACT_ROLE -> role(reader, key);
        };
        return reader.failed() ? Optional.empty() : Optional.ofNullable(record);
    }

    private AccountRecord account(RowReader row, RecordKey key) {
        String name = row.required("Name", null);
        RecordKey parent = SalesforceKeys.reference(row, "ParentId", RecordType.ACCOUNT);
        boolean billing = row.text("BillingCountry", "BillingCountryCode", "BillingState", "BillingStateCode") != null;
        String prefix = billing ? "Billing" : "Shipping";
        String countryField = row.text(prefix + "CountryCode") != null ? prefix + "CountryCode" : prefix + "Country";
        String regionField = row.text(prefix + "StateCode") != null ? prefix + "StateCode" : prefix + "State";
        RowReader.Location location = row.location(countryField, regionField);
        AccountProfile profile = new AccountProfile(name, AccountKind.COMPANY, row.text("Industry"), location.country(),
                location.region(), row.text("Website"), row.text("AccountNumber")).normalized();
        if (!check(row, RecordType.ACCOUNT, ACCOUNT_FIELDS, () -> AccountProfileRules.check(profile)) || key == null) {
            return null;
        }
        if (key.equals(parent)) {
            row.error("ParentId", "the account names itself as its parent");
            return null;
        }
        return new AccountRecord(row.row().at(), key, parent, profile, row.text("OwnerId"), ACCOUNT_FIELDS);
    }

    private ContactRecord contact(RowReader row, RecordKey key) {
        RecordKey account = SalesforceKeys.reference(row, "AccountId", RecordType.ACCOUNT);
        if (account == null && row.text("AccountId") == null) {
            row.error("AccountId", "is required: a Kontor contact belongs to an account");
        }
        ContactDetails details = new ContactDetails(row.text("FirstName"), row.text("LastName"), row.text("Email"),
                row.text("Phone", "MobilePhone"), row.text("Title")).normalized();
        RecordKey reportsTo = SalesforceKeys.reference(row, "ReportsToId", RecordType.CONTACT);
        if (!check(row, RecordType.CONTACT, CONTACT_FIELDS, () -> ContactRules.check(details)) || key == null || account == null) {
            return null;
        }
        return new ContactRecord(row.row().at(), key, account, details, reportsTo, CONTACT_FIELDS);
    }

    private LeadRecord lead(RowReader row, RecordKey key) {
        if (row.row().flag("IsConverted")) {
            row.warning("IsConverted", "the lead was converted in Salesforce; its account, contact and opportunity come in "
                    + "their own files. Left out");
            return null;
        }
        LeadDetails details = new LeadDetails(row.text("FirstName"), row.text("LastName"), row.text("Email"),
                row.text("Company"), row.text("Phone", "MobilePhone"), row.text("Website"), row.whole("NumberOfEmployees"),
                row.text("LeadSource")).normalized();
        if (!check(row, RecordType.LEAD, LEAD_FIELDS, () -> LeadRules.check(details)) || key == null) {
            return null;
        }
        String status = row.text("Status");
        LeadRecord.LeadState state = LeadStates.of(status);
        return new LeadRecord(row.row().at(), key, details, state,
                state == LeadRecord.LeadState.DISQUALIFIED ? "Salesforce status: " + status : null, LEAD_FIELDS);
    }

    private ContactRoleRecord role(RowReader row, RecordKey key) {
        RecordKey opportunity = SalesforceKeys.reference(row, "OpportunityId", RecordType.OPPORTUNITY);
        RecordKey contact = SalesforceKeys.reference(row, "ContactId", RecordType.CONTACT);
        if (row.text("OpportunityId") == null) {
            row.error("OpportunityId", "is required");
        }
        if (row.text("ContactId") == null) {
            row.error("ContactId", "is required");
        }
        Optional<StakeholderRole> role = vocabulary.role(row.text("Role"));
        if (role.isEmpty()) {
            row.error("Role", "unknown role '" + row.text("Role") + "': map it with kontor.imports.roles");
        }
        if (row.failed() || key == null || opportunity == null || contact == null || role.isEmpty()) {
            return null;
        }
        return new ContactRoleRecord(row.row().at(), key, opportunity, contact, role.get(), ROLE_FIELDS);
    }

    /** Runs one of Kontor's rule checks and logs what it refuses under the source's field names. */
    static boolean check(RowReader row, RecordType type, FieldNames names, Runnable rules) {
        try {
            rules.run();
            return !row.failed();
        } catch (InvalidInputException invalid) {
            row.fail();
            row.log().errors(row.row().at(), type, names, invalid.violations());
            return false;
        }
    }

    static Money money(java.math.BigDecimal amount, String currency) {
        return new Money(amount, currency).scaled();
    }

    static boolean validTerms(RowReader row, OpportunityTerms terms, FieldNames names) {
        return check(row, RecordType.OPPORTUNITY, names, () -> OpportunityRules.check(terms));
    }
}
