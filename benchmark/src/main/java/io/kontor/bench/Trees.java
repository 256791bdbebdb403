package io.kontor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Deep and wide hierarchies: built over HTTP, read whole, and a large subtree moved to another headquarters. */
final class Trees {

    record Tree(String headquarters, List<String> divisions, int accounts, long lastPosition) {
    }

    private final Client writer;
    private final Client reader;
    private final int clients;

    Trees(Client writer, Client reader, int clients) {
        this.writer = writer;
        this.reader = reader;
        this.clients = clients;
    }

    /** Headquarters, divisions under it, regions under each division, stores under each region. */
    Tree build(String name, int divisions, int regionsPerDivision, int storesPerRegion) throws InterruptedException {
        String headquarters = writer.post("/api/accounts", Map.of("name", name, "kind", "HOLDING")).id();
        List<String> divisionIds = new ArrayList<>();
        for (int d = 0; d < divisions; d++) {
            divisionIds.add(writer.post("/api/accounts", Map.of("name", name + " division " + d, "parentId", headquarters)).id());
        }
        ConcurrentLinkedQueue<String[]> regions = new ConcurrentLinkedQueue<>();
        for (String division : divisionIds) {
            for (int r = 0; r < regionsPerDivision; r++) {
                regions.add(new String[]{division, name + " region " + r});
            }
        }
        ConcurrentLinkedQueue<String> regionIds = new ConcurrentLinkedQueue<>();
        AtomicLong position = new AtomicLong();
        parallel(() -> {
            for (String[] region = regions.poll(); region != null; region = regions.poll()) {
                Client.Answer created = writer.post("/api/accounts", Map.of("name", region[1], "kind", "BRANCH",
                        "parentId", region[0]));
                regionIds.add(created.id());
            }
        });
        ConcurrentLinkedQueue<String> stores = new ConcurrentLinkedQueue<>();
        for (String region : regionIds) {
            for (int s = 0; s < storesPerRegion; s++) {
                stores.add(region);
            }
        }
        parallel(() -> {
            for (String region = stores.poll(); region != null; region = stores.poll()) {
                Client.Answer created = writer.post("/api/accounts", Map.of("name", "Store", "kind", "LOCATION", "parentId", region));
                position.accumulateAndGet(created.position(), Math::max);
            }
        });
        int accounts = 1 + divisions * (1 + regionsPerDivision * (1 + storesPerRegion));
        return new Tree(headquarters, divisionIds, accounts, position.get());
    }

    /** Reads the whole tree repeatedly once the projections have it; latency percentiles in ms. */
    Stats readWhole(Tree tree, int times) {
        reader.getAfter("/api/accounts/" + tree.headquarters() + "/hierarchy?maxDepth=0", tree.lastPosition());
        return Stats.timedReads(reader, "/api/accounts/" + tree.headquarters() + "/hierarchy", 3, times);
    }

    /** Moves one division to a new headquarters; milliseconds until the new headquarters' rollup counts it all. */
    double moveDivision(Tree tree, int subtreeAccounts) {
        String newHeadquarters = writer.post("/api/accounts", Map.of("name", "New owner of a division")).id();
        long began = System.nanoTime();
        Client.Answer moved = writer.put("/api/accounts/" + tree.divisions().get(0) + "/parent", Map.of("parentId", newHeadquarters));
        if (moved.status() != 200) {
            throw new IllegalStateException("move failed: " + moved);
        }
        while (true) {
            Client.Answer read = reader.getAfter("/api/accounts/" + newHeadquarters + "/hierarchy?maxDepth=0", moved.position());
            if (read.status() == 200 && read.json().path("rollup").path("accounts").asLong() == subtreeAccounts + 1) {
                return (System.nanoTime() - began) / 1e6;
            }
        }
    }

    private void parallel(Runnable work) throws InterruptedException {
        inParallel(clients, work);
    }

    /** Runs {@code work} on {@code clients} threads at once and waits for all of them. */
    static void inParallel(int clients, Runnable work) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(work);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
