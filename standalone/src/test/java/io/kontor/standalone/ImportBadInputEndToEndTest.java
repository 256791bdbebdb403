package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;

import static io.kontor.standalone.ImportClient.files;
import static org.assertj.core.api.Assertions.assertThat;

/** What an import refuses, and the spreadsheets it reads although they are not UTF-8 or comma-separated. */
class ImportBadInputEndToEndTest extends StandaloneTest {

    private ImportClient as(String user) {
        return new ImportClient(baseUrl(), user);
    }

    @Test
    void analystsAndAuditorsCannotImport() {
        byte[] accounts = ImportSamples.org().bytes("salesforce/Account.csv");

        assertThat(as("analyst").raw("?name=Account.csv", "text/csv", accounts).status()).isEqualTo(403);
        assertThat(as("auditor").raw("?name=Account.csv", "text/csv", accounts).status()).isEqualTo(403);
        assertThat(as(null).raw("?name=Account.csv", "text/csv", accounts).status()).isEqualTo(401);
        assertThat(new Http(baseUrl(), "auditor").get("/api/imports/00000000-0000-0000-0000-000000000000").status()).isEqualTo(403);
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413BeforeItIsSent() throws IOException {
        // The headers of a 50 MB + 1 byte upload that waits for the server's go-ahead: the answer comes before any of it.
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            String request = "POST /api/imports?name=Account.csv HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString("service:service".getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Type: text/csv\r\nContent-Length: " + (50L * 1024 * 1024 + 1)
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = answer.readLine();
            while (status != null && (status.isEmpty() || status.startsWith("HTTP/1.1 100") || !status.startsWith("HTTP/"))) {
                status = answer.readLine();
            }
            String rest = answer.lines().collect(Collectors.joining("\n"));

            assertThat(status).startsWith("HTTP/1.1 413");
            assertThat(rest).contains("urn:kontor:problem:import-too-large", "50 MB");
        }
    }

    @Test
    void unreadableAndUnsupportedFilesAreRefusedSayingWhatWasExpected() {
        Http.Response workbook = as("service").raw("?name=accounts.xlsx", "application/octet-stream", new byte[]{'P', 'K', 3, 4, 20, 0});
        Http.Response report = as("service").raw("?name=report.csv", "text/csv", "Foo,Bar\n1,2\n".getBytes(StandardCharsets.UTF_8));
        Http.Response unclosed = as("service").raw("?name=Account.csv", "text/csv",
                "Id,Name\n0013600001excS5AAI,\"Acme\n".getBytes(StandardCharsets.UTF_8));
        Http.Response nothing = as("service").raw("", "text/csv", new byte[0]);
        Http.Response badSource = as("service").raw("?source=pipedrive", "text/csv", "Id,Name\n".getBytes(StandardCharsets.UTF_8));

        assertThat(workbook.status()).isEqualTo(400);
        assertThat(workbook.json().path("type").asText()).isEqualTo("urn:kontor:problem:unreadable-import-file");
        assertThat(workbook.json().path("detail").asText()).contains("Excel workbook (.xlsx): save it as CSV", "expected a CSV file");
        assertThat(report.status()).isEqualTo(400);
        assertThat(report.json().path("detail").asText()).contains("neither Salesforce's nor HubSpot's", "expected a Salesforce export CSV");
        assertThat(unclosed.status()).isEqualTo(400);
        assertThat(unclosed.json().path("detail").asText()).contains("starts on line 2 is never closed");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.json().path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(badSource.status()).isEqualTo(400);
        assertThat(badSource.json().path("errors").get(0).path("field").asText()).isEqualTo("source");
    }

    @Test
    void readsSemicolonSeparatedWindows1252SpreadsheetsWithLocalNumbersAndDates() {
        ImportSamples org = ImportSamples.org();
        String csv = "Id;Name;BillingCountry;BillingState\r\n" + org.salesforceId("001", 1) + ";Müller & Söhne " + org.code()
                + " GmbH;Deutschland;Nordrhein-Westfalen\r\n";
        String deals = "Id;AccountId;Name;Amount;StageName;CloseDate\r\n" + org.salesforceId("006", 1) + ";"
                + org.salesforceId("001", 1) + ";Großauftrag " + org.code() + ";\"12.500,50\";Qualification;31.03.2027\r\n";

        JsonNode done = as("service").apply("?currency=EUR", files("Account.csv", csv.getBytes(Charset.forName("windows-1252")),
                "Opportunity.csv", deals.getBytes(Charset.forName("windows-1252"))));

        assertThat(done.path("created").asInt()).as("%s", done).isEqualTo(2);
        Http read = analyst().with("X-Await-Position", done.path("position").asText());
        JsonNode account = read.get("/api/accounts?q=" + org.code()).json().path("content").get(0);
        assertThat(account.path("name").asText()).isEqualTo("Müller & Söhne " + org.code() + " GmbH");
        JsonNode deal = read.get("/api/accounts/" + account.path("id").asText() + "/opportunities").json().path("content").get(0);
        assertThat(deal.path("name").asText()).isEqualTo("Großauftrag " + org.code());
        assertThat(deal.path("value").path("amount").asText()).isEqualTo("12500.50");
        assertThat(deal.path("expectedCloseDate").asText()).isEqualTo("2027-03-31");
    }

    @Test
    void anAtomicImportWithABadRowWritesNothing() {
        ImportSamples org = ImportSamples.org();
        String csv = "Id,Name,BillingCountry\n" + org.salesforceId("001", 1) + ",Good " + org.code() + ",Poland\n"
                + org.salesforceId("001", 2) + ",Bad " + org.code() + ",Narnia\n";

        JsonNode failed = as("service").apply("?atomic=true", files("Account.csv", csv.getBytes(StandardCharsets.UTF_8)));
        JsonNode partial = as("service").apply("", files("Account.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("failure").asText()).contains("atomic import refused before writing anything");
        assertThat(failed.path("errors").get(0).path("field").asText()).isEqualTo("BillingCountry");
        assertThat(failed.path("created").asInt()).isZero();
        assertThat(partial.path("status").asText()).as("without atomic, a bad row costs only itself").isEqualTo("DONE");
        assertThat(partial.path("created").asInt()).isEqualTo(1);
        assertThat(partial.path("failed").asInt()).isEqualTo(1);
    }
}
