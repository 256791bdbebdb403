package io.kontor.api.relationship;

import io.kontor.api.common.DataSubject;
import io.kontor.api.common.PersonalData;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A directed relationship from one contact to another contact or to an account, valid from
 * {@code validFrom} (inclusive) until {@code validTo} (exclusive; {@code null} while it is current).
 */
public record Relationship(UUID relationshipId, @DataSubject UUID fromContactId, RelationshipType type, UUID toContactId,
                           UUID toAccountId, int strength, int sentiment, LocalDate validFrom, LocalDate validTo,
                           @PersonalData String note) {

    public static Relationship added(RelationshipAdded event) {
        return new Relationship(event.relationshipId(), event.contactId(), event.type(), event.toContactId(),
                event.toAccountId(), event.strength(), event.sentiment(), event.validFrom(), null, event.note());
    }

    public boolean isCurrent() {
        return validTo == null;
    }

    /** The id of the target, contact or account. */
    public UUID target() {
        return toContactId != null ? toContactId : toAccountId;
    }

    public Relationship updated(RelationshipUpdated event) {
        return new Relationship(relationshipId, fromContactId, type, toContactId, toAccountId, event.strength(),
                event.sentiment(), validFrom, validTo, event.note());
    }

    /** The relationship of an erased contact: its note (if it had one) reads {@link PersonalData#ERASED}. */
    public Relationship erased() {
        return new Relationship(relationshipId, fromContactId, type, toContactId, toAccountId, strength, sentiment,
                validFrom, validTo, note == null ? null : PersonalData.ERASED);
    }

    public Relationship ended(RelationshipEnded event) {
        return new Relationship(relationshipId, fromContactId, type, toContactId, toAccountId, strength, sentiment,
                validFrom, event.validTo(), note);
    }
}
