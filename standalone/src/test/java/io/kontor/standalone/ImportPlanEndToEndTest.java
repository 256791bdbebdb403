package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.kontor.standalone.ImportClient.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What a dry run finds before anything is written: rows that look like accounts Kontor already has (by lead
 * matching's rules), rows of the file that look like each other, parent cycles, an id twice, a missing name.
 */
class ImportPlanEndToEndTest extends StandaloneTest {

    @Test
    void aDryRunReportsCandidatesCyclesDuplicatesAndMissingValuesWithTheirLinesAndFields() {
        ImportSamples org = ImportSamples.org();
        String domain = "kowalski-" + org.code().toLowerCase() + ".pl";
        Http.Response existing = openAccount(Map.of("name", "Kowalski " + org.code() + " sp. z o.o.", "website", "https://" + domain));
        String accounts = "Id,Name,ParentId,Website\n"
                + org.salesforceId("001", 1) + ",Kowalski " + org.code() + " S.A.,,www." + domain + "\n"
                + org.salesforceId("001", 2) + ",Cycle A " + org.code() + "," + org.salesforceId("001", 3) + ",\n"
                + org.salesforceId("001", 3) + ",Cycle B " + org.code() + "," + org.salesforceId("001", 2) + ",\n"
                + org.salesforceId("001", 1) + ",Kowalski " + org.code() + " again,,\n"
                + org.salesforceId("001", 4) + ",Zeta " + org.code() + " GmbH,,\n"
                + org.salesforceId("001", 5) + ",ZETA " + org.code() + " AG,,\n"
                + org.salesforceId("001", 6) + ",,,\n";
        String leads = "Id,FirstName,LastName,Email,Company\n"
                + org.salesforceId("00Q", 1) + ",Jan,Nowak,jan@" + domain + ",Kowalski " + org.code() + "\n";

        Http.Response plan = new ImportClient(baseUrl(), "service").upload("?dryRun=true", files(
                "Account.csv", accounts.getBytes(StandardCharsets.UTF_8), "Lead.csv", leads.getBytes(StandardCharsets.UTF_8)));

        assertThat(plan.status()).as("%s", plan).isEqualTo(200);
        JsonNode answer = plan.json();
        assertThat(answer.path("objects").path("Account").path("create").asInt()).as("%s", answer).isEqualTo(3);
        assertThat(answer.path("objects").path("Lead").path("create").asInt()).isEqualTo(1);
        assertThat(answer.path("errors")).extracting(e -> e.path("line").asInt(), e -> e.path("field").asText())
                .containsExactlyInAnyOrder(tuple(8, "Name"), tuple(5, "Id"), tuple(3, "ParentId"), tuple(4, "ParentId"));
        assertThat(answer.path("errors")).filteredOn(e -> e.path("field").asText().equals("ParentId"))
                .allSatisfy(cycle -> assertThat(cycle.path("message").asText()).startsWith("parent cycle: "));
        assertThat(answer.path("errors")).filteredOn(e -> e.path("line").asInt() == 5).singleElement()
                .satisfies(twice -> assertThat(twice.path("message").asText()).contains("already in Account.csv line 2"));
        String existingId = existing.id();
        assertThat(answer.path("candidates")).extracting(c -> c.path("file").asText(), c -> c.path("line").asInt(),
                        c -> c.path("field").asText(), c -> c.path("recordId").textValue())
                .as("never merged, only reported").containsExactlyInAnyOrder(
                        tuple("Account.csv", 2, "Website", existingId),
                        tuple("Lead.csv", 2, "Email", existingId),
                        tuple("Account.csv", 7, "Name", null));
        assertThat(answer.path("candidates")).filteredOn(c -> c.path("line").asInt() == 7).singleElement()
                .satisfies(c -> assertThat(c.path("message").asText()).contains("same company name as the row at Account.csv line 6"));
        assertThat(readAfter(existing, "/api/accounts?q=" + org.code()).json().path("totalElements").asInt())
                .as("nothing written but the account opened before").isEqualTo(1);
    }
}
