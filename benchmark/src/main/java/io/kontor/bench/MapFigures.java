package io.kontor.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The account map of one large customer: a headquarters with branches, 2,000 people (200 when quick) in
 * a reporting tree with informal influence on top, and a buying center of 60 seats. Read whole as JSON
 * (the 200 ms target of issue 12), as a Mermaid export, and as it stood before the informal layer was added.
 */
final class MapFigures {

    private static final int SEATS = 60;
    private static final String[] ROLES = {"DECISION_MAKER", "INFLUENCER", "USER", "GATEKEEPER", "CHAMPION", "BLOCKER", "SIGNER"};
    private static final String[] COVERAGE = {"UNKNOWN", "NO_CONTACT", "BRIEF", "MULTIPLE", "IN_DEPTH"};

    private final Bench.Scale scale;
    private final Report report;

    MapFigures(Bench.Scale scale, Report report) {
        this.scale = scale;
        this.report = report;
    }

    void measure(Service service, Client writer, Client analyst, int clients) throws InterruptedException {
        int people = scale.bigTrees ? 2000 : 200;
        Bench.phase("account map of " + people + " people");
        String headquarters = writer.post("/api/accounts", Map.of("name", "Mapped group", "kind", "HOLDING")).id();
        int branches = people / 100;
        String[] accounts = new String[branches + 1];
        accounts[0] = headquarters;
        for (int b = 1; b <= branches; b++) {
            accounts[b] = writer.post("/api/accounts", Map.of("name", "Mapped branch " + b, "parentId", headquarters)).id();
        }
        String[] contacts = new String[people];
        AtomicLong position = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        Trees.inParallel(clients, () -> {
            for (int i = next.getAndIncrement(); i < people; i = next.getAndIncrement()) {
                Client.Answer added = writer.post("/api/accounts/" + accounts[i % accounts.length] + "/contacts",
                        Map.of("firstName", "Person", "lastName", "No " + i, "jobTitle", "Role " + i % 17));
                contacts[i] = added.id();
            }
        });
        // The formal layer: everyone but the first reports to one of the people before them, five to a manager.
        relate(writer, clients, people - 1, i -> contacts[i + 1], i -> "REPORTS_TO", i -> contacts[i / 5], position);
        String deal = writer.post("/api/opportunities", Map.of("accountId", headquarters, "name", "Mapped deal",
                "value", Client.money("500000.00", "EUR"))).id();
        Map<Integer, Boolean> placed = new ConcurrentHashMap<>();
        AtomicInteger seat = new AtomicInteger();
        Trees.inParallel(clients, () -> {
            for (int i = seat.getAndIncrement(); i < SEATS; i = seat.getAndIncrement()) {
                Client.Answer answer = writer.put("/api/opportunities/" + deal + "/stakeholders/" + contacts[i * (people / SEATS)],
                        Map.of("role", ROLES[i % ROLES.length], "influence", 1 + i % 5, "interest", 1 + (i / 5) % 5,
                                "attitude", i % 5 - 2, "coverage", COVERAGE[i % COVERAGE.length]));
                position.accumulateAndGet(answer.position(), Math::max);
                placed.put(i, answer.status() == 200);
            }
        });
        if (placed.containsValue(false)) {
            throw new IllegalStateException("a seat was refused");
        }
        Instant formal = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        while (!Instant.now().isAfter(formal.plusMillis(1))) {
            Thread.onSpinWait();
        }
        // The informal layer: every other person influences someone further along.
        relate(writer, clients, people / 2, i -> contacts[2 * i], i -> "INFLUENCES", i -> contacts[(2 * i + 7) % people], position);
        String map = "/api/accounts/" + accounts[1] + "/map?opportunityId=" + deal;
        // The projections may take longer than one awaited read (5 s) to pass thousands of writes: ask again.
        Client.Answer first = analyst.getAfter(map, position.get());
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (first.status() == 503 && System.nanoTime() < deadline) {
            first = analyst.getAfter(map, position.get());
        }
        if (first.status() != 200 || first.json().path("nodes").size() != people) {
            throw new IllegalStateException("the map is not complete: " + first.status());
        }
        Double target = people >= 2000 ? 200.0 : null;
        String note = people + " people, " + (people - 1 + people / 2) + " relationships, " + SEATS + " seats, "
                + first.json().path("findings").size() + " findings; " + first.body().length() / 1024 + " KiB";
        Stats.timedReads(analyst, map, 10, 0);
        double idle = idleCpuShare(service);
        Duration cpuBefore = service.cpu();
        long began = System.nanoTime();
        Stats json = Stats.timedReads(analyst, map, 0, 20);
        double busy = service.cpu().minus(cpuBefore).toNanos() - idle * (System.nanoTime() - began);
        double cpuPerRead = busy / 1e6 / 20;
        report.add(new Figure("account map, " + people + " people, JSON, p50", json.percentileMillis(50), "ms", null, target, false, note));
        report.add(new Figure("account map, " + people + " people, JSON, p99", json.percentileMillis(99), "ms", null, target, false, null));
        report.add(new Figure("account map, " + people + " people, JSON, service CPU per read", cpuPerRead, "ms", null, null, false,
                "the service process's own CPU over 20 reads after 10 warm-ups (all its threads, GC too), less what it "
                        + "spends idle (" + String.format("%.0f", idle * 1000) + " ms per second measured just before); "
                        + "whatever else the machine runs"));
        Stats mermaid = Stats.timedReads(analyst, map, "text/vnd.mermaid", 2, 10);
        report.add(new Figure("account map, " + people + " people, Mermaid, p50", mermaid.percentileMillis(50), "ms", null, target,
                false, null));
        Stats past = Stats.timedReads(analyst, map + "&asOf=" + formal, 2, 10);
        report.add(new Figure("account map, " + people + " people, as it stood, p50", past.percentileMillis(50), "ms", null, target,
                false, "the buying center and the reporting lines, before the informal layer was recorded"));
    }

    /** The share of a core the service uses while nobody asks it anything (its schedulers and pollers). */
    private static double idleCpuShare(Service service) throws InterruptedException {
        Duration before = service.cpu();
        long began = System.nanoTime();
        Thread.sleep(3000);
        return (double) service.cpu().minus(before).toNanos() / (System.nanoTime() - began);
    }

    private static void relate(Client writer, int clients, int count, IntFunction<String> from,
                               IntFunction<String> type, IntFunction<String> to,
                               AtomicLong position) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        Trees.inParallel(clients, () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                Client.Answer answer = writer.post("/api/contacts/" + from.apply(i) + "/relationships",
                        Map.of("type", type.apply(i), "toContactId", to.apply(i)));
                if (answer.status() != 201) {
                    throw new IllegalStateException("relationship refused: " + answer.body());
                }
                position.accumulateAndGet(answer.position(), Math::max);
            }
        });
    }
}
