package io.kontor.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Importing a Salesforce Data Loader export of 100,000 accounts (1,000 when quick) into a standalone service that
 * has imported 10,000 others since it started (500 when quick): from the upload until every account is readable
 * (a list read awaiting the import's position answers), set beside the raw rate at which H2 inserts rows in
 * batches of 100. The imported accounts then serve the territory figures ({@link TerritoryFigures}).
 */
final class ImportFigures {

    private static final String H2_BATCHED = "h2 raw: rows/s, 100 rows per transaction";
    private static final List<String[]> PLACES = List.of(new String[]{"Polska", "mazowieckie"}, new String[]{"Deutschland", "Bayern"},
            new String[]{"United States", "Florida"}, new String[]{"Nederland", "Noord-Holland"}, new String[]{"Poland", "łódzkie"});

    private final Bench.Scale scale;
    private final Path work;
    private final Report report;

    ImportFigures(Bench.Scale scale, Path work, Report report) {
        this.scale = scale;
        this.work = work;
        this.report = report;
    }

    void measure() throws Exception {
        int accounts = scale == Bench.Scale.QUICK ? 1_000 : 100_000;
        int warmUp = scale == Bench.Scale.QUICK ? 500 : 10_000;
        double raw = report.value(H2_BATCHED).orElseGet(this::rawBatchedRate);
        String org = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
        byte[] export = export(accounts, org);
        Bench.phase("import of " + accounts + " accounts (" + export.length / 1024 + " KB of Data Loader CSV) into a standalone "
                + "that has imported " + warmUp + " others since it started");
        try (Service service = Service.start(Bench.STANDALONE, List.of("--kontor.data-dir=" + work.resolve("import")), Map.of())) {
            String base = "http://127.0.0.1:" + service.port();
            Client analyst = service.client("analyst", "analyst");
            // healthy is not ready: a first start builds the (empty) read models, and until then writes get a 503
            HistoryFigures.awaitCaughtUp(service.client("admin", "admin"));
            // A service that has run a while has compiled its hot code; a first import into a just-started one also
            // pays for that (the C2 compiler took 30% of the machine during it), so the warm-up is its own figure.
            String warmUpOrg = Long.toString(Long.parseLong(org) + 1);
            Imported first = Imported.run(base, analyst, export(warmUp, warmUpOrg), warmUp, warmUpOrg);
            report.add(new Figure("import: first " + warmUp + " accounts after the service started", first.readableSeconds(), "s",
                    null, null, false, "the warm-up: " + (int) (warmUp / first.readableSeconds()) + " accounts/s until readable"));
            Imported measured = Imported.run(base, analyst, export, accounts, org);
            report.add(new Figure("import: " + accounts + " accounts, upload until all readable", measured.readableSeconds(), "s", null,
                    accounts >= 100_000 ? 60.0 : null, false, "one Data Loader CSV, 1 in 5 accounts a headquarters of 4"));
            report.add(new Figure("import: accounts/s until applied (events, claims, progress)", accounts / measured.appliedSeconds(),
                    "rows/s", raw, null, true, "the limit is H2 inserting one-row batches of 100"));
            report.add(new Figure("import: accounts/s until readable (projections caught up)", accounts / measured.readableSeconds(),
                    "rows/s", raw, null, true, null));
            new TerritoryFigures(report).measure(service.client("admin", "admin"), accounts + warmUp, raw);
        }
    }

    /** One import, from the upload until it is applied and until every one of its accounts is readable. */
    private record Imported(double appliedSeconds, double readableSeconds) {

        static Imported run(String base, Client analyst, byte[] export, int accounts, String org) throws Exception {
            long start = System.nanoTime();
            String id = upload(base, export);
            JsonNode done;
            do {
                Service.pause(200);
                done = analyst.get("/api/imports/" + id).json();
            } while (done.path("status").asText().matches("PLANNED|RUNNING"));
            long applied = System.nanoTime();
            if (!done.path("status").asText().equals("DONE") || done.path("created").asInt() != accounts) {
                throw new IllegalStateException("the import did not create every account: " + done);
            }
            long position = done.path("position").asLong();
            Client.Answer read;
            do {
                read = analyst.getAfter("/api/accounts?q=" + org + "&size=1", position);
            } while (read.status() == 503);
            long readable = System.nanoTime();
            if (read.json().path("totalElements").asInt() != accounts) {
                throw new IllegalStateException("not every imported account is readable: " + read.body());
            }
            return new Imported((applied - start) / 1e9, (readable - start) / 1e9);
        }
    }

    /** Children before their parents, as an export may have them; roots have a website, some a debtor number. */
    static byte[] export(int accounts, String org) {
        StringBuilder csv = new StringBuilder("\"ID\",\"NAME\",\"PARENTID\",\"ACCOUNTNUMBER\",\"WEBSITE\",\"INDUSTRY\","
                + "\"BILLINGCOUNTRY\",\"BILLINGSTATE\"\r\n");
        for (int i = accounts - 1; i >= 0; i--) {
            int root = i - i % 5;
            String[] place = PLACES.get(root / 5 % PLACES.size());
            csv.append('"').append(id(org, i)).append("\",\"")
                    .append(i == root ? "Holding " : "Branch ").append(org).append(' ').append(i).append("\",\"")
                    .append(i == root ? "" : id(org, root)).append("\",\"")
                    .append(i % 10 == 0 ? "D-" + org + "-" + i : "").append("\",\"")
                    .append(i == root ? "https://www.holding-" + org + "-" + i + ".example.com" : "").append("\",\"")
                    .append(i % 3 == 0 ? "Manufacturing" : "Logistics").append("\",\"")
                    .append(place[0]).append("\",\"").append(place[1]).append("\"\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A Salesforce account id of the made-up org (the case suffix is left to Kontor, which recomputes it). */
    private static String id(String org, int number) {
        return "001" + org + String.format("%05d", number) + "AAA";
    }

    private static String upload(String base, byte[] export) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/imports?name=Account.csv"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("service:service".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(export)).build();
        HttpResponse<String> accepted = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("import refused: " + accepted.statusCode() + " " + accepted.body());
        }
        return Client.JSON.readTree(accepted.body()).path("id").asText();
    }

    private double rawBatchedRate() {
        try {
            return new RawLimits("jdbc:h2:file:" + work.resolve("import-raw") + StandaloneRun.H2_OPTIONS, "sa", "")
                    .measure(4, scale.rawDuration).batched();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
