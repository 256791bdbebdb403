package io.kontor.api.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What changed in the tree under an account between two instants: the accounts opened and closed in it, the
 * accounts moved into, out of or within it (each with its subtree), and the rolled-up figures at both ends
 * ({@code before} is null when the account did not exist yet at {@code from}) with the change of the money
 * per currency, never converted.
 */
public record HierarchyChanges(UUID accountId, String name, Instant from, Instant to, Figures before, Figures after,
                               List<HierarchyChange> opened, List<HierarchyChange> closed, List<HierarchyMove> moved,
                               List<MoneyChange> pipeline, List<MoneyChange> weightedPipeline, List<MoneyChange> won) {
}
