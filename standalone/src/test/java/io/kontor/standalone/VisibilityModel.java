package io.kontor.standalone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a scoped user must see of a random world, worked out the simplest way: a random forest of accounts, a
 * tree of territories, each account in one territory or none (as the territories placed it); the user sees the
 * accounts of its two territories and of every territory below them. Everything visible is placed among visible accounts only.
 */
final class VisibilityModel {

    static final int SEEDS = 3;

    static String user(int seed) {
        return "rep-s" + seed;
    }

    static List<String> scope(int seed) {
        return List.of("Leak S" + seed + " North", "Leak S" + seed + " East");
    }

    final Map<String, String> parentOf = new LinkedHashMap<>();
    final Map<String, String> nameOf = new HashMap<>();
    final Map<String, String> contactAccount = new LinkedHashMap<>();
    final Map<String, String> opportunityAccount = new LinkedHashMap<>();
    final Map<String, String> leadAccount = new LinkedHashMap<>();
    final Map<String, String> leadCompany = new LinkedHashMap<>();
    final Map<UUID, UUID> territoryParent = new LinkedHashMap<>();
    final Map<UUID, String> territoryName = new HashMap<>();
    final Map<String, UUID> territoryOf = new HashMap<>();

    Set<UUID> scopedTerritories(int seed) {
        Set<UUID> reached = new HashSet<>();
        territoryName.forEach((id, name) -> {
            if (scope(seed).contains(name)) {
                reached.add(id);
            }
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<UUID, UUID> territory : territoryParent.entrySet()) {
                if (territory.getValue() != null && reached.contains(territory.getValue()) && reached.add(territory.getKey())) {
                    grew = true;
                }
            }
        }
        return reached;
    }

    Set<String> visibleAccounts(int seed) {
        Set<UUID> territories = scopedTerritories(seed);
        Set<String> visible = new HashSet<>();
        territoryOf.forEach((account, territory) -> {
            if (territories.contains(territory)) {
                visible.add(account);
            }
        });
        return visible;
    }

    /** Root first, the account last. */
    List<String> path(String account) {
        List<String> path = new ArrayList<>();
        for (String at = account; at != null; at = parentOf.get(at)) {
            path.add(0, at);
        }
        return path;
    }

    List<String> visiblePath(String account, Set<String> visible) {
        return path(account).stream().filter(visible::contains).toList();
    }

    String visibleParent(String account, Set<String> visible) {
        List<String> path = visiblePath(account, visible);
        return path.size() < 2 ? null : path.get(path.size() - 2);
    }
}
