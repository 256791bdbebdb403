package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.kontor.standalone.ImportClient.files;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import's {@code position}: awaiting it ({@code X-Await-Position}) shows every record the import created,
 * changed or found unchanged, also when other writers commit during the import or another import created them.
 */
class ImportPositionEndToEndTest extends StandaloneTest {

    private ImportClient imports() {
        return new ImportClient(baseUrl(), "service");
    }

    private Http awaiting(JsonNode finished) {
        return analyst().with("X-Await-Position", finished.path("position").asText());
    }

    @Test
    void aRevertsPositionComesAfterTheImportsAndShowsTheRevertedRecords() {
        ImportSamples org = ImportSamples.org();
        JsonNode imported = imports().apply("", files("Account.csv", org.bytes("salesforce/Account.csv")));
        String id = imported.path("id").asText();

        assertThat(service().post("/api/imports/" + id + "/revert", null).status()).isEqualTo(202);
        JsonNode reverted = imports().awaitEnd(id);

        assertThat(reverted.path("position").asLong()).as("%s after %s", reverted, imported)
                .isGreaterThan(imported.path("position").asLong());
        assertThat(awaiting(reverted).get("/api/accounts?q=" + org.code() + "&status=OPEN").json().path("totalElements").asInt())
                .isZero();
    }

    @Test
    void anImportThatChangesNothingPointsAtItsRecordsNewestEventsNotAtTheHeadOfTheStream() {
        ImportSamples org = ImportSamples.org();
        Map<String, byte[]> accounts = files("Account.csv", org.bytes("salesforce/Account.csv"));
        JsonNode first = imports().apply("", accounts);
        assertThat(service().post("/api/accounts", Map.of("name", "Opened after the import")).status()).isEqualTo(201);

        JsonNode again = imports().apply("", accounts);

        assertThat(again.path("unchanged").asInt()).isEqualTo(5);
        assertThat(again.path("position").asLong()).isEqualTo(first.path("position").asLong());
        assertThat(awaiting(again).get("/api/accounts?q=" + org.code()).json().path("totalElements").asInt()).isEqualTo(5);
    }

    @Test
    void twoImportsOfTheSameExportAtOnceCreateEachRecordOnce() {
        ImportSamples org = ImportSamples.org();
        Map<String, byte[]> accounts = files("Account.csv", org.bytes("salesforce/Account.csv"));

        List<JsonNode> both = List.of(CompletableFuture.supplyAsync(() -> imports().apply("", accounts)),
                CompletableFuture.supplyAsync(() -> imports().apply("", accounts))).stream().map(CompletableFuture::join).toList();

        assertThat(both).extracting(state -> state.path("status").asText()).containsOnly("DONE");
        assertThat(both.get(0).path("created").asInt() + both.get(1).path("created").asInt()).isEqualTo(5);
        assertThat(both.get(0).path("unchanged").asInt() + both.get(1).path("unchanged").asInt()).isEqualTo(5);
        // Each import's position shows every record it touched: the one that found every row unchanged caused no
        // event, and its position is still that of the records' newest events.
        for (JsonNode each : both) {
            Http.Response read = awaiting(each).get("/api/accounts?q=" + org.code());
            assertThat(read.json().path("totalElements").asInt()).as("%s, awaiting the position of %s (the other import: %s)",
                    read, each, each == both.get(0) ? both.get(1) : both.get(0)).isEqualTo(5);
        }
    }
}
