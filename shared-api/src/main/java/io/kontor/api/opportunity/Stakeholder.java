package io.kontor.api.opportunity;

import java.util.List;
import java.util.UUID;

/**
 * A seat in a buying center: the person's roles ({@code role} is the primary one, kept for clients of
 * the single-role API), influence and interest on the 1-5 scales, attitude towards us (-2 opposed to
 * 2 supporting), how well we cover them, and optionally their RACI letter.
 */
public record Stakeholder(UUID contactId, StakeholderRole role, List<StakeholderRole> roles, int influence, int interest,
                          int attitude, Coverage coverage, Raci raci) {

    public Stakeholder {
        roles = StakeholderRoles.of(role, roles);
        role = StakeholderRoles.primary(roles);
        coverage = coverage == null ? Coverage.UNKNOWN : coverage;
    }

    /** A seat with one role, neutral attitude and unknown coverage. */
    public Stakeholder(UUID contactId, StakeholderRole role, int influence, int interest) {
        this(contactId, role, List.of(), influence, interest, 0, Coverage.UNKNOWN, null);
    }
}
