package io.kontor.bench;

import java.util.List;
import java.util.Map;

/**
 * Hierarchy reads of 2,000 (and 50,000) accounts, the same tree read by a user limited to a territory, and moving a
 * large subtree to another headquarters (smaller when quick).
 */
final class TreeFigures {

    private final Bench.Scale scale;
    private final Report report;

    TreeFigures(Bench.Scale scale, Report report) {
        this.scale = scale;
        this.report = report;
    }

    /** The territory the scoped bench user is limited to (StandaloneRun configures the user). */
    static final String SCOPED_TERRITORY = "Bench branches and locations";
    static final String SCOPED_USER = "rep";

    void measure(Trees trees, Client admin, Client scoped) throws InterruptedException {
        Bench.phase("hierarchies");
        String territory = scopedTerritory(admin);
        int[] read = scale.readTree;
        Trees.Tree small = trees.build("Chain " + read[1] * (read[2] + 1), read[0], read[1], read[2]);
        Stats smallReads = trees.readWhole(small, 30);
        report.add(new Figure("hierarchy read, " + small.accounts() + " accounts, p50", smallReads.percentileMillis(50), "ms",
                null, small.accounts() >= 2000 ? 50.0 : null, false, null));
        report.add(new Figure("hierarchy read, " + small.accounts() + " accounts, p99", smallReads.percentileMillis(99), "ms",
                null, null, false, null));
        awaitPlaced(admin, territory);
        Stats scopedReads = Stats.timedReads(scoped, "/api/accounts/" + small.headquarters() + "/hierarchy", 3, 30);
        long shown = scoped.get("/api/accounts/" + small.headquarters() + "/hierarchy?maxDepth=0").json()
                .path("rollup").path("accounts").asLong();
        report.add(new Figure("scoped hierarchy read, " + small.accounts() + " accounts, p50", scopedReads.percentileMillis(50),
                "ms", smallReads.percentileMillis(50), small.accounts() >= 2000 ? 100.0 : null, false,
                "a user limited to a territory of the holding, branches and locations: " + shown + " accounts shown, the "
                        + "divisions left out and their regions hung under the holding, rollups recomputed; beside it the "
                        + "unscoped read of the same tree"));
        int[] move = scale.moveTree;
        Trees.Tree moving = trees.build("Move", move[0], move[1], move[2]);
        int subtree = 1 + move[1] * (1 + move[2]);
        if (scale.bigTrees) {
            Stats bigReads = trees.readWhole(moving, 10);
            report.add(new Figure("hierarchy read, " + moving.accounts() + " accounts, p50", bigReads.percentileMillis(50), "ms",
                    null, null, false, null));
        }
        double millis = trees.moveDivision(moving, subtree);
        report.add(new Figure("move a subtree of " + subtree + " accounts until every rollup is right", millis, "ms", null,
                scale.bigTrees ? 1000.0 : null, false, "from the command until the new headquarters' rollup counts it"));
    }

    /**
     * A territory of every HOLDING, BRANCH and LOCATION account: of a bench tree the holding, its regions and stores,
     * but not its divisions (plain companies), so the scoped user sees a partly visible tree. Made before the tree, so
     * each account is placed as it opens.
     */
    private static String scopedTerritory(Client admin) {
        Client.Answer created = admin.post("/api/admin/territories", Map.of("name", SCOPED_TERRITORY,
                "rules", List.of(Map.of("field", "kind", "op", "IN", "value", List.of("HOLDING", "BRANCH", "LOCATION")))));
        if (created.status() != 201) {
            throw new IllegalStateException("the scoped territory was refused: " + created.status() + " " + created.body());
        }
        awaitPlaced(admin, created.id());
        return created.id();
    }

    private static void awaitPlaced(Client admin, String territory) {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (!"DONE".equals(admin.get("/api/admin/territories/" + territory).json().path("reevaluation").path("status").asText())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the scoped territory's accounts were not placed in 10 minutes");
            }
            Service.pause(100);
        }
    }
}
