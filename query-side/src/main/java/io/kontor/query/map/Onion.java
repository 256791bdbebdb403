package io.kontor.query.map;

import io.kontor.api.map.MapNode;
import io.kontor.api.map.Quadrant;
import io.kontor.api.opportunity.Stakeholder;
import io.kontor.api.opportunity.StakeholderRole;

import java.util.List;

/**
 * Where a person stands around the decision: the stakeholder onion's ring and the power/interest grid's
 * quadrant. Ring 1 holds decision makers and signers, ring 2 champions, blockers and anyone with
 * influence 4 or 5, ring 3 every other seat, ring 4 the hierarchy's people without a seat.
 */
final class Onion {

    static final int OUTSIDE = 4;

    private Onion() {
    }

    static int ring(Stakeholder seat) {
        if (seat == null) {
            return OUTSIDE;
        }
        List<StakeholderRole> roles = seat.roles();
        if (roles.contains(StakeholderRole.DECISION_MAKER) || roles.contains(StakeholderRole.SIGNER)) {
            return 1;
        }
        if (roles.contains(StakeholderRole.CHAMPION) || roles.contains(StakeholderRole.BLOCKER)
                || seat.influence() >= Quadrant.HIGH) {
            return 2;
        }
        return 3;
    }

    static MapNode node(MapReader.Person person, Stakeholder seat) {
        if (seat == null) {
            return new MapNode(person.contactId(), person.accountId(), person.firstName(), person.lastName(), person.jobTitle(),
                    List.of(), null, null, null, null, null, null, OUTSIDE);
        }
        return new MapNode(person.contactId(), person.accountId(), person.firstName(), person.lastName(), person.jobTitle(),
                seat.roles(), seat.influence(), seat.interest(), seat.attitude(), seat.coverage(), seat.raci(),
                Quadrant.of(seat.influence(), seat.interest()), ring(seat));
    }
}
