package io.kontor.api.opportunity;

import io.kontor.api.common.EventRevision;

import java.util.List;
import java.util.UUID;

/**
 * The contact took a seat in the buying center, or its seat changed. Revision 2 added {@code roles},
 * {@code attitude}, {@code coverage} and {@code raci}; revision 1 events read as one role, neutral
 * attitude, unknown coverage and no RACI letter ({@code StakeholderPlacedSeatUpcaster}).
 */
@EventRevision("2")
public record StakeholderPlaced(UUID opportunityId, UUID contactId, StakeholderRole role, int influence, int interest,
                                List<StakeholderRole> roles, int attitude, Coverage coverage, Raci raci) {

    public StakeholderPlaced {
        roles = StakeholderRoles.of(role, roles);
        role = StakeholderRoles.primary(roles);
        coverage = coverage == null ? Coverage.UNKNOWN : coverage;
    }

    /** A seat with one role, neutral attitude and unknown coverage: what revision 1 recorded. */
    public StakeholderPlaced(UUID opportunityId, UUID contactId, StakeholderRole role, int influence, int interest) {
        this(opportunityId, contactId, role, influence, interest, List.of(), 0, Coverage.UNKNOWN, null);
    }

    public Stakeholder seat() {
        return new Stakeholder(contactId, role, roles, influence, interest, attitude, coverage, raci);
    }
}
