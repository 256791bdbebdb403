package io.kontor.imports;

import io.kontor.api.opportunity.Stage;
import io.kontor.api.opportunity.StakeholderRole;
import io.kontor.imports.record.AccountRecord;
import io.kontor.imports.record.ContactRecord;
import io.kontor.imports.record.ContactRoleRecord;
import io.kontor.imports.record.ImportSource;
import io.kontor.imports.record.LeadRecord;
import io.kontor.imports.record.OpportunityRecord;
import io.kontor.imports.record.ReadImport;
import io.kontor.imports.record.ReadOptions;
import io.kontor.imports.record.RecordKey;
import io.kontor.imports.record.RecordType;
import io.kontor.imports.record.RowProblem;
import io.kontor.imports.text.TextDecoding;
import io.kontor.imports.text.UnreadableFileException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ImportReaderTest {

    private static final ReadOptions EUR = new ReadOptions("EUR", Map.of(), Map.of());

    @Test
    void readsADataLoaderAccountExportWithCapitalisedApiNamesAndCountryNames() {
        String csv = """
                "ID","NAME","PARENTID","ACCOUNTNUMBER","WEBSITE","INDUSTRY","NUMBEROFEMPLOYEES","BILLINGCOUNTRY","BILLINGSTATE","OWNERID"
                "0013600001excS5AAI","Grupa Łódź S.A.","","D-1000","grupa-lodz.pl","Manufacturing","1200","Polska","łódzkie","0053600000Ab1xQAAR"
                "0013600001excS6AAI","Zakład Łódź","0013600001excS5","","","Manufacturing","","Poland","PL-10",""
                "0013600001excS7AAI","Acme, Inc.","","","https://acme.com","","","United States","Florida",""
                """;

        ReadImport read = read(file("Account.csv", csv));

        assertThat(read.source()).isEqualTo(ImportSource.SALESFORCE);
        assertThat(read.errors()).isEmpty();
        assertThat(read.rowsPerType()).containsEntry(RecordType.ACCOUNT, 3);
        AccountRecord group = (AccountRecord) read.records().get(0);
        assertThat(group.key()).isEqualTo(new RecordKey(RecordType.ACCOUNT, "salesforce", "0013600001excS5AAI"));
        assertThat(group.profile().country()).isEqualTo("PL");
        assertThat(group.profile().region()).isEqualTo("PL-10");
        assertThat(group.profile().debtorNumber()).isEqualTo("D-1000");
        assertThat(group.owner()).isEqualTo("0053600000Ab1xQAAR");
        AccountRecord plant = (AccountRecord) read.records().get(1);
        assertThat(plant.parent()).as("a 15-character parent id names the 18-character record").isEqualTo(group.key());
        assertThat(plant.at().line()).isEqualTo(3);
        assertThat(((AccountRecord) read.records().get(2)).profile().region()).isEqualTo("US-FL");
    }

    @Test
    void readsContactsOpportunitiesRolesAndLeadsByTheirApiFieldNames() {
        ReadImport read = read(
                file("Contact.csv", """
                        Id,AccountId,FirstName,LastName,Email,Title,Phone,ReportsToId
                        0033600000aBcDeAAK,0013600001excS5AAI,Anna,Wiśniewska,anna@grupa-lodz.pl,CFO,+48 42 123 45 67,
                        """),
                file("Opportunity.csv", """
                        Id,AccountId,Name,Amount,CurrencyIsoCode,StageName,Probability,CloseDate,IsClosed,IsWon
                        0063600000xYz01AAC,0013600001excS5AAI,Chillers,12500.00,EUR,Proposal/Price Quote,60,2026-06-30,false,false
                        0063600000xYz02AAC,0013600001excS5AAI,Service contract,40000,PLN,Closed Won,100,2026-01-15,true,true
                        0063600000xYz03AAC,0013600001excS5AAI,Pilot,,USD,Negotiation/Review,90,2026-07-01,false,false
                        """),
                file("OpportunityContactRole.csv", """
                        Id,OpportunityId,ContactId,Role,IsPrimary
                        00K3600000qRsTuEAK,0063600000xYz01AAC,0033600000aBcDeAAK,Economic Buyer,true
                        """),
                file("Lead.csv", """
                        Id,FirstName,LastName,Email,Company,Website,NumberOfEmployees,LeadSource,Status,IsConverted
                        00Q3600000lEaD1EAK,Jan,Kowalski,jan@kowalski.pl,Kowalski sp. z o.o.,kowalski.pl,45,Web,Open - Not Contacted,false
                        00Q3600000lEaD2EAK,Eva,Berg,eva@berg.de,Berg GmbH,,,Trade Show,Closed - Not Converted,false
                        00Q3600000lEaD3EAK,Old,Lead,old@lead.de,Old GmbH,,,Web,Closed - Converted,true
                        """));

        assertThat(read.errors()).isEmpty();
        assertThat(read.rowsPerType()).containsEntry(RecordType.CONTACT, 1).containsEntry(RecordType.OPPORTUNITY, 3)
                .containsEntry(RecordType.CONTACT_ROLE, 1).containsEntry(RecordType.LEAD, 3);
        ContactRecord anna = only(read, ContactRecord.class).get(0);
        assertThat(anna.details().jobTitle()).isEqualTo("CFO");
        assertThat(anna.account().id()).isEqualTo("0013600001excS5AAI");
        List<OpportunityRecord> deals = only(read, OpportunityRecord.class);
        assertThat(deals).extracting(OpportunityRecord::stage, OpportunityRecord::outcome, OpportunityRecord::probability)
                .containsExactly(tuple(Stage.PROPOSAL, OpportunityRecord.Outcome.OPEN, null),
                        tuple(Stage.PROSPECTING, OpportunityRecord.Outcome.WON, null),
                        tuple(Stage.NEGOTIATION, OpportunityRecord.Outcome.OPEN, 90));
        assertThat(deals.get(0).value().amount()).isEqualByComparingTo("12500.00");
        assertThat(deals.get(1).value().currency()).isEqualTo("PLN");
        assertThat(deals.get(0).expectedCloseDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(deals.get(2).value().amount()).as("an empty amount").isEqualByComparingTo("0");
        assertThat(read.warnings()).extracting(RowProblem::field).contains("Amount", "IsConverted");
        assertThat(only(read, ContactRoleRecord.class).get(0).role()).isEqualTo(StakeholderRole.SIGNER);
        assertThat(only(read, LeadRecord.class)).extracting(LeadRecord::state)
                .containsExactly(LeadRecord.LeadState.OPEN, LeadRecord.LeadState.DISQUALIFIED);
    }

    @Test
    void readsAThreeLevelSfdxTreeWithImpliedAndReferencedParents() {
        String json = """
                {
                  "records": [
                    {
                      "attributes": {"type": "Account", "referenceId": "AccountRef1"},
                      "Name": "Holding Nord",
                      "BillingCountry": "Deutschland",
                      "BillingState": "Nordrhein-Westfalen",
                      "ChildAccounts": {
                        "records": [
                          {
                            "attributes": {"type": "Account", "referenceId": "AccountRef2"},
                            "Name": "Werk Köln",
                            "ChildAccounts": {
                              "records": [
                                {"attributes": {"type": "Account", "referenceId": "AccountRef3"}, "Name": "Halle 7"}
                              ]
                            },
                            "Contacts": {
                              "records": [
                                {"attributes": {"type": "Contact", "referenceId": "ContactRef1"},
                                 "FirstName": "Jürgen", "LastName": "Weiß", "Email": "j.weiss@nord.de"}
                              ]
                            }
                          }
                        ]
                      }
                    },
                    {"attributes": {"type": "Opportunity", "referenceId": "OpportunityRef1"},
                     "Name": "Hallendach", "AccountId": "@AccountRef3", "Amount": 80000, "StageName": "Qualification"},
                    {"attributes": {"type": "Case", "referenceId": "CaseRef1"}, "Subject": "not imported"}
                  ]
                }
                """;

        ReadImport read = read(file("Account-Contact-Opportunity.json", json));

        assertThat(read.errors()).isEmpty();
        List<AccountRecord> accounts = only(read, AccountRecord.class);
        assertThat(accounts).extracting(account -> account.key().id(), account -> account.parent() == null ? null : account.parent().id())
                .containsExactly(tuple("AccountRef1", null), tuple("AccountRef2", "AccountRef1"), tuple("AccountRef3", "AccountRef2"));
        assertThat(accounts.get(0).profile().region()).isEqualTo("DE-NW");
        assertThat(accounts.get(2).at().line()).isEqualTo(15);
        assertThat(only(read, ContactRecord.class).get(0).account()).isEqualTo(accounts.get(1).key());
        assertThat(only(read, OpportunityRecord.class).get(0).account())
                .isEqualTo(new RecordKey(RecordType.ACCOUNT, RecordKey.SALESFORCE_REFERENCE, "AccountRef3"));
        assertThat(read.warnings()).extracting(RowProblem::message).anyMatch(m -> m.startsWith("'Case' records are not imported"));
    }

    @Test
    void readsSemicolonSeparatedWindows1252SpreadsheetsWithLocalNumbersAndDates() {
        String csv = "Id;AccountId;Name;Amount;StageName;CloseDate\n"
                + "0063600000xYz09AAC;0013600001excS5AAI;Großauftrag Müller;12.500,50;Qualification;31.03.2026\n";

        ReadImport read = ImportReader.read(List.of(new SourceFile("Opportunity.csv", csv.getBytes(TextDecoding.WINDOWS_1252), null)),
                null, EUR);

        OpportunityRecord deal = only(read, OpportunityRecord.class).get(0);
        assertThat(deal.name()).isEqualTo("Großauftrag Müller");
        assertThat(deal.value().amount()).isEqualByComparingTo("12500.50");
        assertThat(deal.value().currency()).as("the import's currency").isEqualTo("EUR");
        assertThat(deal.expectedCloseDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void namesTheLineAndFieldOfEveryRowItCannotImport() {
        String csv = """
                Id,Name,BillingCountry,BillingState,Website
                0013600001excS5AAI,,Poland,,
                0013600001excS6AAI,Acme,Narnia,,
                0013600001excS7AAI,Acme,Germany,Florida,
                0033600000aBcDeAAK,Contact in the wrong file,,,
                0013600001excS8AAI,Bad site,,,not a website
                """;

        ReadImport read = read(file("Account.csv", csv));

        assertThat(read.records()).isEmpty();
        assertThat(read.errors()).extracting(problem -> problem.at().line(), RowProblem::field)
                .containsExactly(tuple(2, "Name"), tuple(3, "BillingCountry"), tuple(4, "BillingState"), tuple(5, "Id"),
                        tuple(6, "Website"));
        assertThat(read.errors().get(1).message()).startsWith("unknown country 'Narnia'");
        assertThat(read.errors().get(3).message()).isEqualTo("0033600000aBcDeAAK is the id of a Contact, not of a Account");
    }

    @Test
    void readsHubSpotCompanyAndContactExportsLinkedByRecordIdOrName() {
        ReadImport read = read(
                file("hubspot-crm-exports-all-companies-2026-03-15.csv", """
                        Record ID,Company name,Company Domain Name,Industry,Country/Region,State/Region,Parent Company,Create Date
                        5001,Hoekstra B.V.,hoekstra.nl,COMPUTER_SOFTWARE,Nederland,Noord-Holland,,2026-01-10 09:15
                        5002,Hoekstra Logistiek,hoekstra-logistiek.nl,,Netherlands,,5001,2026-01-11 10:00
                        """),
                file("hubspot-crm-exports-all-contacts-2026-03-15.csv", """
                        Record ID,First Name,Last Name,Email,Phone Number,Job Title,Associated Company
                        901,Pieter,de Vries,pieter@hoekstra.nl,+31 20 555 0101,Inkoper,Hoekstra B.V.
                        """));

        assertThat(read.source()).isEqualTo(ImportSource.HUBSPOT);
        assertThat(read.errors()).isEmpty();
        List<AccountRecord> companies = only(read, AccountRecord.class);
        assertThat(companies.get(0).profile().industry()).isEqualTo("Computer Software");
        assertThat(companies.get(0).profile().region()).isEqualTo("NL-NH");
        assertThat(companies.get(1).parent()).isEqualTo(new RecordKey(RecordType.ACCOUNT, "hubspot", "5001"));
        assertThat(only(read, ContactRecord.class).get(0).account()).as("linked by the company's name")
                .isEqualTo(new RecordKey(RecordType.ACCOUNT, "hubspot", "5001"));
    }

    @Test
    void refusesFilesItCannotReadSayingWhatItExpected() {
        assertThatThrownBy(() -> read(file("report.csv", "Foo,Bar\n1,2\n")))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("is neither Salesforce's nor HubSpot's; expected a Salesforce export CSV");
        assertThatThrownBy(() -> read(file("plan.json", "[{\"sobject\": \"Account\", \"files\": [\"Account.json\"]}]")))
                .hasMessageContaining("sfdx plan file");
        assertThatThrownBy(() -> ImportReader.read(List.of(new SourceFile("Account.csv", "Id,Name\n".getBytes(StandardCharsets.UTF_8),
                null)), ImportSource.HUBSPOT, EUR)).hasMessageContaining("is a salesforce export, but the import is from hubspot");
    }

    private static SourceFile file(String name, String text) {
        return new SourceFile(name, text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static ReadImport read(SourceFile... files) {
        return ImportReader.read(List.of(files), null, EUR);
    }

    private static <T> List<T> only(ReadImport read, Class<T> type) {
        return read.records().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
