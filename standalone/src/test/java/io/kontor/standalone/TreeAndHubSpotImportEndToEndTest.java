package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.kontor.standalone.ImportClient.files;
import static org.assertj.core.api.Assertions.assertThat;

/** An sfdx tree plan imported file by file, and HubSpot's company and contact exports. */
class TreeAndHubSpotImportEndToEndTest extends StandaloneTest {

    private ImportClient imports() {
        return new ImportClient(baseUrl(), "service");
    }

    private Map<String, String> recordsOf(JsonNode finished) {
        Map<String, String> ids = new HashMap<>();
        service().get("/api/imports/" + finished.path("id").asText() + "/records?size=100").json().path("content")
                .forEach(record -> ids.put(record.path("externalId").asText(), record.path("id").asText()));
        return ids;
    }

    @Test
    void importsAThreeLevelSfdxTreeThenAPlanFileReferencingItsRecords() {
        byte[] accounts = ImportSamples.resource("sfdx/Account.json").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] opportunities = ImportSamples.resource("sfdx/Opportunity.json").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        JsonNode tree = imports().apply("", files("Account.json", accounts));
        JsonNode plan = imports().apply("", files("Opportunity.json", opportunities));
        JsonNode again = imports().apply("", files("Account.json", accounts));

        assertThat(tree.path("created").asInt()).as("%s", tree).isEqualTo(5);
        Map<String, String> ids = recordsOf(tree);
        Http read = analyst().with("X-Await-Position", plan.path("position").asText());
        JsonNode holding = read.get("/api/accounts/" + ids.get("AccountRef1") + "/hierarchy").json();
        assertThat(holding.path("children")).extracting(child -> child.path("name").asText())
                .containsExactlyInAnyOrder("Nordholding Werk München", "Nordholding Vertrieb GmbH");
        JsonNode plant = read.get("/api/accounts/" + ids.get("AccountRef2") + "/hierarchy").json();
        assertThat(plant.path("children").get(0).path("name").asText()).isEqualTo("Nordholding Halle 7");
        assertThat(read.get("/api/accounts/" + ids.get("AccountRef2")).json().path("region").asText()).isEqualTo("DE-BY");
        assertThat(read.get("/api/accounts/" + ids.get("AccountRef1")).json().path("externalIds").path("salesforce-ref").asText())
                .isEqualTo("AccountRef1");
        assertThat(read.get("/api/contacts/" + ids.get("ContactRef1")).json().path("accountId").asText())
                .as("a nested contact belongs to the account it is nested in").isEqualTo(ids.get("AccountRef2"));
        assertThat(plan.path("created").asInt()).as("%s", plan).isEqualTo(2);
        Map<String, String> deals = recordsOf(plan);
        assertThat(read.get("/api/opportunities/" + deals.get("OpportunityRef1")).json().path("accountId").asText())
                .as("@AccountRef3 of the earlier import").isEqualTo(ids.get("AccountRef3"));
        assertThat(read.get("/api/opportunities/" + deals.get("OpportunityRef2")).json().path("status").asText()).isEqualTo("WON");
        assertThat(holding.path("rollup").path("pipeline").get(0).path("amount").asText()).isEqualTo("80000.00");
        assertThat(again.path("unchanged").asInt()).isEqualTo(5);
    }

    @Test
    void importsHubSpotCompaniesAndTheirContacts() {
        ImportSamples org = ImportSamples.org();

        JsonNode done = imports().apply("", files(
                "hubspot-crm-exports-all-contacts-2026-03-15.csv", org.bytes("hubspot/hubspot-crm-exports-all-contacts.csv"),
                "hubspot-crm-exports-all-companies-2026-03-15.csv", org.bytes("hubspot/hubspot-crm-exports-all-companies.csv")));

        assertThat(done.path("status").asText()).isEqualTo("DONE");
        assertThat(done.path("source").asText()).isEqualTo("hubspot");
        assertThat(done.path("created").asInt()).as("%s", done).isEqualTo(5);
        Map<String, String> ids = recordsOf(done);
        Http read = analyst().with("X-Await-Position", done.path("position").asText());
        String parent = ids.get(Long.toString(org.hubspotId(1)));
        JsonNode hoekstra = read.get("/api/accounts/" + parent).json();
        assertThat(hoekstra.path("industry").asText()).isEqualTo("Computer Software");
        assertThat(hoekstra.path("region").asText()).isEqualTo("NL-NH");
        assertThat(hoekstra.path("website").asText()).isEqualTo("hoekstra-" + org.code().toLowerCase() + ".nl");
        assertThat(hoekstra.path("externalIds").path("hubspot").asText()).isEqualTo(Long.toString(org.hubspotId(1)));
        assertThat(read.get("/api/accounts/" + ids.get(Long.toString(org.hubspotId(2)))).json().path("parentId").asText())
                .isEqualTo(parent);
        assertThat(read.get("/api/contacts/" + ids.get(Long.toString(org.hubspotId(102)))).json().path("accountId").asText())
                .as("the first of the associated companies").isEqualTo(ids.get(Long.toString(org.hubspotId(2))));
    }
}
