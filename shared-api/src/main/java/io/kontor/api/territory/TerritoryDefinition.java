package io.kontor.api.territory;

import io.kontor.api.common.Violations;

import java.util.List;
import java.util.UUID;

/**
 * Everything one version of a territory says: its name, its place in the tree ({@code parentId}, and
 * {@code priority} among its siblings: the lower wins a tie), its rules, the default owner of its
 * accounts and its members (user names).
 */
public record TerritoryDefinition(String name, UUID parentId, int priority, TerritoryRules rules, UUID ownerId,
                                  List<String> members) {

    public static final int MAX_NAME = 200;
    public static final int MAX_MEMBER = 100;
    public static final int MAX_MEMBERS = 500;
    public static final int MAX_PRIORITY = 1_000_000;

    public TerritoryDefinition {
        rules = rules == null ? TerritoryRules.none() : rules;
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** Names stripped, members stripped, sorted and without repeats, rule values normalized. */
    public TerritoryDefinition normalized() {
        List<String> people = members.stream().map(member -> member == null ? null : member.strip()).distinct()
                .sorted((a, b) -> a == null ? -1 : b == null ? 1 : a.compareTo(b)).toList();
        return new TerritoryDefinition(name == null ? null : name.strip(), parentId, priority, rules.normalized(),
                ownerId, people);
    }

    /** Throws every field violation at once (400). */
    public void check() {
        Violations violations = new Violations();
        if (name == null || name.isBlank()) {
            violations.add("name", "must not be blank");
        } else if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            violations.add("name", "must be at most " + MAX_NAME + " characters, without control characters");
        } else if (name.contains(",")) {
            violations.add("name", "must not contain a comma (users are scoped to comma-separated territory names)");
        }
        if (priority < 1 || priority > MAX_PRIORITY) {
            violations.add("priority", "must be from 1 to " + MAX_PRIORITY);
        }
        if (members.size() > MAX_MEMBERS) {
            violations.add("members", "must hold at most " + MAX_MEMBERS + " user names");
        }
        for (String member : members) {
            if (member == null || member.isBlank() || member.length() > MAX_MEMBER || !member.matches("[\\p{L}\\p{N}._@-]+")) {
                violations.add("members", "must be user names of at most " + MAX_MEMBER + " letters, digits or . _ @ -");
                break;
            }
        }
        rules.check(violations);
        violations.throwIfAny();
    }

    /** Whether the two versions could place accounts differently (what else changed only relabels them). */
    public boolean placesLike(TerritoryDefinition other) {
        return java.util.Objects.equals(parentId, other.parentId) && priority == other.priority
                && rules.equals(other.rules);
    }
}
