package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.kontor.standalone.ImportClient.files;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Salesforce org's export (Data Loader, {@code sf data export bulk}) imported over HTTP: dry run, every
 * object in any order, the same export again, a later export, and revert.
 */
class SalesforceImportEndToEndTest extends StandaloneTest {

    private ImportClient imports() {
        return new ImportClient(baseUrl(), "service");
    }

    private static Map<String, byte[]> wholeExport(ImportSamples org) {
        // Children before parents, on purpose: files and rows may come in any order.
        return files("OpportunityContactRole.csv", org.bytes("salesforce/OpportunityContactRole.csv"),
                "Opportunity.csv", org.bytes("salesforce/Opportunity.csv"),
                "Contact.csv", org.bytes("salesforce/Contact.csv"),
                "Lead.csv", org.bytes("salesforce/Lead.csv"),
                "Account.csv", org.bytes("salesforce/Account.csv"));
    }

    /** The Kontor id of each record an import created or changed, by its Salesforce id. */
    private Map<String, String> recordsOf(JsonNode finished) {
        Map<String, String> ids = new HashMap<>();
        service().get("/api/imports/" + finished.path("id").asText() + "/records?size=100").json().path("content")
                .forEach(record -> ids.put(record.path("externalId").asText(), record.path("id").asText()));
        return ids;
    }

    private Http awaiting(JsonNode finished) {
        return analyst().with("X-Await-Position", finished.path("position").asText());
    }

    @Test
    void aDryRunShowsWhatTheImportWouldDoAndWritesNothing() {
        ImportSamples org = ImportSamples.org();

        Http.Response plan = imports().upload("?dryRun=true&currency=USD", wholeExport(org));

        assertThat(plan.status()).as("%s", plan).isEqualTo(200);
        JsonNode objects = plan.json().path("objects");
        assertThat(objects.path("Account").path("rows").asInt()).isEqualTo(6);
        assertThat(objects.path("Account").path("create").asInt()).as("the deleted row is left out").isEqualTo(5);
        assertThat(objects.path("Contact").path("create").asInt()).isEqualTo(3);
        assertThat(objects.path("Contact").path("errors").asInt()).isEqualTo(1);
        assertThat(objects.path("Opportunity").path("create").asInt()).isEqualTo(3);
        assertThat(objects.path("OpportunityContactRole").path("create").asInt()).isEqualTo(3);
        assertThat(objects.path("Lead").path("create").asInt()).isEqualTo(3);
        JsonNode orphan = plan.json().path("errors").get(0);
        assertThat(orphan.path("file").asText()).isEqualTo("Contact.csv");
        assertThat(orphan.path("line").asInt()).isEqualTo(6);
        assertThat(orphan.path("field").asText()).isEqualTo("AccountId");
        assertThat(orphan.path("message").asText()).contains(org.salesforceId("001", 9), "neither in this import nor imported before");
        assertThat(plan.json().path("warnings")).anySatisfy(warning ->
                assertThat(warning.path("field").asText()).isEqualTo("IsDeleted"));
        assertThat(analyst().get("/api/accounts?q=" + org.code()).json().path("totalElements").asInt())
                .as("nothing written").isZero();
    }

    @Test
    void importsEveryObjectInAnyOrderAndKeepsTheSalesforceIds() {
        ImportSamples org = ImportSamples.org();

        JsonNode done = imports().apply("?currency=USD", wholeExport(org));

        assertThat(done.path("status").asText()).as("%s", done).isEqualTo("DONE");
        assertThat(done.path("rows").asInt()).isEqualTo(19);
        assertThat(done.path("done").asInt()).isEqualTo(19);
        assertThat(done.path("created").asInt()).isEqualTo(17);
        assertThat(done.path("failed").asInt()).as("the orphan contact").isEqualTo(1);
        Map<String, String> ids = recordsOf(done);
        Http read = awaiting(done);

        String group = ids.get(org.salesforceId("001", 1));
        JsonNode groupAccount = read.get("/api/accounts/" + group).json();
        assertThat(groupAccount.path("country").asText()).isEqualTo("PL");
        assertThat(groupAccount.path("debtorNumber").asText()).isEqualTo("D-" + org.code());
        assertThat(groupAccount.path("externalIds").path("salesforce").asText()).isEqualTo(org.salesforceId("001", 1));
        JsonNode tree = read.get("/api/accounts/" + group + "/hierarchy").json();
        assertThat(tree.path("children").get(0).path("name").asText()).isEqualTo("Zakład Łódź " + org.code());
        assertThat(tree.path("children").get(0).path("children").get(0).path("name").asText()).isEqualTo("Hala B " + org.code());
        assertThat(tree.path("rollup").path("won").get(0).path("amount").asText()).isEqualTo("40000.00");
        assertThat(read.get("/api/accounts/" + ids.get(org.salesforceId("001", 2))).json().path("region").asText()).isEqualTo("PL-10");
        assertThat(read.get("/api/accounts/" + ids.get(org.salesforceId("001", 4))).json().path("region").asText()).isEqualTo("US-FL");
        assertThat(read.get("/api/accounts/" + ids.get(org.salesforceId("001", 5))).json().path("region").asText()).isEqualTo("DE-NW");

        JsonNode piotr = read.get("/api/contacts/" + ids.get(org.salesforceId("003", 2))).json();
        assertThat(piotr.path("jobTitle").asText()).as("a quoted field with a comma, quotes and a line break")
                .isEqualTo("Head of Purchasing, \"Plant\"\n(interim)");
        assertThat(read.get("/api/contacts/" + ids.get(org.salesforceId("003", 1))).json().path("accountId").asText())
                .as("linked by a 15-character Salesforce id").isEqualTo(group);

        JsonNode won = read.get("/api/opportunities/" + ids.get(org.salesforceId("006", 2))).json();
        assertThat(won.path("status").asText()).isEqualTo("WON");
        assertThat(won.path("value").path("currency").asText()).isEqualTo("PLN");
        assertThat(won.path("stakeholders").get(0).path("role").asText()).isEqualTo("DECISION_MAKER");
        JsonNode chillers = read.get("/api/opportunities/" + ids.get(org.salesforceId("006", 1))).json();
        assertThat(chillers.path("stage").asText()).isEqualTo("PROPOSAL");
        assertThat(chillers.path("stakeholders")).extracting(s -> s.path("role").asText()).containsExactlyInAnyOrder("SIGNER", "GATEKEEPER");
        JsonNode pilot = read.get("/api/opportunities/" + ids.get(org.salesforceId("006", 3))).json();
        assertThat(pilot.path("value").path("amount").asText() + " " + pilot.path("value").path("currency").asText())
                .as("an amount without a currency takes the import's").isEqualTo("5000.00 USD");
        assertThat(pilot.path("probability").asInt()).isEqualTo(90);

        assertThat(read.get("/api/leads/" + ids.get(org.salesforceId("00Q", 1))).json().path("status").asText()).isEqualTo("OPEN");
        assertThat(read.get("/api/leads/" + ids.get(org.salesforceId("00Q", 2))).json().path("status").asText()).isEqualTo("DISQUALIFIED");

        JsonNode history = new Http(baseUrl(), "auditor").get("/api/audit/accounts/" + group + "/events").json().path("events");
        assertThat(history).allSatisfy(event -> assertThat(event.path("importId").asText()).isEqualTo(done.path("id").asText()));
        assertThat(history).singleElement().satisfies(opened -> {
            assertThat(opened.path("type").asText()).isEqualTo("AccountOpened");
            assertThat(opened.path("payload").path("externalIds").path("salesforce").asText()).isEqualTo(org.salesforceId("001", 1));
        });
    }

    @Test
    void importingTheSameExportAgainChangesNothing() {
        ImportSamples org = ImportSamples.org();
        JsonNode first = imports().apply("?currency=USD", wholeExport(org));
        String group = recordsOf(first).get(org.salesforceId("001", 1));
        long version = awaiting(first).get("/api/accounts/" + group).json().path("version").asLong();

        JsonNode again = imports().apply("?currency=USD", wholeExport(org));

        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("updated").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(17);
        assertThat(again.path("matched").asInt()).isEqualTo(17);
        assertThat(recordsOf(again)).as("nothing created or changed").isEmpty();
        assertThat(awaiting(again).get("/api/accounts/" + group).json().path("version").asLong()).isEqualTo(version);
    }

    @Test
    void aLaterExportChangesOnlyWhatChangedAtTheSourceAndKeepsKontorsOwnEdits() {
        ImportSamples org = ImportSamples.org();
        JsonNode first = imports().apply("", files("Account.csv", org.bytes("salesforce/Account.csv")));
        Map<String, String> ids = recordsOf(first);
        String group = ids.get(org.salesforceId("001", 1));
        assertThat(service().patch("/api/accounts/" + group, Map.of("industry", "Holdings")).status()).isEqualTo(200);
        long acmeVersion = awaiting(first).get("/api/accounts/" + ids.get(org.salesforceId("001", 4))).json().path("version").asLong();
        byte[] laterExport = org.text("salesforce/Account.csv").replace("Grupa Łódź " + org.code() + " S.A.",
                "Grupa Łódź " + org.code() + " Holding S.A.").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Http.Response plan = imports().upload("?dryRun=true", files("Account.csv", laterExport));
        JsonNode later = imports().apply("", files("Account.csv", laterExport));

        assertThat(plan.json().path("updates")).singleElement().satisfies(update -> {
            assertThat(update.path("id").asText()).isEqualTo(group);
            assertThat(update.path("fields")).extracting(JsonNode::asText).containsExactly("Name");
        });
        assertThat(later.path("updated").asInt()).isEqualTo(1);
        assertThat(later.path("unchanged").asInt()).isEqualTo(4);
        JsonNode account = awaiting(later).get("/api/accounts/" + group).json();
        assertThat(account.path("name").asText()).isEqualTo("Grupa Łódź " + org.code() + " Holding S.A.");
        assertThat(account.path("industry").asText()).as("Kontor's own edit of a field the source did not change")
                .isEqualTo("Holdings");
        assertThat(awaiting(later).get("/api/accounts/" + ids.get(org.salesforceId("001", 4))).json().path("version").asLong())
                .isEqualTo(acmeVersion);
    }

    @Test
    void revertUndoesTheImportWithNewEventsAndTheSameExportCanBeImportedAfresh() {
        ImportSamples org = ImportSamples.org();
        JsonNode done = imports().apply("?currency=USD", wholeExport(org));
        Map<String, String> ids = recordsOf(done);
        String id = done.path("id").asText();

        Http.Response revert = service().post("/api/imports/" + id + "/revert", null);
        JsonNode reverted = imports().awaitEnd(id);

        assertThat(revert.status()).as("%s", revert).isEqualTo(202);
        assertThat(reverted.path("status").asText()).as("%s", reverted).isEqualTo("REVERTED");
        Http read = awaiting(reverted);
        JsonNode group = read.get("/api/accounts/" + ids.get(org.salesforceId("001", 1))).json();
        assertThat(group.path("status").asText()).as("%s", reverted).isEqualTo("CLOSED");
        assertThat(group.path("externalIds").size()).isZero();
        assertThat(read.get("/api/opportunities/" + ids.get(org.salesforceId("006", 1))).json().path("status").asText())
                .isEqualTo("LOST");
        assertThat(read.get("/api/opportunities/" + ids.get(org.salesforceId("006", 2))).json().path("status").asText())
                .as("a won deal stays won").isEqualTo("WON");
        assertThat(reverted.path("warnings")).anySatisfy(w -> assertThat(w.path("message").asText()).contains("takes no closed deal back"));
        assertThat(read.get("/api/leads/" + ids.get(org.salesforceId("00Q", 1))).json().path("status").asText()).isEqualTo("DISQUALIFIED");
        JsonNode history = new Http(baseUrl(), "auditor").get("/api/audit/accounts/" + ids.get(org.salesforceId("001", 1))
                + "/events").json().path("events");
        assertThat(history).extracting(event -> event.path("type").asText()).as("history is never deleted")
                .containsExactly("AccountOpened", "AccountExternalIdsChanged", "AccountClosed");
        assertThat(service().post("/api/imports/" + id + "/revert", null).status()).isEqualTo(409);

        JsonNode afresh = imports().apply("", files("Account.csv", org.bytes("salesforce/Account.csv")));
        assertThat(afresh.path("created").asInt()).as("the reverted records gave their Salesforce ids back").isEqualTo(5);
    }

    @Test
    void revertIsRefusedNamingTheRecordsSomeoneElseChangedSince() {
        ImportSamples org = ImportSamples.org();
        JsonNode done = imports().apply("", files("Account.csv", org.bytes("salesforce/Account.csv")));
        String acme = recordsOf(done).get(org.salesforceId("001", 4));
        assertThat(service().patch("/api/accounts/" + acme, Map.of("website", "https://acme-new.example.com")).status()).isEqualTo(200);

        Http.Response refused = service().post("/api/imports/" + done.path("id").asText() + "/revert", null);

        assertThat(refused.status()).as("%s", refused).isEqualTo(409);
        assertThat(refused.json().path("type").asText()).isEqualTo("urn:kontor:problem:import-changed-since");
        assertThat(refused.json().path("records")).singleElement().satisfies(record -> {
            assertThat(record.path("id").asText()).isEqualTo(acme);
            assertThat(record.path("reason").asText()).contains("AccountProfileUpdated by service");
        });
        assertThat(analyst().get("/api/imports/" + done.path("id").asText()).json().path("status").asText()).isEqualTo("DONE");
    }
}
