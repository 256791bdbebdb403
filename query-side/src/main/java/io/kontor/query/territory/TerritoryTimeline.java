package io.kontor.query.territory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The versions of every territory in effect at some point from {@code from} on: the tree at any of
 * those instants, and the instants at which it changes (where an account's placement may change).
 */
final class TerritoryTimeline {

    private final Instant from;
    private final List<TerritoryVersionRow> versions;
    private final TreeSet<Instant> changes = new TreeSet<>();
    private final Map<Instant, TerritoryTree> trees = new HashMap<>();

    TerritoryTimeline(Instant from, List<TerritoryVersionRow> versions) {
        this.from = from;
        this.versions = List.copyOf(versions);
        for (TerritoryVersionRow version : versions) {
            changes.add(version.validFrom());
            if (version.validTo() != null) {
                changes.add(version.validTo());
            }
        }
    }

    /** Whether this timeline knows everything from {@code instant} on. */
    boolean covers(Instant instant) {
        return !instant.isBefore(from);
    }

    boolean isEmpty() {
        return versions.isEmpty();
    }

    /** The instants after {@code instant} at which some territory changes. */
    List<Instant> changesAfter(Instant instant) {
        return new ArrayList<>(changes.tailSet(instant, false));
    }

    /** The tree in effect from {@code instant} until the next change. */
    TerritoryTree at(Instant instant) {
        Instant key = changes.floor(instant);
        return trees.computeIfAbsent(key == null ? Instant.MIN : key, ignored ->
                new TerritoryTree(versions.stream().filter(version -> version.validAt(instant)).toList()));
    }
}
