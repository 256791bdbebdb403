package io.kontor.api.territory;

import io.kontor.api.common.Patch;

import java.util.List;
import java.util.UUID;

/** A partial change of a territory: each field is kept or replaced ({@code parentId} and {@code ownerId} may be cleared). */
public record TerritoryPatch(Patch<String> name, Patch<UUID> parentId, Patch<Integer> priority, Patch<TerritoryMatch> match,
                             Patch<List<TerritoryCondition>> rules, Patch<UUID> ownerId, Patch<List<String>> members) {

    public TerritoryDefinition applyTo(TerritoryDefinition current) {
        TerritoryRules currentRules = current.rules();
        TerritoryRules changedRules = new TerritoryRules(match.applyTo(currentRules.match()), rules.applyTo(currentRules.conditions()));
        Integer changedPriority = priority.applyTo(current.priority());
        return new TerritoryDefinition(name.applyTo(current.name()), parentId.applyTo(current.parentId()),
                changedPriority == null ? 0 : changedPriority, changedRules, ownerId.applyTo(current.ownerId()),
                members.applyTo(current.members())).normalized();
    }
}
