package io.kontor.api.opportunity;

import io.kontor.api.common.TargetAggregateId;

import java.util.List;
import java.util.UUID;

/**
 * Places a contact of the same hierarchy in the opportunity's buying center, or changes their seat
 * there. {@code role} and {@code roles} together name the seat's roles (at least one).
 */
public record PlaceStakeholder(@TargetAggregateId UUID opportunityId, UUID contactId, StakeholderRole role,
                               int influence, int interest, List<StakeholderRole> roles, int attitude, Coverage coverage,
                               Raci raci) {

    public PlaceStakeholder {
        roles = StakeholderRoles.of(role, roles);
        role = StakeholderRoles.primary(roles);
        coverage = coverage == null ? Coverage.UNKNOWN : coverage;
    }

    /** One role, neutral attitude, unknown coverage. */
    public PlaceStakeholder(UUID opportunityId, UUID contactId, StakeholderRole role, int influence, int interest) {
        this(opportunityId, contactId, role, influence, interest, List.of(), 0, Coverage.UNKNOWN, null);
    }

    public Stakeholder seat() {
        return new Stakeholder(contactId, role, roles, influence, interest, attitude, coverage, raci);
    }
}
