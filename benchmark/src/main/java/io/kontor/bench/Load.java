package io.kontor.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A realistic command mix from concurrent clients: half opening accounts under existing ones, a fifth
 * moving accounts (with their subtrees) to another headquarters, the rest moving opportunities through
 * stages and changing their probabilities. Optionally paced to a target rate, and optionally probing
 * freshness: the time from a write's acknowledgement until a read awaiting its position returns.
 */
final class Load {

    record Result(double commandsPerSecond, double p50, double p99, long errors, long commands, double freshnessP50,
                  double freshnessP99, int probes, double cpuSeconds, double cpuUtilisation) {

        /** Busy CPU of the whole machine per command, in ms (0 where it cannot be measured). */
        double cpuMillisPerCommand() {
            return commands == 0 ? 0 : cpuSeconds * 1000 / commands;
        }
    }

    private static final String[] STAGES = {"PROSPECTING", "QUALIFICATION", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION"};

    private final List<Client> writers;
    private final Client reader;
    private final List<String> roots = Collections.synchronizedList(new ArrayList<>());
    private final List<String> branches = Collections.synchronizedList(new ArrayList<>());
    private final List<String> opportunities = Collections.synchronizedList(new ArrayList<>());

    Load(List<Client> writers, Client reader) {
        this.writers = writers;
        this.reader = reader;
    }

    /** Headquarters, branches and opportunities for the mix to work on (not measured). */
    void prepare(int headquarters, int branchCount, int opportunityCount) {
        Client writer = writers.get(0);
        for (int i = 0; i < headquarters; i++) {
            roots.add(writer.post("/api/accounts", Map.of("name", "Bench HQ " + i, "kind", "HOLDING")).id());
        }
        for (int i = 0; i < branchCount; i++) {
            branches.add(writer.post("/api/accounts", Map.of("name", "Bench branch " + i, "parentId", pick(roots))).id());
        }
        for (int i = 0; i < opportunityCount; i++) {
            opportunities.add(writer.post("/api/opportunities", Map.of("accountId", pick(branches), "name", "Deal " + i,
                    "value", Client.money((1000 + i) + ".00", i % 3 == 0 ? "PLN" : "EUR"))).id());
        }
    }

    Result run(int clients, Duration duration, double targetRate, boolean probeFreshness) throws InterruptedException {
        return drive(clients, duration, targetRate, probeFreshness, this::oneCommand, Load::succeeded);
    }

    /**
     * The ceiling of the HTTP path on this machine: the same clients send a command whose body names a parent that is
     * no id, which the service refuses with {@code 400} while reading the JSON, before the command bus. Each such request
     * still costs the connection, authentication, the JSON and the problem details, as every command does.
     */
    Result refusedBeforeTheCommandBus(int clients, Duration duration) throws InterruptedException {
        return drive(clients, duration, 0, false,
                writer -> writer.post("/api/accounts", Map.of("name", "Refused", "parentId", "no-id")),
                answer -> answer.status() == 400);
    }

    private static boolean succeeded(Client.Answer answer) {
        return answer.status() >= 200 && answer.status() < 300;
    }

    private Result drive(int clients, Duration duration, double targetRate, boolean probeFreshness,
                         Function<Client, Client.Answer> request, Predicate<Client.Answer> expected) throws InterruptedException {
        Stats latencies = new Stats();
        Stats freshness = new Stats();
        AtomicLong errors = new AtomicLong();
        MachineCpu cpuBefore = MachineCpu.now();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Client writer = writers.get(c % writers.size());
            long intervalNanos = targetRate <= 0 ? 0 : (long) (clients / targetRate * 1e9);
            long offset = c * (intervalNanos / Math.max(1, clients));
            Thread thread = new Thread(() -> {
                long next = start + offset;
                while (System.nanoTime() < end) {
                    if (intervalNanos > 0) {
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            Service.pause(wait / 1_000_000);
                        }
                        next += intervalNanos;
                    }
                    long began = System.nanoTime();
                    Client.Answer answer = request.apply(writer);
                    latencies.add(System.nanoTime() - began);
                    if (!expected.test(answer)) {
                        errors.incrementAndGet();
                    }
                }
            }, "load-" + c);
            threads.add(thread);
            thread.start();
        }
        Thread prober = probeFreshness ? new Thread(() -> probe(end, freshness), "freshness") : null;
        if (prober != null) {
            prober.start();
            prober.join();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        MachineCpu cpuAfter = MachineCpu.now();
        return new Result(latencies.count() / seconds, latencies.percentileMillis(50), latencies.percentileMillis(99),
                errors.get(), latencies.count(), freshness.percentileMillis(50), freshness.percentileMillis(99), freshness.count(),
                cpuAfter.busySecondsSince(cpuBefore), cpuAfter.utilisationSince(cpuBefore));
    }

    private Client.Answer oneCommand(Client writer) {
        int choice = ThreadLocalRandom.current().nextInt(100);
        if (choice < 50) {
            Client.Answer opened = writer.post("/api/accounts", Map.of("name", "Store " + choice, "parentId", pick(branches)));
            if (opened.status() == 201 && ThreadLocalRandom.current().nextInt(4) == 0) {
                branches.add(opened.id());
            }
            return opened;
        } else if (choice < 70) {
            return writer.put("/api/accounts/" + pick(branches) + "/parent", Map.of("parentId", pick(roots)));
        } else if (choice < 85) {
            return writer.put("/api/opportunities/" + pick(opportunities) + "/stage",
                    Map.of("stage", STAGES[ThreadLocalRandom.current().nextInt(STAGES.length)]));
        }
        return writer.patch("/api/opportunities/" + pick(opportunities),
                Map.of("probability", ThreadLocalRandom.current().nextInt(101)));
    }

    /** Every 20 ms: write, then read awaiting the write's position; the freshness is the time in between. */
    private void probe(long end, Stats freshness) {
        Client writer = writers.get(0);
        while (System.nanoTime() < end) {
            Client.Answer written = writer.post("/api/accounts", Map.of("name", "Probe", "parentId", pick(roots)));
            long acknowledged = System.nanoTime();
            if (written.status() == 201) {
                Client.Answer read = reader.getAfter("/api/accounts/" + written.id(), written.position());
                if (read.status() == 200) {
                    freshness.add(System.nanoTime() - acknowledged);
                }
            }
            Service.pause(20);
        }
    }

    private static String pick(List<String> ids) {
        synchronized (ids) {
            return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
        }
    }
}
