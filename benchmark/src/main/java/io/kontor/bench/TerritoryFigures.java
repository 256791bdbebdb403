package io.kontor.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * Re-evaluating every account after a territory's rules change (issue 14: 100,000 accounts within 60 s on the
 * standalone), on the accounts the import figure left behind: a territory is created (every account is placed
 * once), then its rules are changed, and the background re-evaluation is timed from the change until its
 * progress says done. Set beside the raw rate at which the same H2 inserts rows in batches of 100.
 */
final class TerritoryFigures {

    private final Report report;

    TerritoryFigures(Report report) {
        this.report = report;
    }

    void measure(Client admin, int accounts, double raw) {
        Bench.phase("territories: re-evaluating " + accounts + " accounts after a rule change");
        Client.Answer created = admin.post("/api/admin/territories", Map.of("name", "Bench Poland " + System.nanoTime(),
                "ownerId", "00000000-0000-0000-0000-00000000b001",
                "rules", List.of(Map.of("field", "country", "op", "IN", "value", List.of("PL")))));
        String territory = created.id();
        double placed = awaitReevaluation(admin, territory, 1, accounts);
        long start = System.nanoTime();
        Client.Answer changed = admin.patch("/api/admin/territories/" + territory, Map.of("rules",
                List.of(Map.of("field", "country", "op", "IN", "value", List.of("PL", "DE")),
                        Map.of("field", "industry", "op", "EQ", "value", "Manufacturing"))));
        if (changed.status() != 200) {
            throw new IllegalStateException("the rule change was refused: " + changed.status() + " " + changed.body());
        }
        awaitReevaluation(admin, territory, 2, accounts);
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add(new Figure("territories: " + accounts + " accounts re-evaluated after a rule change", seconds, "s", null,
                accounts >= 100_000 ? 60.0 : null, false, "from the PATCH until the re-evaluation's progress says DONE; "
                        + "placing them after the territory was created took " + String.format("%.1f", placed) + " s"));
        report.add(new Figure("territories: accounts/s re-evaluated", accounts / seconds, "rows/s", raw, null, true,
                "the limit is H2 inserting one-row batches of 100; a placement reads the account's fact periods and "
                        + "rewrites only assignments that change"));
    }

    /** Seconds until the given version's re-evaluation is done (it also checks that every account was visited). */
    private static double awaitReevaluation(Client admin, String territory, int version, int accounts) {
        long start = System.nanoTime();
        long deadline = start + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode progress = admin.get("/api/admin/territories/" + territory).json().path("reevaluation");
            if (progress.path("version").asInt() == version && "DONE".equals(progress.path("status").asText())) {
                if (progress.path("done").asLong() < accounts) {
                    throw new IllegalStateException("the re-evaluation visited fewer accounts than exist: " + progress);
                }
                return (System.nanoTime() - start) / 1e9;
            }
            Service.pause(100);
        }
        throw new IllegalStateException("the re-evaluation of version " + version + " did not finish in 10 minutes");
    }
}
