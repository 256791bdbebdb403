package io.kontor.query.territory;

import io.kontor.platform.persistence.IdLists;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a tree's headquarters means for its accounts: its country, which every account of the tree carries in its
 * facts (headquarters country). A move under a headquarters in another country, or a headquarters whose country
 * changes, changes it for every account it reaches; a move under a headquarters in the same country changes nothing
 * but the moved account's parent. A retail chain of 10,000 accounts is placed again in chunks: per chunk one read
 * and a few batches of facts, one read each of periods and assignments and a batch or two of assignments, never a
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

    /** The country of the headquarters of an account opened or moved under {@code parentId} (null: its own). */
    String headquartersCountry(UUID parentId, String ownCountry) {
        if (parentId == null) {
            return ownCountry;
        }
        // An unknown parent leaves the account its own headquarters, as the account read model does.
        return facts.current(parentId).map(AccountFacts::headquartersCountry).orElse(ownCountry);
    }

    /** The account now hangs under {@code parentId} (null: it is a root); its subtree takes on the new headquarters' country. */
    void moved(UUID accountId, UUID parentId, Instant at) {
        facts.moved(accountId, parentId);
        Optional<AccountFacts> present = facts.current(accountId);
        if (present.isEmpty()) {
            return;
        }
        String country = headquartersCountry(parentId, present.get().country());
        if (Objects.equals(country, present.get().headquartersCountry())) {
            // Every account of a tree carries its headquarters' country: the whole subtree already has this one.
            return;
        }
        IdLists.inChunks(facts.subtree(accountId), chunk, members -> headquartersCountry(members, at, country));
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
