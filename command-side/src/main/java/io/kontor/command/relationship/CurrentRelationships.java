package io.kontor.command.relationship;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.relationship.Relationship;
import io.kontor.api.relationship.RelationshipType;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The rules a contact checks on its own relationships: one relationship per type and target at a time
 * (update it rather than record it twice), and at most one current manager.
 */
public final class CurrentRelationships {

    private CurrentRelationships() {
    }

    public static void requireAddable(Collection<Relationship> relationships, UUID contactId, RelationshipType type,
                                      UUID target) {
        for (Relationship existing : relationships) {
            if (!existing.isCurrent()) {
                continue;
            }
            if (existing.type() == type && existing.target().equals(target)) {
                throw new BusinessRuleViolation("relationship-exists", "Contact " + contactId + " already has a current "
                        + type + " relationship to " + target + " (" + existing.relationshipId() + "); update that one.",
                        Map.of("relationshipId", existing.relationshipId()));
            }
            if (type == RelationshipType.REPORTS_TO && existing.type() == RelationshipType.REPORTS_TO) {
                throw new BusinessRuleViolation("second-manager", "Contact " + contactId + " already reports to "
                        + existing.toContactId() + " (relationship " + existing.relationshipId() + "); a contact has at most "
                        + "one current manager: end that relationship first.",
                        Map.of("relationshipId", existing.relationshipId(), "managerId", existing.toContactId()));
            }
        }
    }

    /** The contact's relationship with this id, current or ended; 404 if it has none. */
    public static Relationship find(Map<UUID, Relationship> relationships, UUID contactId, UUID relationshipId) {
        Relationship relationship = relationships.get(relationshipId);
        if (relationship == null) {
            throw new NotFoundException("Contact " + contactId + " has no relationship " + relationshipId + ".");
        }
        return relationship;
    }

    /** An ended relationship stays in the history as it was: it takes no further change. */
    public static void requireCurrent(Relationship relationship, UUID contactId) {
        if (!relationship.isCurrent()) {
            throw new BusinessRuleViolation("relationship-ended", "Relationship " + relationship.relationshipId()
                    + " of contact " + contactId + " ended on " + relationship.validTo() + " and takes no further change.",
                    Map.of("relationshipId", relationship.relationshipId(), "validTo", relationship.validTo().toString()));
        }
    }

    /** Whether the contact has a current relationship of that type to that target. */
    public static boolean hasCurrent(Collection<Relationship> relationships, RelationshipType type, UUID target) {
        return relationships.stream().anyMatch(existing -> existing.isCurrent() && existing.type() == type
                && existing.target().equals(target));
    }
}
