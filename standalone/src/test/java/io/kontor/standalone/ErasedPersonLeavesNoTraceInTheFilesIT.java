package io.kontor.standalone;

import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database files of a cleanly stopped standalone service hold no byte of an erased person, in plain
 * text: not in the events, the snapshots, the read models, the registries, nor in free space (a clean stop
 * compacts the H2 file). A person who was not erased is found there, which shows the search works.
 */
class ErasedPersonLeavesNoTraceInTheFilesIT {

    @Test
    void aCleanlyStoppedServiceLeavesNoTraceOfTheErasedPersonInItsFiles(@TempDir Path dataDir) throws IOException {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        List<String> erased = List.of("Forgotten" + unique, "forgotten." + unique + "@privacy-test.pl", "Chief" + unique);
        String kept = "Remembered" + unique;
        try (KontorProcess kontor = KontorProcess.standalone(dataDir)) {
            Http service = kontor.as("service");
            String account = service.post("/api/accounts", Map.of("name", "Files " + unique)).id();
            String contact = service.post("/api/accounts/" + account + "/contacts", Map.of("firstName", erased.get(0),
                    "lastName", "Nowak", "email", erased.get(1), "jobTitle", erased.get(2))).id();
            // Changed a few times, so old versions of the rows lie in the file's older chunks too.
            for (int change = 0; change < 20; change++) {
                service.patch("/api/contacts/" + contact, Map.of("jobTitle", erased.get(2) + " " + change));
            }
            service.post("/api/leads", Map.of("firstName", erased.get(0), "lastName", "Nowak", "email", erased.get(1),
                    "companyName", "Files " + unique));
            service.post("/api/accounts/" + account + "/contacts", Map.of("firstName", kept, "lastName", "Nowak"));
            Http.Response erasure = kontor.as("admin").post("/api/admin/erasures", Map.of("email", erased.get(1), "reason",
                    "Art. 17"));
            assertThat(erasure.status()).as("%s", erasure).isEqualTo(201);
            Http.Response read = kontor.as("analyst").with("X-Await-Position", Long.toString(erasure.eventPosition()))
                    .get("/api/contacts/" + contact);
            assertThat(read.json().path("firstName").asText()).isEqualTo("[erased]");
        }

        List<String> files = new ArrayList<>();
        StringBuilder everything = new StringBuilder();
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.add(file.getFileName().toString());
                everything.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(files).contains("kontor.mv.db");
        assertThat(everything).as("the person who was not erased").contains(kept);
        for (String marker : erased) {
            assertThat(everything.indexOf(marker)).as("%s in the files", marker).isEqualTo(-1);
        }
    }
}
