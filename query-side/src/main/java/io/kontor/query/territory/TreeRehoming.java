package io.kontor.query.territory;

import io.kontor.platform.persistence.IdLists;
import io.kontor.query.territory.AccountFactStore.Place;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a tree's headquarters means for its accounts: a move that gives a subtree another headquarters, or a
 * headquarters whose country changes, changes the headquarters country of every account it reaches. A
 * retail chain of 10,000 accounts moves in chunks: per chunk one re-homing, one read and a few batches
 * of facts, one read each of periods and assignments and a batch or two of assignments, never a
 * statement per account.
 */
final class TreeRehoming {

    private final AccountFactStore facts;
    private final LiveReassignment live;
    private final int chunk;

    TreeRehoming(AccountFactStore facts, LiveReassignment live, int chunk) {
        this.facts = facts;
        this.live = live;
        this.chunk = chunk;
    }

    /** The account now hangs under {@code parentId} (null: it is a root); if its headquarters changed, so did its subtree's. */
    void moved(UUID accountId, UUID parentId, Place before, Instant at) {
        facts.moved(accountId, parentId);
        UUID headquarters = parentId == null ? accountId
                : facts.place(parentId).map(Place::headquartersId).orElse(accountId);
        if (headquarters.equals(before.headquartersId())) {
            return;
        }
        List<UUID> subtree = facts.subtree(accountId);
        String country = facts.current(headquarters).map(AccountFacts::country).orElse(null);
        IdLists.inChunks(subtree, chunk, members -> {
            facts.rehome(members, headquarters);
            headquartersCountry(members, at, country);
        });
    }

    /** The headquarters' country is {@code country} from {@code at} on, for every other account of its tree. */
    void countryChanged(UUID headquartersId, Instant at, String country) {
        List<UUID> members = facts.subtree(headquartersId).stream().filter(member -> !member.equals(headquartersId)).toList();
        IdLists.inChunks(members, chunk, part -> headquartersCountry(part, at, country));
    }

    private void headquartersCountry(List<UUID> members, Instant at, String country) {
        live.reassign(facts.change(members, at, current -> current.withHeadquartersCountry(country)));
    }
}
